// `npm run build:wps` end to end: the package's files, ribbon.xml well-formed with every callback it names defined by
// the built bundle, each ribbon button clicked in jsdom over the fake WPS Application (annotations written and
// cleared, the pane created and toggled), the pane page rendering the React pane over the injected WPS host, the
// deployment XML files, and both offline archives holding exactly the online package.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { hasOurLines } from '../../../src/core/annotate/comments';
import { FILLS } from '../../../src/core/annotate/types';
import { wpsToHex } from '../../../src/hosts/wps/color';
import { STATE_SHEET_NAME } from '../../../src/hosts/wps/store';
import { checkReleaseEnable, crc32, parseArgs, type BuildResult } from '../../../scripts/build-wps';
import { wpsPackage, WPS_URL_BASE } from '../../build-cache';
import { FakeWps, type FakeWorkbookModel } from '../../fakes/wps';
import { seed000 } from '../../fixtures/layouts';
import { fakeFromFixture } from './helpers';

const URL_BASE = WPS_URL_BASE;
let out: string;
let built: BuildResult;

// The package as production builds it, shared with the browser test of its pages (test/build-cache.ts).
beforeAll(async () => {
  built = await wpsPackage();
  out = built.outDir;
}, 600_000);

const read = (rel: string) => readFileSync(path.join(out, rel), 'utf8');

function wellFormed(file: string): Document {
  const text = read(file);
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  expect([file, doc.getElementsByTagName('parsererror').length]).toEqual([file, 0]);
  if (hasXmllint()) execFileSync('xmllint', ['--noout', path.join(out, file)]);
  return doc;
}

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every callback name ribbon.xml gives WPS (onLoad, onAction, getImage, any other get…/on… attribute). */
function callbacksNamed(doc: Document): string[] {
  const names = new Set<string>();
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^(on[A-Z]\w*|get[A-Z]\w*)$/.test(attr.name)) names.add(attr.value);
    }
  }
  return [...names].sort();
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

interface Loaded {
  window: Window & Record<string, unknown>;
  alerts: string[];
  /** What the page wrote to its console or threw (kept here, not printed with the whole minified bundle). */
  errors: string[];
}

/**
 * Opens a page of the package in jsdom as WPS would: the fake Application in place before any script runs, and the
 * browser's language that of a Chinese WPS.
 */
async function open(page: string, wps: FakeWps): Promise<Loaded> {
  const alerts: string[] = [];
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (...args: unknown[]) => errors.push(args.map(String).join(' ').split('\n')[0]));
  virtualConsole.on('jsdomError', (e) => errors.push(e.message.split('\n')[0]));
  const dom = new JSDOM(read(page), {
    url: `file://${path.join(out, page)}`,
    runScripts: 'dangerously',
    resources: 'usable',
    pretendToBeVisual: true,
    virtualConsole,
    beforeParse(window) {
      Object.assign(window, { Application: wps.app, alert: (text: string) => alerts.push(text) });
      Object.defineProperty(window.navigator, 'language', { value: 'zh-CN' });
      // jsdom has no layout: Fluent's MessageBar watches its width with a ResizeObserver.
      Object.assign(window, {
        ResizeObserver: class {
          observe(): void {}
          unobserve(): void {}
          disconnect(): void {}
        },
      });
    },
  });
  await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve()));
  return { window: dom.window as unknown as Loaded['window'], alerts, errors };
}

function seedWorkbook(): FakeWorkbookModel {
  return fakeFromFixture({ ...seed000, sheets: [seed000.sheets[0]] });
}

function ourCells(model: FakeWorkbookModel): string[] {
  return model.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, c]) => c.comment && hasOurLines(c.comment.text))
      .map(([ref]) => `${s.name}!${ref}`),
  );
}

