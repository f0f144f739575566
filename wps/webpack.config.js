// Builds the WPS 表格 add-in's pages into dist/wps/ (run through scripts/build-wps.ts, which also writes jsplugins.xml,
// publish.xml and the offline packages):
//   index.html + js/ribbon.*.js   the page WPS loads at start-up; defines the ribbon callbacks as globals
//   taskpane.html + js/taskpane.*.js   the same React pane as in Excel, with the WPS host injected first
//   ribbon.xml, images/*.svg
// Same loaders, aliases and Content-Security-Policy as the Excel build (webpack.config.js); no Office.js, one file per
// page (WPS loads the add-in from an intranet server or from a folder, so fewer files is simpler), no eval.

'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { contentSecurityPolicy } = require('../webpack.config.js');

const ROOT = path.resolve(__dirname, '..');

/**
 * @param {Record<string, unknown>} env  outDir: where to build (default dist/wps)
 * @param {{ mode?: string }} argv
 * @returns {import('webpack').Configuration}
 */
module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const outputPath = typeof env.outDir === 'string' ? path.resolve(env.outDir) : path.join(ROOT, 'dist', 'wps');
  const csp = contentSecurityPolicy({ scriptOrigin: null });
  return {
    mode: dev ? 'development' : 'production',
    context: ROOT,
    // No eval-based source maps (the pages' CSP has no 'unsafe-eval'); none at all in the package people install.
    devtool: dev ? 'cheap-module-source-map' : false,
    entry: {
      // web-setup runs first in every bundle (zod must not probe eval under the CSP).
      ribbon: ['./src/commands/web-setup.ts', './src/commands/wps/ribbon-entry.ts'],
      taskpane: ['./src/commands/web-setup.ts', './src/commands/wps/pane-entry.ts', './src/taskpane/index.tsx'],
    },
    output: {
      path: outputPath,
      filename: dev ? 'js/[name].js' : 'js/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    // WPS's add-in runtime is Chromium; ES2020 as for the Excel pages (zod and React ship ES2020 syntax anyway).
    target: ['web', 'es2020'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/ribbon.xml', to: 'ribbon.xml', context: ROOT },
          { from: 'wps/images/*.svg', to: 'images/[name][ext]', context: ROOT },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './wps/index.html',
        chunks: ['ribbon'],
        inject: 'head',
        // Blocking: the callbacks must be defined before WPS calls OnAddinLoad.
        scriptLoading: 'blocking',
        minify: false,
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './wps/taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer',
        minify: false,
        templateParameters: { csp },
      }),
    ],
  };
};
