// Builds the WPS 表格 add-in into dist/wps/ (`npm run build:wps -- --env url=http://intranet.example/wps/`):
//
//   dist/wps/                          the online package: serve this folder at the URL given with --env url=
//     index.html, ribbon.xml, taskpane.html, js/, images/
//     standalone.html, assets/icon-32.png  the standalone page (a workbook opened in the browser, no WPS needed), beside
//                                      the pane, which links to it when opened outside WPS
//     jsplugins.xml                    online deployment: WPS loads the add-in from the URL (oem.ini JSPluginsServer)
//     jsplugins-offline.xml            offline deployment: WPS downloads <name>.7z from the URL once and unpacks it
//     publish.xml                      the entry for a desktop's own jsaddons/publish.xml (an unpacked folder)
//     indicator-checker.7z             the offline package (wpsjs's layout: one folder <name>_<version>/)
//     indicator-checker_<version>.zip  the same folder as a zip, for unpacking by hand or by a software-rollout tool
//
// Other options: --env outDir=DIR (default dist/wps), --mode development (readable bundles with source maps).
// The archives are written here with Node alone (the 7z uses the "Copy" method: stored, checksummed, no compression
// library needed); nothing runs wpsjs, whose debug command edits WPS's configuration on this machine.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..');

// ---------------------------------------------------------------------------------------------------------------
// CRC-32 (IEEE), as zip and 7z both use.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One archive member: a directory (no data) or a file; `name` uses '/' and has no leading or trailing '/'. */
export interface ArchiveEntry {
  name: string;
  data: Uint8Array | null;
}

// ---------------------------------------------------------------------------------------------------------------
// 7z (7zFormat.txt of the 7-Zip sources): signature header, the files' bytes as one packed stream of one folder with
// the Copy coder (method id 00), then the header describing streams, sizes, CRCs, names and attributes.

