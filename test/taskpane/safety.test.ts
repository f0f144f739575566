// Source-level guards for the web pages: no HTML injection sinks anywhere in src, no network API in src.

import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|js|html)$/.test(name)) out.push(p);
  }
  return out;
}

/** Comments may name a sink to explain its absence; only code counts. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const files = sources(SRC).map((file) => ({ file: path.relative(SRC, file), text: code(readFileSync(file, 'utf8')) }));

describe('source guards', () => {
  test('the pane, the standalone page and the browser host are scanned', () => {
    const names = files.map((f) => f.file.split(path.sep).join('/'));
    for (const must of ['taskpane/App.tsx', 'standalone/StandaloneApp.tsx', 'hosts/browser-file/index.ts'])
      expect(names).toContain(must);
  });

  test.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval / new Function', /\beval\(|new Function\(/],
  ])('no %s in src', (_name, pattern) => {
    expect(files.filter((f) => pattern.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  test.each([
    ['fetch', /\bfetch\(/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket / EventSource', /\bnew (WebSocket|EventSource)\(/],
    ['sendBeacon', /sendBeacon/],
    ['http / https modules', /(from|require\()\s*['"](node:)?https?['"]/],
  ])('no network API (%s) in src: government data never leaves the machine', (_name, pattern) => {
    expect(files.filter((f) => pattern.test(f.text)).map((f) => f.file)).toEqual([]);
  });
});
