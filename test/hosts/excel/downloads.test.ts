// Office for Mac and iPad run add-ins in a WKWebView that ignores a Blob download: the Excel host says so through
// its capabilities (downloads: false) and the pane then offers the report as text to copy (test/taskpane/app.test.tsx).

import { contractWorkbook } from '../contract';
import { docFromContract, excelHostOver } from './helpers';

const office = (platform: string | undefined) => () => ({
  host: 'Excel',
  platform,
  version: '16.0',
  displayLanguage: 'zh-CN',
});

describe('Excel host: can the pane save a download?', () => {
  test.each([
    ['Mac', false],
    ['iOS', false],
    ['PC', undefined],
    ['OfficeOnline', undefined],
    [undefined, undefined],
  ])('platform %s → downloads %s', async (platform, downloads) => {
    const { host } = excelHostOver(docFromContract(contractWorkbook()), { office: office(platform) });
    expect((await host.capabilities()).downloads).toBe(downloads);
  });

  test('where Office cannot say (Office.context missing), downloads are assumed to work', async () => {
    const failing = () => {
      throw new Error('Office.js is not loaded');
    };
    const { host } = excelHostOver(docFromContract(contractWorkbook()), { office: failing });
    const caps = await host.capabilities();
    expect(caps.downloads).toBeUndefined();
    expect(caps.comments).toBe(true);
  });
});
