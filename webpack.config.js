// Builds the add-in's web pages (task pane, ribbon function file, standalone page) into dist/ and serves them in development.
//
//   npx webpack --mode production --env url=https://intranet.example/indicator-checker/   production build + manifest
//                                                          (Office.js from Microsoft's CDN, the default in production)
//   npx webpack --mode production --env officeJs=cdn-cn                                    the 21Vianet CDN (China)
//   npx webpack --mode production --env officeJs=dir:/path/to/office-js-snapshot           an intranet's own copy
//   npx webpack serve --mode development                                                   https://localhost:3000/
//
// Conventions follow OfficeDev's React task-pane template; the differences are deliberate: every page carries a
// strict CSP, no source map uses eval, and an intranet without internet access can self-host a snapshot of the CDN's
// Office.js (docs/deploy.md), which the build refuses unless it defines every Excel member the host calls unguarded.
// The 2022 @microsoft/office-js npm build (no notes API, "no longer officially supported") serves development only.

'use strict';

const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_URL, APP_PACKAGE, normaliseBaseUrl, rewriteManifest, rewriteUnifiedManifest, buildAppPackage } = require('./scripts/build-manifest');

const ROOT = __dirname;
const DEV_PORT = 3000;

/**
 * Where each page gets Office.js: Microsoft's CDN (global, the production default, or 21Vianet for China), the npm
 * copy (`self`, development only), or a snapshot folder (`dir:PATH`, copied to office-js/ like `self`).
 */