describe('the online package', () => {
  test('holds the pages, their scripts, ribbon.xml and the images GetImage names', () => {
    expect(built.files).toEqual(
      expect.arrayContaining(['index.html', 'ribbon.xml', 'taskpane.html', 'images/check.svg']),
    );
    for (const page of ['index.html', 'taskpane.html']) {
      const scripts = scriptsOf(read(page));
      expect(scripts.length).toBe(1);
      for (const s of scripts) expect([s, existsSync(path.join(out, s))]).toEqual([s, true]);
    }
    // No Office.js in the WPS pages, and the same strict CSP as the Excel pages.
    for (const page of ['index.html', 'taskpane.html']) {
      expect(read(page)).not.toMatch(/office\.js/i);
      expect(read(page)).toContain("script-src 'self'");
      expect(read(page)).not.toContain('unsafe-eval');
    }
  });

  test('ribbon.xml is well-formed customUI with the three buttons', () => {
    const doc = wellFormed('ribbon.xml');
    expect(doc.documentElement.namespaceURI).toBe('http://schemas.microsoft.com/office/2006/01/customui');
    const buttons = Array.from(doc.getElementsByTagName('button')).map((b) => [
      b.getAttribute('id'),
      b.getAttribute('label'),
    ]);
    expect(buttons).toEqual([
      ['btnCheckSheet', '审核本表'],
      ['btnTaskPane', '审核面板'],
      ['btnClearMarks', '清除标注'],
    ]);
    expect(callbacksNamed(doc)).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
  });

  test('every callback ribbon.xml names is a global function of the built index.html page', async () => {
    const { window } = await open('index.html', new FakeWps(seedWorkbook()));
    for (const name of callbacksNamed(wellFormed('ribbon.xml')))
      expect([name, typeof window[name]]).toEqual([name, 'function']);
    const getImage = window.GetImage as (c: { Id: string }) => string;
    for (const b of Array.from(wellFormed('ribbon.xml').getElementsByTagName('button'))) {
      const image = getImage({ Id: b.getAttribute('id') as string });
      expect([image, existsSync(path.join(out, image))]).toEqual([image, true]);
    }
    expect((window.OnAddinLoad as (ui: unknown) => boolean)({})).toBe(true);
  });
});

describe('clicking the ribbon in the built bundle', () => {
  test('审核本表 annotates the active sheet, 清除标注 clears it again', async () => {
    const model = seedWorkbook();
    const original = JSON.parse(JSON.stringify(model.sheets[0].cells)) as (typeof model.sheets)[0]['cells'];
    const wps = new FakeWps(model);
    const { window, alerts, errors } = await open('index.html', wps);
    const onAction = window.OnAction as (c: { Id: string }) => unknown;

    await onAction({ Id: 'btnCheckSheet' });
    const annotated = ourCells(wps.workbook!);
    expect(annotated.length).toBeGreaterThan(3);
    const fills = annotated.map((ref) =>
      wpsToHex(wps.sheet(model.sheets[0].name).cells[ref.split('!')[1]].interior!.color),
    );
    for (const f of fills) expect(Object.values(FILLS)).toContain(f);
    expect(wps.workbook!.sheets.some((s) => s.name === STATE_SHEET_NAME && s.visible === 2)).toBe(true);
    expect(String(wps.statusBar)).toMatch(/^审核本表：.*已标注 \d+ 个单元格/);
    // The worst finding is selected, on the sheet that was checked.
    expect(wps.workbook!.selection?.sheet).toBe(model.sheets[0].name);

    await onAction({ Id: 'btnClearMarks' });
    expect(ourCells(wps.workbook!)).toEqual([]);
    const sheet = wps.sheet(model.sheets[0].name);
    for (const [ref, c] of Object.entries(original)) {
      expect([ref, sheet.cells[ref]?.interior ?? null]).toEqual([ref, c.interior ?? null]);
      expect([ref, sheet.cells[ref]?.comment ?? null]).toEqual([ref, c.comment ?? null]);
    }
    expect(String(wps.statusBar)).toMatch(/^清除标注：已清除 \d+ 个单元格/);
    expect(alerts).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('审核本表 on a protected sheet says why in a message box and changes nothing', async () => {
    const model = seedWorkbook();
    model.sheets[0].protectContents = true;
    const wps = new FakeWps(model);
    const before = JSON.stringify(model.sheets[0]);
    const { window, alerts, errors } = await open('index.html', wps);
    await (window.OnAction as (c: { Id: string }) => Promise<unknown>)({ Id: 'btnCheckSheet' });
    expect(JSON.stringify(wps.sheet(model.sheets[0].name))).toBe(before);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('受保护');
    // The function file's report of the failure, for the WPS debugger's console.
    expect(errors).toEqual([expect.stringContaining('check failed')]);
  });

  test('审核面板 creates the pane once on the right, then hides and shows it', async () => {
    const wps = new FakeWps(seedWorkbook());
    const { window } = await open('index.html', wps);
    const onAction = window.OnAction as (c: { Id: string }) => unknown;
    onAction({ Id: 'btnTaskPane' });
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0]).toMatchObject({ Visible: true, DockPosition: 2, title: '指标审核' });
    expect(wps.panes[0].url).toBe(`file://${path.join(out, 'taskpane.html')}`);
    onAction({ Id: 'btnTaskPane' });
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0].Visible).toBe(false);
    onAction({ Id: 'btnTaskPane' });
    expect(wps.panes[0].Visible).toBe(true);
  });

  test('the pane page renders the React pane over the WPS host; 审核 then 写入标注 annotate the fake workbook', async () => {
    const wps = new FakeWps(seedWorkbook());
    const { window, errors } = await open('taskpane.html', wps);
    const host = window.__indicatorCheckerHost as { kind: string } | undefined;
    expect(host?.kind).toBe('wps');
    const container = window.document.getElementById('container') as HTMLElement;
    const button = (label: string) =>
      Array.from(container.querySelectorAll('button')).find((b) => b.textContent?.trim() === label) as
        HTMLButtonElement | undefined;
    await waitFor(() => button('审核') !== undefined && !button('审核')?.disabled);
    expect(container.querySelector('[data-code="no-host"]')).toBeNull();
    button('审核')?.click();
    await waitFor(() => button('写入标注') !== undefined && !button('写入标注')?.disabled);
    button('写入标注')?.click();
    await waitFor(() => ourCells(wps.workbook!).length > 3);
    expect(errors).toEqual([]);
  });
});

