// Rewrites the development manifest's https://localhost:3000/ URLs to the production host (used by webpack and ops).
//
// CLI: node scripts/build-manifest.js --url https://intranet.example/indicator-checker/ [--in manifest.xml] [--out dist/manifest.xml]
// Plain CommonJS so that webpack.config.js can require it without a TypeScript loader.

'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DEV_URL = 'https://localhost:3000/';

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
 * @param {string[]} argv
 * @returns {{ url?: string, input: string, output: string }}
 */
function parseArgs(argv) {
  const root = path.resolve(__dirname, '..');
  const opts = { url: undefined, input: path.join(root, 'manifest.xml'), output: path.join(root, 'dist', 'manifest.xml') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} 需要一个值 / ${a} needs a value`);
      return v;
    };
    if (a === '--url') opts.url = value();
    else if (a === '--in') opts.input = path.resolve(value());
    else if (a === '--out') opts.output = path.resolve(value());
    else throw new Error(`未知参数 ${a} / unknown argument ${a}`);
  }
  return opts;
}

function main() {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (!opts.url) throw new Error('缺少 --url / --url is required');
    const xml = rewriteManifest(fs.readFileSync(opts.input, 'utf8'), opts.url);
    fs.mkdirSync(path.dirname(opts.output), { recursive: true });
    fs.writeFileSync(opts.output, xml);
    console.log(`已写入 / wrote ${opts.output}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}

module.exports = { DEV_URL, normaliseBaseUrl, rewriteManifest };

if (require.main === module) main();