const OFFICE_JS = {
  self: { src: 'office-js/office.js', origin: null },
  dir: { src: 'office-js/office.js', origin: null },
  cdn: { src: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', origin: 'https://appsforoffice.microsoft.com' },
  'cdn-cn': {
    src: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
    origin: 'https://appsforoffice.cdn.partner.office365.cn',
  },
};

/**
 * The pages' Content-Security-Policy. No 'unsafe-eval' anywhere. style-src needs 'unsafe-inline': Fluent UI's Griffel
 * and React's style props write <style> elements and style attributes at run time (test/build checks the built pages
 * load in Chromium under this policy without a violation).
 * @param {{ scriptOrigin: string | null }} o
 */
function contentSecurityPolicy({ scriptOrigin }) {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptOrigin ? ` ${scriptOrigin}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Reads `--env` options. `url` is the production base URL for the manifest; `officeJs` is cdn | cdn-cn | dir:PATH,
 * or self (the npm copy) in development.
 * @param {Record<string, unknown>} env
 * @param {boolean} dev
 */
function options(env, dev) {
  const given = typeof env.officeJs === 'string' ? env.officeJs : dev ? 'self' : 'cdn';
  // The real path: copy-webpack-plugin's ignore globs do not apply through a symlinked folder.
  const snapshot = given.startsWith('dir:') ? realpath(path.resolve(given.slice(4))) : null;
  const officeJs = snapshot ? 'dir' : given;
  if (!(officeJs in OFFICE_JS) || officeJs === 'dir' && !snapshot) {
    throw new Error(`--env officeJs=${given}：只能是 cdn | cdn-cn | dir:文件夹 | self（仅开发）/ must be cdn | cdn-cn | dir:FOLDER | self (development only)`);
  }
  if (officeJs === 'self' && !dev) {
    throw new Error(
      '--env officeJs=self：npm 上的 @microsoft/office-js 是 2022 年的旧版本（缺少批注等接口），只供开发使用；生产环境请用 cdn、cdn-cn 或 dir:内网副本（见 docs/deploy.md）\n' +
        '--env officeJs=self: the npm @microsoft/office-js is a 2022 build (no notes API) for development only; production uses cdn, cdn-cn or dir:SNAPSHOT (docs/deploy.md)',
    );
  }
  if (snapshot) checkSnapshot(snapshot);
  const url = typeof env.url === 'string' ? normaliseBaseUrl(env.url) : null;
  const outputPath = typeof env.outDir === 'string' ? path.resolve(env.outDir) : path.join(ROOT, 'dist');
  return { officeJs: /** @type {keyof typeof OFFICE_JS} */ (officeJs), snapshot, url, outputPath };
}

/** @param {string} p */
function realpath(p) {
  return fs.existsSync(p) ? fs.realpathSync(p) : p;
}

/**
 * A self-hosted Office.js must be whole and must define every Excel member the host calls without a guard
 * (src/hosts/excel/api-members.json: `used` less `guarded`); guarded members it lacks are reported.
 * @param {string} dir
 */
function checkSnapshot(dir) {
  if (!fs.existsSync(path.join(dir, 'office.js'))) {
    throw new Error(`${dir}：没有 office.js，不是 Office.js 副本 / holds no office.js: not an Office.js snapshot`);
  }
  const { missingMembers } = require('./scripts/office-js-library');
  const { used, guarded: byCapability } = require('./src/hosts/excel/api-members.json');
  const guarded = new Set(Object.values(byCapability).flat());
  const missing = missingMembers(dir, used);
  const fatal = missing.filter((m) => !guarded.has(m.split(': ')[1]));
  if (fatal.length > 0) {
    throw new Error(
      `${dir} 的 Office.js 缺少本加载项必需的接口，请从 CDN 重新下载 / this Office.js snapshot lacks members the add-in calls; download it again from the CDN:\n  ${fatal.join('\n  ')}`,
    );
  }
  if (missing.length > 0) {
    console.warn(
      `⚠ ${dir} 的 Office.js 缺少可选接口，这些功能将不可用 / this Office.js snapshot lacks optional members (those features stay off):\n  ${missing.join('\n  ')}`,
    );
  }
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs (which creates and trusts a localhost CA on first use),
 * or null with a warning when that is impossible (no sudo, no system trust store): the server then speaks http.
 * @param {() => Promise<{ key: Buffer, cert: Buffer, ca: Buffer }>} getCerts
 */
async function devServerHttps(getCerts) {
  try {
    const { key, cert, ca } = await getCerts();
    return { key, cert, ca };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    console.warn(
      `\n⚠ 无法创建或信任本机开发证书，改用 http（Office 不会加载 http 加载项，只能在浏览器中预览独立版）：${reason}\n` +
        `⚠ Could not create or trust the localhost development certificate; serving over http instead ` +
        `(Office will not load the add-in over http; the standalone page still works in a browser): ${reason}\n` +
        `  Fix: npx office-addin-dev-certs install\n`,
    );
    return null;
  }
}

/** @param {string} protocol */
function printUrls(protocol) {
  const base = `${protocol}://localhost:${DEV_PORT}/`;
  console.log(
    `\n指标审核开发服务器 / Indicator Checker dev server: ${base}\n` +
      `  任务窗格 / task pane:      ${base}taskpane.html\n` +
      `  独立版 / standalone page:  ${base}standalone.html\n` +
      `  清单 / manifest:           ${base}manifest.xml (旁加载见 docs/deploy.md / sideload: see docs/deploy.md)\n`,
  );
}

/**
 * Emits dist/indicator-checker-app.zip, the unified manifest's app package for the Microsoft 365 admin center:
 * manifest.json, its icons and language files (scripts/build-manifest.js), URLs rewritten for --env url=.
 */
class AppPackagePlugin {
  /** @param {string | null} url */
  constructor(url) {
    this.url = url;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AppPackagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AppPackagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const manifest = path.join(ROOT, 'manifest.json');
        const manifestJson = JSON.parse(fs.readFileSync(manifest, 'utf8'));
        // Rebuilt in watch mode when the manifest, a language file or an icon changes.
        compilation.fileDependencies.add(manifest);
        for (const rel of [manifestJson.icons?.color, manifestJson.icons?.outline, ...(manifestJson.localizationInfo?.additionalLanguages ?? []).map((l) => l.file)]) {
          if (typeof rel === 'string') compilation.fileDependencies.add(path.join(ROOT, rel));
        }
        compilation.emitAsset(APP_PACKAGE, new sources.RawSource(Buffer.from(buildAppPackage(manifest, this.url))), { minimized: true });
      });
    });
  }
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: string }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const opt = options(env, dev);
  const office = OFFICE_JS[opt.officeJs];
  const csp = contentSecurityPolicy({ scriptOrigin: office.origin });

  if (!dev && !opt.url) {
    console.warn(
      `⚠ 未指定 --env url=…：dist/manifest.xml 仍指向 ${DEV_URL} / no --env url=… given: dist/manifest.xml still points at ${DEV_URL}` +
        ` (so do dist/manifest.json and dist/${APP_PACKAGE})`,
    );
  }

  /** @param {string} filename @param {string} template @param {string[]} chunks @param {boolean} withOffice */
  const page = (filename, template, chunks, withOffice) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      inject: 'head',
      scriptLoading: 'defer',
      minify: false,
      templateParameters: { csp, officeJs: withOffice ? office.src : null },
    });

  const copy = [
    { from: 'assets/*.png', to: 'assets/[name][ext]', context: ROOT },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      context: ROOT,
      // Development keeps localhost; a production build with --env url= rewrites every URL (and fails on leftovers).
      transform: (content) => (opt.url ? rewriteManifest(content.toString(), opt.url) : content),
    },
    // The unified manifest (Microsoft 365 admin center) and its language files, rewritten the same way; the app package
    // that bundles them with their icons is emitted by AppPackagePlugin below. about.html is the developer page it names.
    {
      from: 'manifest.json',
      to: 'manifest.json',
      context: ROOT,
      transform: (content) => (opt.url ? rewriteUnifiedManifest(content.toString(), opt.url) : content),
    },
    {
      from: 'localization/*.json',
      to: 'localization/[name][ext]',
      context: ROOT,
      transform: (content) => (opt.url ? rewriteUnifiedManifest(content.toString(), opt.url) : content),
    },
    { from: 'assets/*.html', to: 'assets/[name][ext]', context: ROOT },
  ];
  if (opt.officeJs === 'self' || opt.snapshot) {
    copy.push({
      from: opt.snapshot ?? realpath(path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist')),
      to: 'office-js',
      // office.js loads the .debug.js variants only when the page references office.debug.js, which ours never do;
      // the typings and IntelliSense files are for editors.
      globOptions: { ignore: ['**/*.d.ts', '**/office-vsdoc.js', ...(dev ? [] : ['**/*.debug.js'])] },
      info: { minimized: true },
    });
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? 'development' : 'production',
    context: ROOT,
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry: {
      // web-setup runs first in every bundle (zod must not probe eval; see that file).
      taskpane: ['./src/commands/web-setup.ts', './src/taskpane/index.tsx'],
      commands: ['./src/commands/web-setup.ts', './src/commands/commands.ts'],
      standalone: ['./src/commands/web-setup.ts', './src/standalone/index.tsx'],
    },
    output: {
      path: opt.outputPath,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    target: ['web', 'es2020'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      alias: {
        // exceljs's "browser" build bundles its own Node shims; its main entry needs Node's stream, fs and zlib.
        exceljs$: require.resolve('exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      // Already a self-contained UMD bundle: parsing it again only costs time and draws a "pre-built" warning.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs the code.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true, noEmit: false },
            },
          },
        },
      ],
    },
    optimization: {
      // React, Fluent UI and the core are shared by the pane and the standalone page.
      splitChunks: { chunks: 'all' },
    },
    // Budgets for our own bundles (exceljs alone is ~1 MB, only on the standalone page); Office.js is not ours to trim.
    performance: {
      hints: dev ? false : 'warning',
      assetFilter: (name) => name.endsWith('.js') && !name.startsWith('office-js/'),
      maxAssetSize: 1_200_000,
      maxEntrypointSize: 2_500_000,
    },
    plugins: [
      new CopyWebpackPlugin({ patterns: copy }),
      new AppPackagePlugin(opt.url),
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], true),
      page('commands.html', './src/commands/commands.html', ['commands'], true),
      page('standalone.html', './src/standalone/index.html', ['standalone'], false),
    ],
    devServer: undefined,
  };

  if (serving) {
    const https = await devServerHttps(() => require('office-addin-dev-certs').getHttpsServerOptions());
    config.devServer = {
      host: 'localhost',
      port: DEV_PORT,
      // Office's webviews reject a page that is not https; http remains for browser previews only.
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: false,
      hot: true,
      client: { overlay: { errors: true, warnings: false } },
      allowedHosts: ['localhost'],
      onListening: () => printUrls(https ? 'https' : 'http'),
    };
  }

  return config;
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.devServerHttps = devServerHttps;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.AppPackagePlugin = AppPackagePlugin;
