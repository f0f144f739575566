// Rewrites the development manifests' https://localhost:3000/ URLs to the production host (used by webpack and ops), and
// makes the app package of the unified manifest: a zip of manifest.json, the icons it names and its language files, as
// the Microsoft 365 admin center (Integrated apps) takes it. Layout as Microsoft's own `office-addin-manifest export`
// writes it (each file at its path relative to manifest.json); contents per "App package for Microsoft 365",
// https://learn.microsoft.com/office/dev/add-ins/overview/app-package-for-microsoft-365
//
// CLI: node scripts/build-manifest.js --url https://intranet.example/indicator-checker/ [--in manifest.xml] [--out dist/manifest.xml]
//      node scripts/build-manifest.js --url https://… --in manifest.json --out dist/manifest.json
//      node scripts/build-manifest.js --url https://… --package dist/indicator-checker-app.zip   (from ./manifest.json)
// Plain CommonJS so that webpack.config.js can require it without a TypeScript loader.

'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DEV_URL = 'https://localhost:3000/';
const ROOT = path.resolve(__dirname, '..');

/** The app package's file name in dist/. */
const APP_PACKAGE = 'indicator-checker-app.zip';

/** Entry times in the zip: fixed, so that the same inputs make the same bytes. */
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

/**
 * The production base URL as the manifest needs it: absolute https (Office loads add-ins only over SSL), no query or
 * fragment, ending with '/' so that relative file names append to it. Throws a bilingual message when unusable.
 * @param {string} raw
 * @returns {string}
 */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`生产地址无效：${raw} / not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`生产地址必须是 https：${raw} / the production URL must use https: ${raw}`);
  }
  if (url.search || url.hash) {
    throw new Error(`生产地址不能带查询串或锚点：${raw} / the production URL must not have a query or fragment: ${raw}`);
  }
  if (url.username || url.password) {
    throw new Error(`生产地址不能包含用户名或密码 / the production URL must not contain credentials`);
  }
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
    throw new Error(`生产地址不能是本机：${raw} / the production URL must not be localhost: ${raw}`);
  }
  let href = url.href;
  if (!href.endsWith('/')) href += '/';
  return href;
}

/** @param {string} s */
function escapeXmlAttribute(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The manifest with every https://localhost:3000/ replaced by the production base URL. Throws when any other
 * mention of localhost is left, since Office would then try to load part of the add-in from the user's own machine.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteManifest(xml, baseUrl) {
  const base = escapeXmlAttribute(normaliseBaseUrl(baseUrl));
  const out = xml.split(DEV_URL).join(base);
  const left = out.match(/[^\s"'<>]*localhost[^\s"'<>]*/gi);
  if (left) {
    throw new Error(
      `清单中仍有本机地址：${left.join(', ')} / the manifest still mentions localhost: ${left.join(', ')}`,
    );
  }
  return out;
}

/**
 * A unified manifest (or one of its language files) with every https://localhost:3000/ replaced by the production base
 * URL. The text is rewritten in place (formatting kept), then parsed: the result must be JSON and mention no localhost.
 * @param {string} json
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteUnifiedManifest(json, baseUrl) {
  const base = JSON.stringify(normaliseBaseUrl(baseUrl)).slice(1, -1);
  const out = json.split(DEV_URL).join(base);
  JSON.parse(out);
  const left = out.match(/[^\s"'<>]*localhost[^\s"'<>]*/gi);
  if (left) {
    throw new Error(`清单中仍有本机地址：${left.join(', ')} / the manifest still mentions localhost: ${left.join(', ')}`);
  }
  return out;
}

/**
 * A path inside the app package, as manifest.json names it: relative, inside the manifest's folder, '/'-separated.
 * @param {unknown} rel
 * @param {string} what
 */
function packagePath(rel, what) {
  const norm = typeof rel === 'string' && !rel.includes('\\') && !/^[a-z]+:/i.test(rel) && !path.isAbsolute(rel) ? path.posix.normalize(rel) : '';
  if (!norm || norm === '..' || norm.startsWith('../')) {
    throw new Error(`${what} 必须是应用包内的相对路径：${JSON.stringify(rel)} / ${what} must be a relative path inside the app package: ${JSON.stringify(rel)}`);
  }
  return norm;
}

/**
 * The files of the app package, by path in the zip: manifest.json, its colour and outline icons, and its language files
 * (JSON files rewritten for baseUrl; untouched when baseUrl is null, for development).
 * @param {string} [manifestFile]
 * @param {string | null} [baseUrl]
 * @returns {Record<string, Uint8Array>}
 */
function appPackageFiles(manifestFile = path.join(ROOT, 'manifest.json'), baseUrl = null) {
  const dir = path.dirname(manifestFile);
  const text = fs.readFileSync(manifestFile, 'utf8');
  const manifest = JSON.parse(text);
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  const json = (/** @type {string} */ t) => new TextEncoder().encode(baseUrl ? rewriteUnifiedManifest(t, baseUrl) : t);
  files['manifest.json'] = json(text);
  const add = (/** @type {unknown} */ rel, /** @type {string} */ what, /** @type {boolean} */ isJson) => {
    const p = packagePath(rel, what);
    const file = path.join(dir, p);
    if (!fs.existsSync(file)) throw new Error(`${what}：${p} 不存在 / ${what}: ${p} does not exist`);
    files[p] = isJson ? json(fs.readFileSync(file, 'utf8')) : new Uint8Array(fs.readFileSync(file));
  };
  add(manifest.icons && manifest.icons.color, 'icons.color', false);
  add(manifest.icons && manifest.icons.outline, 'icons.outline', false);
  const info = manifest.localizationInfo || {};
  if (info.defaultLanguageFile) add(info.defaultLanguageFile, 'localizationInfo.defaultLanguageFile', true);
  for (const lang of info.additionalLanguages || []) add(lang.file, `localizationInfo (${lang.languageTag})`, true);
  return files;
}

/**
 * The app package (zip bytes) for the Microsoft 365 admin center. fflate writes it; entries are deflated and dated
 * ZIP_MTIME, in the order of appPackageFiles.
 * @param {string} [manifestFile]
 * @param {string | null} [baseUrl]
 * @returns {Uint8Array}
 */
function buildAppPackage(manifestFile, baseUrl = null) {
  const { zipSync } = require('fflate');
  const files = appPackageFiles(manifestFile, baseUrl);
  /** @type {Record<string, [Uint8Array, { mtime: Date, level: 9 }]>} */
  const entries = {};
  for (const [name, bytes] of Object.entries(files)) entries[name] = [bytes, { mtime: ZIP_MTIME, level: 9 }];
  return zipSync(entries);
}

/**
 * @param {string[]} argv
 * @returns {{ url?: string, input: string, output: string, pkg?: string }}
 */
function parseArgs(argv) {
  const root = ROOT;
  /** @type {{ url?: string, input: string, output: string, pkg?: string }} */
  const opts = { url: undefined, input: path.join(root, 'manifest.xml'), output: path.join(root, 'dist', 'manifest.xml') };
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} 需要一个值 / ${a} needs a value`);
      return v;
    };
    if (a === '--url') opts.url = value();
    else if (a === '--in') opts.input = path.resolve(value());
    else if (a === '--out') {
      opts.output = path.resolve(value());
      outGiven = true;
    } else if (a === '--package') opts.pkg = path.resolve(value());
    else throw new Error(`未知参数 ${a} / unknown argument ${a}`);
  }
  if (!outGiven && opts.input.toLowerCase().endsWith('.json')) opts.output = path.join(root, 'dist', path.basename(opts.input));
  return opts;
}

function main() {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (!opts.url) throw new Error('缺少 --url / --url is required');
    if (opts.pkg) {
      const input = opts.input.toLowerCase().endsWith('.json') ? opts.input : path.join(ROOT, 'manifest.json');
      const zip = buildAppPackage(input, opts.url);
      fs.mkdirSync(path.dirname(opts.pkg), { recursive: true });
      fs.writeFileSync(opts.pkg, zip);
      console.log(`已写入 / wrote ${opts.pkg}`);
      return;
    }
    const text = fs.readFileSync(opts.input, 'utf8');
    const out = opts.input.toLowerCase().endsWith('.json') ? rewriteUnifiedManifest(text, opts.url) : rewriteManifest(text, opts.url);
    fs.mkdirSync(path.dirname(opts.output), { recursive: true });
    fs.writeFileSync(opts.output, out);
    console.log(`已写入 / wrote ${opts.output}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}

module.exports = { DEV_URL, APP_PACKAGE, normaliseBaseUrl, rewriteManifest, rewriteUnifiedManifest, appPackageFiles, buildAppPackage };

if (require.main === module) main();
