// The unified manifest's app package (dist/indicator-checker-app.zip, what the Microsoft 365 admin center takes):
// manifest.json, its icons and language files, every URL on the production host, and what webpack emits.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import webpack from 'webpack';
import {
  APP_PACKAGE,
  DEV_URL,
  appPackageFiles,
  buildAppPackage,
  rewriteManifest,
  rewriteUnifiedManifest,
} from '../../scripts/build-manifest';
import { validateUnifiedManifest } from '../../scripts/validate-unified-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const PROD = 'https://czj.example.gov.cn/apps/indicator-checker/';
const ENTRIES = ['manifest.json', 'assets/icon-192.png', 'assets/icon-outline-32.png', 'localization/en-us.json'];

const tempDirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
  tempDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Every URL in a JSON text but the schema's own. */
function urls(json: string): string[] {
  return (json.match(/https?:\/\/[^"\s]+/g) ?? []).filter(
    (u) => !u.startsWith('https://developer.microsoft.com/json-schemas/'),
  );
}

describe('the app package', () => {
  const zip = buildAppPackage(undefined, PROD);
  const files = unzipSync(zip);

  test('holds manifest.json, its colour and outline icons and its English file', () => {
    expect(Object.keys(files)).toEqual(ENTRIES);
    for (const name of ENTRIES.slice(1, 3))
      expect(Buffer.from(files[name]).equals(fs.readFileSync(path.join(ROOT, name)))).toBe(true);
  });

  test('its manifest points at the production host only, and says the same as the repository one otherwise', () => {
    const inside = strFromU8(files['manifest.json']);
    expect(inside).not.toMatch(/localhost/i);
    const all = urls(inside);
    expect(all).toHaveLength(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8').split(DEV_URL).length - 1);
    expect(all.length).toBeGreaterThanOrEqual(19); // 3 developer pages, 2 runtime pages, 12 ribbon and 2 catalog icons
    for (const u of all) expect(u.startsWith(PROD)).toBe(true);
    expect(inside.split(PROD).join(DEV_URL)).toBe(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
    expect(JSON.parse(inside).extensions[0].runtimes[0].code.page).toBe(`${PROD}taskpane.html`);
  });

  test('unpacked beside the production manifest.xml and the served icons, it validates and agrees with the XML', () => {
    const dir = tempDir();
    for (const [name, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    // The ribbon icons are loaded from the web server, not from the package: give the checks the site's assets.
    fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'manifest.xml'),
      rewriteManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), PROD),
    );
    const r = validateUnifiedManifest(path.join(dir, 'manifest.json'));
    expect(r.errors).toEqual([]);
    expect(r.comparedWith).toBe(path.join(dir, 'manifest.xml'));
  });

  test('is the same bytes every time (fixed entry times)', () => {
    expect(Buffer.from(buildAppPackage(undefined, PROD)).equals(Buffer.from(zip))).toBe(true);
  });

  test('without a URL (development) the files are the repository’s own', () => {
    const dev = appPackageFiles(undefined, null);
    expect(strFromU8(dev['manifest.json'])).toBe(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  });

  test('refuses a file outside the manifest’s folder and a missing one', () => {
    const dir = tempDir();
    const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
    m.icons.color = '../color.png';
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    expect(() => buildAppPackage(path.join(dir, 'manifest.json'), PROD)).toThrow(
      /icons.color must be a relative path inside the app package/,
    );
    m.icons.color = 'assets/icon-192.png';
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    expect(() => buildAppPackage(path.join(dir, 'manifest.json'), PROD)).toThrow(
      /icons.color: assets\/icon-192.png does not exist/,
    );
  });
});

describe('rewriteUnifiedManifest', () => {
  const json = fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');

  test('replaces every development URL, keeps the formatting, and fails on a localhost left over', () => {
    const out = rewriteUnifiedManifest(json, 'https://czj.example.gov.cn/apps/indicator-checker');
    expect(out.split(PROD).join(DEV_URL)).toBe(json);
    expect(() =>
      rewriteUnifiedManifest(json.replace('"accentColor"', '"x": "http://localhost:8080/",\n  "accentColor"'), PROD),
    ).toThrow(/still mentions localhost: http:\/\/localhost:8080\//);
    expect(() => rewriteUnifiedManifest(json, 'http://czj.example.gov.cn/')).toThrow(/must use https/);
  });
});

describe('node scripts/build-manifest.js', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-manifest.js'), ...args], { encoding: 'utf8' });

  test('--package writes the app package; --in manifest.json writes the rewritten JSON', () => {
    const dir = tempDir();
    const r = run('--url', PROD, '--package', path.join(dir, 'app.zip'));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(fs.readFileSync(path.join(dir, 'app.zip')).equals(Buffer.from(buildAppPackage(undefined, PROD)))).toBe(true);
    const j = run('--url', PROD, '--in', path.join(ROOT, 'manifest.json'), '--out', path.join(dir, 'manifest.json'));
    expect(j.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).toBe(
      rewriteUnifiedManifest(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'), PROD),
    );
  });
});

describe('webpack --env url=… emits the package and the rewritten unified manifest', () => {
  // The real configuration with its manifest part only (copy patterns and the package plugin) and a one-line entry:
  // the full production build is test/build/webpack.test.ts's.
  let out: string;
  beforeAll(async () => {
    out = tempDir();

    const makeConfig = require('../../webpack.config.js') as (
      env: Record<string, unknown>,
      argv: { mode: string },
    ) => Promise<webpack.Configuration>;
    const config = await makeConfig({ url: PROD, outDir: out }, { mode: 'production' });
    const entry = path.join(out, 'entry.js');
    fs.writeFileSync(entry, 'export {};\n');
    config.entry = { probe: entry };
    config.plugins = (config.plugins ?? []).filter(
      (p) => p && ['CopyPlugin', 'AppPackagePlugin'].includes(p.constructor.name),
    );
    config.devtool = false;
    config.output = { ...config.output, clean: false };
    expect(config.plugins).toHaveLength(2);
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) =>
        err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve(),
      ),
    );
  }, 120_000);

  test(`dist/${APP_PACKAGE} is the package for the production URL`, () => {
    expect(fs.readFileSync(path.join(out, APP_PACKAGE)).equals(Buffer.from(buildAppPackage(undefined, PROD)))).toBe(
      true,
    );
  });

  test('dist/manifest.json and its language file are rewritten, and with the pages in place they validate as a site', () => {
    const json = fs.readFileSync(path.join(out, 'manifest.json'), 'utf8');
    expect(json).toBe(rewriteUnifiedManifest(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'), PROD));
    expect(fs.existsSync(path.join(out, 'localization', 'en-us.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'assets', 'about.html'))).toBe(true);
    // The pages are built by the full build; stand-ins let the site check look at everything else.
    for (const page of ['taskpane.html', 'commands.html']) fs.writeFileSync(path.join(out, page), '');
    fs.writeFileSync(
      path.join(out, 'manifest.xml'),
      rewriteManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), PROD),
    );
    const r = validateUnifiedManifest(path.join(out, 'manifest.json'), { site: out });
    expect(r.errors).toEqual([]);
  });
});
