/** @jest-environment jsdom */
// The pane when no table is read: it says the workbook was NOT checked (never 未发现问题), shows what was seen and
// what was missing, offers mapping by hand at the header it saw, and a mapping saved there is used by the next check.

import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cell, Grid } from '../../src/core/grid';
import { t } from '../../src/app/i18n';
import { MockHost } from './fixtures';
import { ready, renderApp } from './render';

const _ = null;

/** A table whose header names no target column and whose last column does not read like targets (a 区域 form's free text). */
function unreadGrid(): Grid {
  const rows: Cell[][] = [
    ['培训项目绩效目标表', _, _, _],
    ['一级指标', '二级指标', '三级指标', '新罗区'],
    ['产出指标', '数量指标', '培训人数', '按全区实际参训人员情况据实统计后确定'],
    [_, '质量指标', '培训合格率', '经考核合格的学员占全部参训学员的比例'],
  ];
  return { sheet: '目标表', top: 1, left: 1, cells: rows, merges: [] };
}

async function check(): Promise<void> {
  const button = await ready('审核');
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(screen.getByTestId('summary')).toBeTruthy());
}

test('no table read: not checked, the reason, no 未发现问题, annotating disabled, mapping by hand at the seen header', async () => {
  const host = new MockHost([unreadGrid()]);
  renderApp({ host, displayLanguage: 'zh-CN' });
  await check();
  expect(screen.getByTestId('summary').textContent).toBe(t('zh-CN', 'notCheckedNoTable'));
  const bar = screen.getByTestId('not-read');
  expect(bar.textContent).toContain(
    '工作表「目标表」第 2 行：A 列是一级指标、B 列是二级指标、C 列是三级指标（指标名称），但没有找到指标值列',
  );
  expect(document.body.textContent).not.toContain(t('zh-CN', 'noFindings'));
  expect((screen.getByRole('button', { name: '写入标注' }) as HTMLButtonElement).disabled).toBe(true);

  await act(async () => {
    fireEvent.click(screen.getByTestId('map-by-hand'));
  });
  // The mapping tab, with the header the check saw offered.
  const row = screen.getByLabelText(t('zh-CN', 'mappingNewRow')) as HTMLInputElement;
  expect(row.value).toBe('2');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: t('zh-CN', 'mappingAdd') }));
  });
  await waitFor(() => expect(host.settings.get('mapping')).toEqual([{ sheet: '目标表', headerRow: 2 }]));
  await waitFor(() => expect(screen.getByText(t('zh-CN', 'mappingSaved'))).toBeTruthy());

  // The next check reads the table at the mapped header: the findings name what is missing instead of silence.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '审核' }));
  });
  await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^1 张指标表，2 个指标/));
  expect(screen.queryByTestId('not-read')).toBeNull();
});

test('the same in English', async () => {
  const host = new MockHost([unreadGrid()]);
  renderApp({ host, displayLanguage: 'en-US' });
  const button = await ready('Check');
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(screen.getByTestId('summary').textContent).toBe(t('en-US', 'notCheckedNoTable')));
  expect(screen.getByTestId('not-read').textContent).toContain('but found no target value column');
  expect(screen.getByTestId('map-by-hand').textContent).toBe(t('en-US', 'mapByHand'));
});