class Bytes {
  private readonly parts: number[] = [];
  byte(b: number): this {
    this.parts.push(b & 0xff);
    return this;
  }
  bytes(data: Iterable<number>): this {
    for (const b of data) this.parts.push(b);
    return this;
  }
  uint32(v: number): this {
    for (let i = 0; i < 4; i++) this.byte(Math.floor(v / 2 ** (8 * i)));
    return this;
  }
  uint64(v: number): this {
    for (let i = 0; i < 8; i++) this.byte(Math.floor(v / 2 ** (8 * i)));
    return this;
  }
  /** 7z's variable-length number: the first byte's high bits say how many little-endian bytes follow. */
  number(v: number): this {
    let first = 0;
    let mask = 0x80;
    let i = 0;
    for (; i < 8; i++) {
      if (v < 2 ** (7 * (i + 1))) {
        first |= Math.floor(v / 2 ** (8 * i));
        break;
      }
      first |= mask;
      mask >>= 1;
    }
    this.byte(first);
    for (let k = 0; k < i; k++) this.byte(Math.floor(v / 2 ** (8 * k)));
    return this;
  }
  bits(flags: readonly boolean[]): this {
    for (let i = 0; i < flags.length; i += 8) {
      let b = 0;
      for (let k = 0; k < 8; k++) if (flags[i + k]) b |= 0x80 >> k;
      this.byte(b);
    }
    return this;
  }
  get length(): number {
    return this.parts.length;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

const NID = {
  end: 0x00,
  header: 0x01,
  mainStreamsInfo: 0x04,
  filesInfo: 0x05,
  packInfo: 0x06,
  unpackInfo: 0x07,
  subStreamsInfo: 0x08,
  size: 0x09,
  crc: 0x0a,
  folder: 0x0b,
  codersUnpackSize: 0x0c,
  numUnpackStream: 0x0d,
  emptyStream: 0x0e,
  emptyFile: 0x0f,
  name: 0x11,
  winAttributes: 0x15,
} as const;

const ATTR_DIRECTORY = 0x10;
const ATTR_ARCHIVE = 0x20;
/** 7-Zip's flag for "Unix mode in the high 16 bits", so Linux extractors set sensible permissions. */
const ATTR_UNIX_EXTENSION = 0x8000;

export function write7z(entries: readonly ArchiveEntry[]): Uint8Array {
  const files = entries.filter((e) => e.data !== null && e.data.length > 0);
  const packed = new Bytes();
  for (const f of files) packed.bytes(f.data as Uint8Array);
  const packSize = packed.length;

  const h = new Bytes().byte(NID.header);
  if (files.length > 0) {
    h.byte(NID.mainStreamsInfo);
    h.byte(NID.packInfo).number(0).number(1).byte(NID.size).number(packSize).byte(NID.end);
    h.byte(NID.unpackInfo).byte(NID.folder).number(1).byte(0);
    // One coder: id size 1, simple (one in, one out stream), no properties; id 00 = Copy.
    h.number(1).byte(0x01).byte(0x00);
    h.byte(NID.codersUnpackSize).number(packSize).byte(NID.end);
    h.byte(NID.subStreamsInfo).byte(NID.numUnpackStream).number(files.length);
    if (files.length > 1) {
      h.byte(NID.size);
      for (const f of files.slice(0, -1)) h.number((f.data as Uint8Array).length);
    }
    h.byte(NID.crc).byte(1);
    for (const f of files) h.uint32(crc32(f.data as Uint8Array));
    h.byte(NID.end).byte(NID.end);
  }

  h.byte(NID.filesInfo).number(entries.length);
  const empty = entries.map((e) => e.data === null || e.data.length === 0);
  if (empty.some(Boolean)) {
    const flags = new Bytes().bits(empty).done();
    h.byte(NID.emptyStream).number(flags.length).bytes(flags);
    const emptyFiles = entries.filter((_, i) => empty[i]).map((e) => e.data !== null);
    const fileFlags = new Bytes().bits(emptyFiles).done();
    h.byte(NID.emptyFile).number(fileFlags.length).bytes(fileFlags);
  }
  const names = new Bytes().byte(0);
  for (const e of entries) names.bytes(Buffer.from(`${e.name}\0`, 'utf16le'));
  const nameBytes = names.done();
  h.byte(NID.name).number(nameBytes.length).bytes(nameBytes);
  const attrs = new Bytes().byte(1).byte(0);
  for (const e of entries) {
    const dir = e.data === null;
    const mode = dir ? 0o40755 : 0o100644;
    attrs.uint32((dir ? ATTR_DIRECTORY : ATTR_ARCHIVE) + ATTR_UNIX_EXTENSION + mode * 0x10000);
  }
  const attrBytes = attrs.done();
  h.byte(NID.winAttributes).number(attrBytes.length).bytes(attrBytes);
  h.byte(NID.end).byte(NID.end);
  const header = h.done();

  const start = new Bytes().uint64(packSize).uint64(header.length).uint32(crc32(header)).done();
  const signature = new Bytes()
    .bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04])
    .uint32(crc32(start))
    .bytes(start)
    .done();
  const out = new Uint8Array(signature.length + packSize + header.length);
  out.set(signature, 0);
  out.set(packed.done(), signature.length);
  out.set(header, signature.length + packSize);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Zip (APPNOTE.TXT): deflated files, directory entries, UTF-8 names, one fixed time so builds are reproducible.

/** 2023-01-01 00:00 in MS-DOS date and time. */
const DOS_TIME = 0;
const DOS_DATE = ((2023 - 1980) << 9) | (1 << 5) | 1;

export function writeZip(entries: readonly ArchiveEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const dir = e.data === null;
    const name = Buffer.from(dir ? `${e.name}/` : e.name, 'utf8');
    const raw = e.data ?? new Uint8Array(0);
    const deflated = dir ? raw : deflateRawSync(raw, { level: 9 });
    const method = dir || deflated.length >= raw.length ? 0 : 8;
    const body = method === 8 ? deflated : raw;
    const crc = crc32(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // bit 11: names are UTF-8
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(DOS_TIME, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, name, Buffer.from(body));

    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes carry Unix modes
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(DOS_TIME, 12);
    c.writeUInt16LE(DOS_DATE, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(raw.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(((dir ? 0o40755 : 0o100644) * 0x10000 + (dir ? ATTR_DIRECTORY : 0)) >>> 0, 38);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += head.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

// ---------------------------------------------------------------------------------------------------------------
// Deployment files.

export interface WpsPackageInfo {
  name: string;
  version: string;
  /** The intranet base URL the online package is served from, ending with '/'. */
  url: string;
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** wps/<template> with {{name}}, {{version}}, {{url}} and {{folder}} filled in (values escaped for attributes). */
export function fillTemplate(template: string, info: WpsPackageInfo): string {
  const values: Record<string, string> = { ...info, folder: `${info.name}_${info.version}` };
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in values ? xmlAttr(values[key]) : m));
}

/**
 * Refuses a deployment file whose add-in entry carries anything but enable="enable": wpsjs writes a development
 * value there, which is reported to show a JS-debugger bar and to be refused by release builds for UOS and Kylin.
 */
export function checkReleaseEnable(file: string, xml: string): void {
  for (const entry of xml.matchAll(/<jsplugin(?:online)?\b[^>]*>/g)) {
    const enable = /\benable\s*=\s*"([^"]*)"/.exec(entry[0])?.[1];
    if (enable !== undefined && enable !== 'enable') {
      throw new Error(
        `${file}：加载项条目必须是 enable="enable"，而不是 "${enable}" / ` +
          `${file}: an add-in entry must say enable="enable", not "${enable}"`,
      );
    }
  }
}

/** The base URL as WPS needs it: http(s) or file, no query or fragment, ending with '/'. */
export function normaliseWpsUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`地址无效：${raw} / not a valid URL: ${raw}`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    throw new Error(`地址必须是 http、https 或 file：${raw} / the URL must be http, https or file: ${raw}`);
  }
  if (url.search || url.hash)
    throw new Error(`地址不能带查询串或锚点 / the URL must not have a query or fragment: ${raw}`);
  if (url.username || url.password) throw new Error('地址不能包含用户名或密码 / the URL must not contain credentials');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(rel, ...filesUnder(full, rel));
    else out.push(rel);
  }
  return out;
}

