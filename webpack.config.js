// Builds the add-in's web pages (task pane, ribbon function file, standalone page) into dist/ and serves them in development.
//
//   npx webpack --mode production --env url=https://intranet.example/indicator-checker/   production build + manifest
//   npx webpack --mode production --env officeJs=cdn                                       Office.js from Microsoft's CDN
//   npx webpack serve --mode development                                                   https://localhost:3000/
//
// Conventions follow OfficeDev's React task-pane template; the differences are deliberate: Office.js is self-hosted
// (copied from @microsoft/office-js) so intranets without internet access work, every page carries a strict CSP,
// and no source map uses eval.

'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_URL, normaliseBaseUrl, rewriteManifest } = require('./scripts/build-manifest');

const ROOT = __dirname;
const DEV_PORT = 3000;

/** Where each page gets Office.js: our own copy (default), or Microsoft's CDN (global, or 21Vianet for China). */
const OFFICE_JS = {
  self: { src: 'office-js/office.js', origin: null },
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
 * Reads `--env` options. `url` is the production base URL for the manifest; `officeJs` is self | cdn | cdn-cn.
 * @param {Record<string, unknown>} env
 */
function options(env) {
  const officeJs = typeof env.officeJs === 'string' ? env.officeJs : 'self';
  if (!(officeJs in OFFICE_JS)) {
    throw new Error(`--env officeJs=${officeJs}：只能是 ${Object.keys(OFFICE_JS).join(' | ')} / must be one of those`);
  }
  const url = typeof env.url === 'string' ? normaliseBaseUrl(env.url) : null;
  const outputPath = typeof env.outDir === 'string' ? path.resolve(env.outDir) : path.join(ROOT, 'dist');
  return { officeJs: /** @type {keyof typeof OFFICE_JS} */ (officeJs), url, outputPath };
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
 * @param {Record<string, unknown>} env
 * @param {{ mode?: string }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const opt = options(env);
  const office = OFFICE_JS[opt.officeJs];
  const csp = contentSecurityPolicy({ scriptOrigin: office.origin });

  if (!dev && !opt.url) {
    console.warn(
      `⚠ 未指定 --env url=…：dist/manifest.xml 仍指向 ${DEV_URL} / no --env url=… given: dist/manifest.xml still points at ${DEV_URL}`,
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
  ];
  if (opt.officeJs === 'self') {
    copy.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
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