async function waitFor(ok: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('deployment files', () => {
  test('jsplugins.xml (online), jsplugins-offline.xml and publish.xml name the add-in, its URL and version', () => {
    const online = wellFormed('jsplugins.xml').getElementsByTagName('jspluginonline')[0];
    expect([online.getAttribute('name'), online.getAttribute('type'), online.getAttribute('url')]).toEqual([
      'indicator-checker',
      'et',
      URL_BASE,
    ]);
    const offline = wellFormed('jsplugins-offline.xml').getElementsByTagName('jsplugin')[0];
    expect(offline.getAttribute('url')).toBe(`${URL_BASE}indicator-checker.7z`);
    expect(offline.getAttribute('version')).toBe(built.version);
    const local = wellFormed('publish.xml').getElementsByTagName('jsplugin')[0];
    expect(local.getAttribute('url')).toBe(`indicator-checker_${built.version}`);
    expect(local.getAttribute('type')).toBe('et');
  });

  test('every add-in entry is enabled for release: enable="enable", never the development value', () => {
    expect(wellFormed('publish.xml').getElementsByTagName('jsplugin')[0].getAttribute('enable')).toBe('enable');
    for (const file of ['jsplugins.xml', 'jsplugins-offline.xml', 'publish.xml']) {
      const doc = wellFormed(file);
      const entries = [
        ...Array.from(doc.getElementsByTagName('jsplugin')),
        ...Array.from(doc.getElementsByTagName('jspluginonline')),
      ];
      expect(entries.length).toBeGreaterThan(0);
      // Absent (WPS's default, as wpsjs writes jsplugins.xml) or "enable".
      for (const e of entries) expect([file, e.getAttribute('enable') ?? 'enable']).toEqual([file, 'enable']);
    }
    // Nothing the build wrote carries it: pages, bundles, the deployment files.
    const written = [...built.files, 'jsplugins.xml', 'jsplugins-offline.xml', 'publish.xml'];
    for (const f of written.filter((f) => statSync(path.join(out, f)).isFile())) {
      expect([f, readFileSync(path.join(out, f), 'latin1').includes('enable_dev')]).toEqual([f, false]);
    }
  });

  test('the build refuses a deployment file whose entry is not enabled for release', () => {
    expect(() =>
      checkReleaseEnable('publish.xml', '<jsplugin name="a" type="et" url="a_1" enable="enable_dev" />'),
    ).toThrow(/enable_dev/);
    expect(() => checkReleaseEnable('jsplugins.xml', '<jspluginonline name="a" enable="true"/>')).toThrow(
      /enable="enable"/,
    );
    expect(() =>
      checkReleaseEnable('publish.xml', '<jsplugin name="a" enable="enable" install="null" />'),
    ).not.toThrow();
    expect(() =>
      checkReleaseEnable('jsplugins.xml', '<jspluginonline name="a" type="et" url="http://x/" />'),
    ).not.toThrow();
  });

  test('arguments: --env url= and --env outDir= as webpack spells them; unknown ones refused', () => {
    expect(
      parseArgs(['--env', 'url=http://10.1.2.3/wps/', '--env', 'outDir=out/wps', '--mode', 'development']),
    ).toEqual({
      url: 'http://10.1.2.3/wps/',
      outDir: 'out/wps',
      mode: 'development',
    });
    expect(() => parseArgs(['--env', 'officeJs=cdn'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--url', 'x'])).toThrow(/unknown argument/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The offline archives, read back independently of the writer's code paths.

/** A reader for 7z archives of stored ("Copy") streams, following 7zFormat.txt; checks every CRC on the way. */
function read7z(bytes: Uint8Array): Map<string, Uint8Array | null> {
  const buf = Buffer.from(bytes);
  expect([...buf.subarray(0, 6)]).toEqual([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
  expect(crc32(buf.subarray(12, 32))).toBe(buf.readUInt32LE(8));
  const nextOffset = Number(buf.readBigUInt64LE(12));
  const nextSize = Number(buf.readBigUInt64LE(20));
  const header = buf.subarray(32 + nextOffset, 32 + nextOffset + nextSize);
  expect(crc32(header)).toBe(buf.readUInt32LE(28));
  let at = 0;
  const byte = () => header[at++];
  const num = () => {
    const first = byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) return value + (first & (mask - 1)) * 2 ** (8 * i);
      value += byte() * 2 ** (8 * i);
      mask >>= 1;
    }
    return value;
  };
  const expectByte = (b: number) => expect(byte()).toBe(b);
  const bits = (n: number) => {
    const out: boolean[] = [];
    for (let i = 0; i < n; i += 8) {
      const b = byte();
      for (let k = 0; k < 8 && i + k < n; k++) out.push((b & (0x80 >> k)) !== 0);
    }
    return out;
  };
  expectByte(0x01);
  expectByte(0x04);
  expectByte(0x06);
  expect(num()).toBe(0);
  expect(num()).toBe(1);
  expectByte(0x09);
  const packSize = num();
  expectByte(0x00);
  expectByte(0x07);
  expectByte(0x0b);
  expect(num()).toBe(1);
  expectByte(0);
  expect(num()).toBe(1);
  expectByte(0x01);
  expectByte(0x00); // Copy
  expectByte(0x0c);
  expect(num()).toBe(packSize);
  expectByte(0x00);
  expectByte(0x08);
  expectByte(0x0d);
  const streams = num();
  const sizes: number[] = [];
  if (streams > 1) {
    expectByte(0x09);
    for (let i = 0; i < streams - 1; i++) sizes.push(num());
  }
  sizes.push(packSize - sizes.reduce((a, b) => a + b, 0));
  expectByte(0x0a);
  expectByte(1);
  const crcs = sizes.map(() => {
    const v = header.readUInt32LE(at);
    at += 4;
    return v;
  });
  expectByte(0x00);
  expectByte(0x00);
  expectByte(0x05);
  const count = num();
  let empty: boolean[] = new Array<boolean>(count).fill(false);
  let names: string[] = [];
  for (;;) {
    const type = byte();
    if (type === 0) break;
    const size = num();
    const end = at + size;
    if (type === 0x0e) empty = bits(count);
    else if (type === 0x11) {
      expectByte(0);
      names = header.subarray(at, end).toString('utf16le').split('\0').slice(0, count);
    }
    at = end;
  }
  const files = new Map<string, Uint8Array | null>();
  let offset = 32;
  let stream = 0;
  names.forEach((name, i) => {
    if (empty[i]) {
      files.set(name, null);
      return;
    }
    const data = buf.subarray(offset, offset + sizes[stream]);
    expect([name, crc32(data)]).toEqual([name, crcs[stream]]);
    files.set(name, new Uint8Array(data));
    offset += sizes[stream];
    stream++;
  });
  return files;
}

/** A reader for zip archives via the central directory; checks every CRC. */
function readZip(bytes: Uint8Array): Map<string, Uint8Array | null> {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, Uint8Array | null>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(dataAt, dataAt + size);
    if (name.endsWith('/')) files.set(name.slice(0, -1), null);
    else {
      const data = method === 8 ? inflateRawSync(body) : body;
      expect([name, crc32(data)]).toEqual([name, crc]);
      files.set(name, new Uint8Array(data));
    }
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

describe('offline packages', () => {
  const expected = () => {
    const folder = `indicator-checker_${built.version}`;
    const files = new Map<string, Uint8Array | null>([[folder, null]]);
    for (const f of built.files) {
      const full = path.join(out, f);
      files.set(`${folder}/${f}`, statSync(full).isDirectory() ? null : new Uint8Array(readFileSync(full)));
    }
    return files;
  };

  test('indicator-checker.7z holds one folder <name>_<version> with exactly the online package', () => {
    const files = read7z(new Uint8Array(readFileSync(built.sevenZip)));
    expect([...files.keys()].sort()).toEqual([...expected().keys()].sort());
    for (const [name, data] of expected()) expect([name, same(files.get(name), data)]).toEqual([name, true]);
  });

  test('the .zip holds the same folder, names in UTF-8', () => {
    const files = readZip(new Uint8Array(readFileSync(built.zip)));
    expect([...files.keys()].sort()).toEqual([...expected().keys()].sort());
    for (const [name, data] of expected()) expect([name, same(files.get(name), data)]).toEqual([name, true]);
  });
});

function same(a: Uint8Array | null | undefined, b: Uint8Array | null): boolean {
  if (a === undefined) return false;
  if (a === null || b === null) return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}