export interface BuildOptions {
  url?: string;
  outDir?: string;
  mode?: 'production' | 'development';
  log?: (line: string) => void;
}

export interface BuildResult extends WpsPackageInfo {
  outDir: string;
  /** The online package's files, relative to outDir ('/' separated); directories included. */
  files: string[];
  sevenZip: string;
  zip: string;
}

/**
 * The standalone page built into the WPS package, with the WPS pages' loaders, aliases and CSP (its own config from
 * wps/webpack.config.js with another entry): the pane opened outside WPS links to standalone.html beside it.
 */
export function standaloneConfig(base: webpack.Configuration): webpack.Configuration {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const HtmlWebpackPlugin = require('html-webpack-plugin') as typeof import('html-webpack-plugin');
  const { contentSecurityPolicy } = require(path.join(ROOT, 'webpack.config.js')) as {
    contentSecurityPolicy: (o: { scriptOrigin: string | null }) => string;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    ...base,
    entry: { standalone: ['./src/commands/web-setup.ts', './src/standalone/index.tsx'] },
    // The pages built just before stay: this build only adds its own files.
    output: { ...base.output, clean: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        template: './src/standalone/index.html',
        chunks: ['standalone'],
        inject: 'head',
        scriptLoading: 'defer',
        minify: false,
        templateParameters: { csp: contentSecurityPolicy({ scriptOrigin: null }) },
      }),
    ],
  };
}

function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(stats?.toString({ all: false, errors: true, errorDetails: true }) ?? 'webpack failed'));
      }
      resolve();
    });
  });
}

export async function buildWps(options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, 'dist', 'wps'));
  const url = options.url ? normaliseWpsUrl(options.url) : 'http://localhost:3889/';
  if (!options.url) {
    log(`⚠ 未指定 --env url=…，jsplugins.xml 指向 ${url} / no --env url=… given: jsplugins.xml points at ${url}`);
  }
  const info: WpsPackageInfo = { name: pkg.name, version: pkg.version, url };

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'wps', 'webpack.config.js')) as (
    env: Record<string, unknown>,
    argv: { mode?: string },
  ) => webpack.Configuration;
  const base = makeConfig({ outDir }, { mode: options.mode ?? 'production' });
  await runWebpack(base);
  await runWebpack(standaloneConfig(base));
  // The standalone page's icon (its <link rel="icon">).
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  copyFileSync(path.join(ROOT, 'assets', 'icon-32.png'), path.join(outDir, 'assets', 'icon-32.png'));

  const files = filesUnder(outDir);
  for (const template of ['jsplugins.xml', 'jsplugins-offline.xml', 'publish.xml']) {
    const text = fillTemplate(readFileSync(path.join(ROOT, 'wps', template), 'utf8'), info);
    checkReleaseEnable(template, text);
    writeFileSync(path.join(outDir, template), text);
  }

  const folder = `${info.name}_${info.version}`;
  const entries: ArchiveEntry[] = [
    { name: folder, data: null },
    ...files.map((f) => {
      const full = path.join(outDir, f);
      return { name: `${folder}/${f}`, data: statSync(full).isDirectory() ? null : new Uint8Array(readFileSync(full)) };
    }),
  ];
  const sevenZip = path.join(outDir, `${info.name}.7z`);
  const zip = path.join(outDir, `${folder}.zip`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(sevenZip, write7z(entries));
  writeFileSync(zip, writeZip(entries));

  const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 16);
  log(
    [
      `WPS 加载项已构建 / WPS add-in built: ${outDir}`,
      `  在线部署 / online:   把此目录发布到 ${url}，分发 jsplugins.xml / serve this folder at ${url}, hand out jsplugins.xml`,
      `  离线包 / offline:    ${path.basename(sevenZip)} (sha256 ${sha(sevenZip)}…), ${path.basename(zip)} (sha256 ${sha(zip)}…)`,
      `  说明 / see docs/deploy.md「WPS 表格 / WPS Spreadsheets」`,
    ].join('\n'),
  );
  return { ...info, outDir, files, sevenZip, zip };
}

/** `--env url=…`, `--env outDir=…`, `--mode development|production` (webpack's spelling, so the docs read the same). */
export function parseArgs(argv: readonly string[]): BuildOptions {
  const options: BuildOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (flag: string) => (arg.startsWith(`${flag}=`) ? arg.slice(flag.length + 1) : argv[++i]);
    if (arg === '--env' || arg.startsWith('--env=')) {
      const pair = value('--env') ?? '';
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const v = eq < 0 ? '' : pair.slice(eq + 1);
      if (key === 'url') options.url = v;
      else if (key === 'outDir') options.outDir = v;
      else throw new Error(`未知选项 --env ${key} / unknown option --env ${key}`);
    } else if (arg === '--mode' || arg.startsWith('--mode=')) {
      const mode = value('--mode');
      if (mode !== 'production' && mode !== 'development') throw new Error(`--mode ${mode}: production | development`);
      options.mode = mode;
    } else {
      throw new Error(`未知参数 ${arg} / unknown argument ${arg}`);
    }
  }
  return options;
}

if (require.main === module) {
  buildWps(parseArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
