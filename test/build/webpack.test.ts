// The web build: webpack configuration (Office.js source, CSP, source maps, dev server) and one real production build
// (manifest with no localhost, self-hosted Office.js, pages that load in Chromium under their CSP with no network).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Configuration } from 'webpack';
import { validateManifest } from '../../scripts/validate-manifest';
import { WEB_PROD_URL, webProductionBuild } from '../build-cache';
import { chromiumAvailable, guardNetwork, launch, serve } from '../browser/helpers';

jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: jest.fn() }));

const PROD_URL = WEB_PROD_URL;

interface ConfigModule {
  (
    env?: Record<string, unknown>,
    argv?: { mode?: string },
  ): Promise<Configuration & { devServer?: Record<string, unknown> }>;
  contentSecurityPolicy(o: { scriptOrigin: string | null }): string;
  OFFICE_JS: Record<'self' | 'dir' | 'cdn' | 'cdn-cn', { src: string; origin: string | null }>;
}

const makeConfig = require('../../webpack.config.js') as ConfigModule;

const devCerts = require('office-addin-dev-certs') as { getHttpsServerOptions: jest.Mock };

interface HtmlPluginLike {
  userOptions: { filename: string; templateParameters: { csp: string; officeJs: string | null } };
}

function htmlPages(config: Configuration): HtmlPluginLike['userOptions'][] {
  return (config.plugins ?? [])
    .filter((p) => p && p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => (p as unknown as HtmlPluginLike).userOptions);
}

function copyPatterns(config: Configuration): Array<{ from: string; to: string }> {
  const copy = (config.plugins ?? []).find((p) => p && 'patterns' in p) as unknown as {
    patterns: Array<{ from: string; to: string }>;
  };
  return copy.patterns;
}

