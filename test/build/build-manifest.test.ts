// The production manifest rewrite: every development URL replaced, bad base URLs refused, nothing left on localhost.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEV_URL, normaliseBaseUrl, rewriteManifest } from '../../scripts/build-manifest';
import { checkReferences, parseXml } from '../../scripts/validate-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://czj.example.gov.cn/apps/indicator-checker/';

describe('normaliseBaseUrl', () => {
  test('adds the trailing slash and keeps the path', () => {
    expect(normaliseBaseUrl('https://czj.example.gov.cn/apps/indicator-checker')).toBe(BASE);
    expect(normaliseBaseUrl(` ${BASE} `)).toBe(BASE);
    expect(normaliseBaseUrl('https://10.1.2.3:8443/')).toBe('https://10.1.2.3:8443/');
  });

  test.each([
    ['http://czj.example.gov.cn/', /must use https/],
    ['czj.example.gov.cn/apps', /not a valid URL/],
    ['https://czj.example.gov.cn/?v=2', /query or fragment/],
    ['https://user:pw@czj.example.gov.cn/', /credentials/],
    ['https://localhost:3000/', /must not be localhost/],
  ])('refuses %s', (url, message) => {
    expect(() => normaliseBaseUrl(url)).toThrow(message);
  });
});

describe('rewriteManifest', () => {
  const out = rewriteManifest(xml, BASE);

  test('replaces every development URL and leaves no localhost', () => {
    expect(xml.split(DEV_URL).length - 1).toBeGreaterThanOrEqual(8);
    expect(out).not.toMatch(/localhost/i);
    expect(out.split(BASE).length - 1).toBe(xml.split(DEV_URL).length - 1);
    expect(out).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(out).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}commands.html"/>`);
  });

  test('changes nothing else', () => {
    expect(out.split(BASE).join(DEV_URL)).toBe(xml);
  });

  test('the result still passes the reference checks with the assets beside it', () => {
    expect(checkReferences(out, { root: ROOT, site: false }).errors).toEqual([]);
    expect(parseXml(out).name).toBe('OfficeApp');
  });

  test('escapes a base URL that XML would misread', () => {
    // URL parsing percent-encodes quotes and angle brackets; an ampersand in the path survives and must be escaped.
    const r = rewriteManifest(xml, 'https://czj.example.gov.cn/a&b/');
    expect(r).toContain('DefaultValue="https://czj.example.gov.cn/a&amp;b/taskpane.html"');
    expect(() => parseXml(r)).not.toThrow();
  });

  test('fails when a localhost URL outside the development prefix remains', () => {
    const odd = xml.replace('</Permissions>', '</Permissions><!-- http://localhost:8080/ -->');
    expect(() => rewriteManifest(odd, BASE)).toThrow(/still mentions localhost: http:\/\/localhost:8080\//);
  });
});

describe('the CLI', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-manifest.js'), ...args], { encoding: 'utf8' });

  test('writes the rewritten manifest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-manifest-'));
    try {
      const outFile = path.join(dir, 'out', 'manifest.xml');
      const r = run('--url', BASE, '--out', outFile);
      expect(r.status).toBe(0);
      expect(fs.readFileSync(outFile, 'utf8')).toBe(rewriteManifest(xml, BASE));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('exits 1 without --url or with a bad one', () => {
    expect(run().status).toBe(1);
    const r = run('--url', 'http://czj.example.gov.cn/', '--out', path.join(os.tmpdir(), 'never-written.xml'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/生产地址必须是 https/);
    expect(fs.existsSync(path.join(os.tmpdir(), 'never-written.xml'))).toBe(false);
  });
});