describe('webpack configuration', () => {
  // The configuration warns on stderr (a production build without url, no dev certificates); tests assert on it.
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('every page has the strict policy: nothing but our own origin, no eval, no plugins, no base', () => {
    const csp = makeConfig.contentSecurityPolicy({ scriptOrigin: null });
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    expect(csp).not.toMatch(/unsafe-eval|\*/);
  });

  test.each(['development', 'production'])(
    '%s: no eval source maps; web-setup runs first in every entry',
    async (mode) => {
      const config = await makeConfig({}, { mode });
      expect(String(config.devtool)).not.toMatch(/eval/);
      const entry = config.entry as Record<string, string[]>;
      expect(Object.keys(entry).sort()).toEqual(['commands', 'standalone', 'taskpane']);
      for (const files of Object.values(entry)) expect(files[0]).toBe('./src/commands/web-setup.ts');
      expect(
        htmlPages(config)
          .map((p) => p.filename)
          .sort(),
      ).toEqual(['commands.html', 'standalone.html', 'taskpane.html']);
    },
  );

  test('production pages load Office.js from the CDN by default; the 2022 npm copy serves development only', async () => {
    const prod = await makeConfig({}, { mode: 'production' });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('no --env url=… given: dist/manifest.xml still points at https://localhost:3000/'),
    );
    const pages = htmlPages(prod);
    const task = pages.find((p) => p.filename === 'taskpane.html');
    expect(task?.templateParameters.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(task?.templateParameters.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(pages.find((p) => p.filename === 'standalone.html')?.templateParameters.officeJs).toBeNull();
    expect(copyPatterns(prod).some((p) => p.to === 'office-js')).toBe(false);

    const cn = htmlPages(await makeConfig({ officeJs: 'cdn-cn' }, { mode: 'production' })).find(
      (p) => p.filename === 'taskpane.html',
    );
    expect(cn?.templateParameters.officeJs).toBe(
      'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
    );

    const dev = await makeConfig({}, { mode: 'development' });
    expect(htmlPages(dev).find((p) => p.filename === 'taskpane.html')?.templateParameters.officeJs).toBe(
      'office-js/office.js',
    );
    expect(copyPatterns(dev).some((p) => p.to === 'office-js')).toBe(true);
    await expect(makeConfig({ officeJs: 'self' }, { mode: 'production' })).rejects.toThrow(/development only/);
  });

  test('an intranet snapshot (dir:PATH) is self-hosted when it defines every member called unguarded, and refused when not', async () => {
    const npm = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
    const ok = await makeConfig({ officeJs: `dir:${npm}` }, { mode: 'production' });
    expect(htmlPages(ok).find((p) => p.filename === 'taskpane.html')?.templateParameters.officeJs).toBe(
      'office-js/office.js',
    );
    expect(copyPatterns(ok).find((p) => p.to === 'office-js')?.from).toBe(fs.realpathSync(npm));
    // The 2022 build lacks the notes API: allowed (guarded), and said.
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/optional members[\s\S]*Worksheet\.notes/));

    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'office-js-'));
    try {
      fs.writeFileSync(path.join(broken, 'office.js'), '/* office.js */');
      // An Excel script whose Worksheet has no getRange: a truncated or ancient copy.
      fs.writeFileSync(
        path.join(broken, 'excel-web-16.00.js'),
        'var Excel = { run: function () {}, Worksheet: function () {}, Range: function () {} };',
      );
      await expect(makeConfig({ officeJs: `dir:${broken}` }, { mode: 'production' })).rejects.toThrow(
        /Worksheet\.getRange/,
      );
      fs.rmSync(path.join(broken, 'office.js'));
      await expect(makeConfig({ officeJs: `dir:${broken}` }, { mode: 'production' })).rejects.toThrow(/office\.js/);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  test('bad options fail the build with a message', async () => {
    await expect(makeConfig({ officeJs: 'unpkg' }, { mode: 'production' })).rejects.toThrow(/officeJs=unpkg/);
    await expect(makeConfig({ url: 'http://czj.example.gov.cn/' }, { mode: 'production' })).rejects.toThrow(/https/);
  });

  test('npm start serves https with the dev certificates, and http with a warning when they cannot be made', async () => {
    const certs = { key: Buffer.from('k'), cert: Buffer.from('c'), ca: Buffer.from('a') };
    devCerts.getHttpsServerOptions.mockResolvedValueOnce(certs);
    const https = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(https.devServer).toMatchObject({ port: 3000, host: 'localhost', server: { type: 'https', options: certs } });

    expect(warn).not.toHaveBeenCalled();

    devCerts.getHttpsServerOptions.mockRejectedValueOnce(new Error('sudo: a password is required'));
    const http = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(http.devServer).toMatchObject({ port: 3000, server: { type: 'http' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sudo: a password is required'));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('production build', () => {
  let dist: string;
  beforeAll(() => {
    dist = webProductionBuild();
  }, 500_000);

  test('dist/manifest.xml has no localhost URL, points at the production host and validates with every file present', async () => {
    const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost/i);
    const urls = manifest.match(/https?:\/\/[^"<\s]+/g) ?? [];
    // Namespace names are identifiers, not addresses Office loads.
    const ours = urls.filter(
      (u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'),
    );
    expect(ours.length).toBeGreaterThanOrEqual(8);
    for (const u of ours) expect(u.startsWith(PROD_URL)).toBe(true);
    const report = await validateManifest(path.join(dist, 'manifest.xml'), { site: dist });
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  test('the production build also emits the unified manifest and its app package for the Microsoft 365 admin center', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(json)).not.toMatch(/localhost/i);
    expect(JSON.stringify(json)).toContain(PROD_URL);
    expect(fs.statSync(path.join(dist, 'indicator-checker-app.zip')).size).toBeGreaterThan(1000);
  });

  test('the pages carry the CSP and load only our own scripts; Office.js is the self-hosted snapshot', () => {
    const csp = makeConfig.contentSecurityPolicy({ scriptOrigin: null });
    for (const page of ['taskpane.html', 'commands.html', 'standalone.html']) {
      const html = fs.readFileSync(path.join(dist, page), 'utf8');
      const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/);
      expect([page, meta?.[1]]).toEqual([page, csp]);
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) {
        expect([page, s]).toEqual([page, expect.not.stringMatching(/^(https?:)?\/\//)]);
        expect(fs.existsSync(path.join(dist, s))).toBe(true);
      }
      // Office.js first (it must load before the deferred bundles), on the pages Office loads.
      if (page === 'standalone.html') expect(scripts).not.toContain('office-js/office.js');
      else expect(scripts[0]).toBe('office-js/office.js');
    }
    expect(fs.existsSync(path.join(dist, 'office-js', 'office.js'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'office-js', 'zh-cn', 'office_strings.js'))).toBe(true);
    const copied = fs.readdirSync(path.join(dist, 'office-js'), { recursive: true, encoding: 'utf8' });
    expect(copied.filter((f) => f.endsWith('.debug.js') || f.endsWith('.d.ts'))).toEqual([]);
  });

  test('no bundle of ours calls eval', () => {
    const bundles = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(3);
    for (const f of bundles)
      expect([f, /\beval\(/.test(fs.readFileSync(path.join(dist, f), 'utf8'))]).toEqual([f, false]);
  });

  (chromiumAvailable() ? test : test.skip)(
    'each page loads in Chromium under its CSP: no violation but Office.js’s own telemetry frame, no request off the machine',
    async () => {
      const server = await serve(dist);
      const browser = await launch({ locale: 'en-US' });
      const { context } = browser;
      const { offsite } = await guardNetwork(context);
      await context.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      });
      try {
        const seen: Record<string, { violations: string[]; errors: string[]; brandButton: boolean }> = {};
        for (const name of ['standalone.html', 'taskpane.html', 'commands.html']) {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${server.origin}/${name}`);
          // Office.js starts its telemetry frame 3 s after loading; wait past that.
          await page.waitForTimeout(name === 'standalone.html' ? 1500 : 4000);
          seen[name] = await page.evaluate(() => ({
            violations: (window as unknown as { __violations: string[] }).__violations,
            errors: [],
            // Fluent UI's styles applied (Griffel's <style> elements allowed): a primary button in the brand blue.
            brandButton: [...document.querySelectorAll('button')].some(
              (b) => getComputedStyle(b).backgroundColor === 'rgb(15, 108, 189)',
            ),
          }));
          seen[name].errors = errors;
          await page.close();
        }
        // Chromium reports a cross-origin blocked URL by its origin only.
        const telemetry = 'frame-src https://telemetryservice.firstpartyapps.oaspapps.com';
        expect(seen['standalone.html']).toEqual({ violations: [], errors: [], brandButton: true });
        // Office.js outside Office still tries to frame Microsoft's telemetry proxy: the policy blocks it, as intended.
        for (const name of ['taskpane.html', 'commands.html']) {
          expect([name, seen[name].violations.filter((v) => v !== telemetry), seen[name].errors]).toEqual([
            name,
            [],
            [],
          ]);
        }
        expect(seen['taskpane.html'].violations).toContain(telemetry);
        expect(offsite).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    },
    60_000,
  );
});
