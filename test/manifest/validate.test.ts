// The add-in manifest: valid against the official XSDs (both engines), its references resolve, and broken copies fail.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DEFAULT_SCHEMA_DIR,
  checkReferences,
  functionNames,
  parseXml,
  validateManifestText,
  type XmlElement,
} from '../../scripts/validate-manifest';
import { ICON_SIZES, iconFileName, iconPng } from '../../scripts/make-icons';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');
const hasXmllint = spawnSync('xmllint', ['--version']).error === undefined;

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Writes a manifest text into a fresh folder holding a copy of assets/, as the repository does. */
function inTempRepo(text: string, withAssets = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
  tempDirs.push(dir);
  if (withAssets) fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, text);
  return file;
}

function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(visit);
  };
  visit(el);
  return out;
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from)).toBe(true);
  return text.replace(from, to);
}

describe('manifest.xml', () => {
  const doc = parseXml(xml);
  const strings = new Map<string, { zh: string; en: string }>();
  for (const s of [...all(doc, 'ShortStrings'), ...all(doc, 'LongStrings')].flatMap((g) => g.children)) {
    const en = s.children.find((c) => c.name === 'Override' && c.attrs.Locale === 'en-US');
    strings.set(s.attrs.id, { zh: s.attrs.DefaultValue, en: en?.attrs.Value ?? '' });
  }

  test('is a task pane add-in for Excel, zh-CN by default, loading on ExcelApi 1.1, with no AppDomains', () => {
    expect(doc.name).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(all(doc, 'DefaultLocale')[0].text).toBe('zh-CN');
    expect(all(doc, 'Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    const sets = all(doc, 'Set').map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(['ExcelApi 1.1']);
    expect(all(doc, 'AppDomains')).toHaveLength(0);
    expect(all(doc, 'DefaultSettings')[0].children[0].attrs.DefaultValue).toBe('https://localhost:3000/taskpane.html');
    const display = all(doc, 'DisplayName')[0];
    expect(display.attrs.DefaultValue).toBe('指标审核');
    expect(display.children.map((c) => [c.attrs.Locale, c.attrs.Value])).toEqual([['en-US', 'Indicator Checker']]);
  });

  test('puts a 绩效审核 group on the Home tab with 审核本表, 审核面板 and 清除标注', () => {
    const tab = all(doc, 'OfficeTab');
    expect(tab.map((t) => t.attrs.id)).toEqual(['TabHome']);
    const group = all(tab[0], 'Group')[0];
    expect(strings.get(group.children[0].attrs.resid)).toEqual({ zh: '绩效审核', en: 'Performance Review' });
    const buttons = all(group, 'Control').map((c) => {
      const label = strings.get(c.children.find((x) => x.name === 'Label')?.attrs.resid ?? '');
      const action = c.children.find((x) => x.name === 'Action') as XmlElement;
      const target = action.children[0];
      return [label?.zh, action.attrs['xsi:type'], target.name === 'FunctionName' ? target.text : target.name];
    });
    expect(buttons).toEqual([
      ['审核本表', 'ExecuteFunction', 'checkActiveSheet'],
      ['审核面板', 'ShowTaskpane', 'TaskpaneId'],
      ['清除标注', 'ExecuteFunction', 'clearAnnotations'],
    ]);
    expect(functionNames(doc)).toEqual(['checkActiveSheet', 'clearAnnotations']);
    // Every button shows the 16/32/80 px icons.
    for (const icon of all(group, 'Icon')) expect(icon.children.map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
  });

  test('every string resource has a Chinese default and an English override', () => {
    expect(strings.size).toBeGreaterThanOrEqual(8);
    for (const [id, s] of strings) {
      expect([id, /[\u4e00-\u9fff]/.test(s.zh)]).toEqual([id, true]);
      expect([id, /^[\x20-\x7e]+$/.test(s.en)]).toEqual([id, true]);
    }
  });

  test('references resolve: resids, icon files and sizes, https URLs', () => {
    const r = checkReferences(xml, { root: ROOT, site: false });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  // The XSDs are reference material beside the repository: CI has them; a clone on its own skips this check, loudly.
  const haveSchemas = fs.existsSync(path.join(DEFAULT_SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd'));
  if (!haveSchemas) {
    if (process.env.CI)
      throw new Error(`manifest schemas not found in ${DEFAULT_SCHEMA_DIR}: CI must run the XSD check`);
    console.warn(`\n⚠⚠⚠ SKIPPING the manifest XSD checks: no schemas in ${DEFAULT_SCHEMA_DIR} ⚠⚠⚠\n`);
  }
  const engines = (haveSchemas ? (hasXmllint ? ['xmllint', 'wasm'] : ['wasm']) : []) as Array<'xmllint' | 'wasm'>;
  test('without the schemas the XSD check is skipped and says so; the reference checks still run', async () => {
    const r = await validateManifestText(xml, MANIFEST, { schemaDir: undefined, engine: 'wasm' });
    if (haveSchemas) expect(r.xsdSkipped).toBeUndefined();
    else
      expect([r.engine, r.valid, r.xsdSkipped]).toEqual([
        'none',
        true,
        expect.stringContaining('XSD check did not run'),
      ]);
    const broken = replaceOnce(xml, 'resid="ClearMarks.Tooltip"', 'resid="ClearMarks.NoSuchResource"');
    const b = await validateManifestText(broken, inTempRepo(broken));
    expect(b.valid).toBe(false);
  });
  // (describe.each refuses an empty table: without the schemas there is no engine to run.)
  describe.each(engines.length ? engines : (['none'] as never[]))('XSD validation with %s', (engine) => {
    if (!haveSchemas) return;
    test('the real manifest is valid', async () => {
      const r = await validateManifestText(xml, MANIFEST, { engine });
      expect(r).toMatchObject({ valid: true, engine, errors: [] });
    });

    test('an element out of order is reported with its line', async () => {
      const broken = replaceOnce(
        xml,
        '<Version>0.1.0.0</Version>\n  <ProviderName>指标审核 Indicator Checker</ProviderName>',
        '<ProviderName>指标审核 Indicator Checker</ProviderName>\n  <Version>0.1.0.0</Version>',
      );
      const r = await validateManifestText(broken, inTempRepo(broken), { engine });
      expect(r.valid).toBe(false);
      expect(r.errors.join('\n')).toMatch(/manifest\.xml:\d+:.*ProviderName.*This element is not expected/);
    });

    test('a resource id longer than 32 characters is invalid', async () => {
      const broken = xml.split('"ClearMarks.Tooltip"').join('"ClearMarks.TooltipWithAVeryLongName"');
      const r = await validateManifestText(broken, inTempRepo(broken), { engine });
      expect(r.valid).toBe(false);
      expect(r.errors.some((e) => /ClearMarks\.TooltipWithAVeryLongName/.test(e))).toBe(true);
    });
  });

  describe('reference checks XSD cannot make', () => {
    const errorsOf = (text: string, withAssets = true): string[] =>
      checkReferences(text, { root: path.dirname(inTempRepo(text, withAssets)), site: false }).errors;

    test('a resid naming no resource', () => {
      const broken = replaceOnce(
        xml,
        '<Description resid="ClearMarks.Tooltip"/>',
        '<Description resid="ClearMarks.Tip"/>',
      );
      expect(errorsOf(broken)).toEqual([
        expect.stringMatching(/<Description resid="ClearMarks.Tip"> names no resource/),
      ]);
    });

    test('a resid naming the wrong kind of resource', () => {
      const broken = replaceOnce(xml, '<Label resid="ClearMarks.Label"/>', '<Label resid="ClearMarks.Tooltip"/>');
      expect(errorsOf(broken)).toEqual([expect.stringMatching(/must name one of bt:ShortStrings, not bt:LongStrings/)]);
    });

    test('a string without its English override', () => {
      const broken = replaceOnce(xml, '\n          <bt:Override Locale="en-US" Value="Clear Marks"/>', '');
      expect(errorsOf(broken)).toEqual([expect.stringMatching(/string "ClearMarks.Label" has no en-us override/)]);
    });

    test('missing icon files', () => {
      const errors = errorsOf(xml, false);
      expect(errors).toHaveLength(5); // IconUrl, HighResolutionIconUrl and the three button images
      expect(errors[0]).toMatch(/assets\/icon-32\.png .*does not exist/);
    });

    test('an icon of the wrong size', () => {
      const file = inTempRepo(xml);
      fs.copyFileSync(path.join(ROOT, 'assets', 'icon-32.png'), path.join(path.dirname(file), 'assets', 'icon-16.png'));
      const r = checkReferences(xml, { root: path.dirname(file), site: false });
      expect(r.errors).toEqual([expect.stringMatching(/assets\/icon-16\.png is 32×32, expected 16×16/)]);
    });

    test('a plain http URL', () => {
      const broken = replaceOnce(
        xml,
        '"https://localhost:3000/commands.html"',
        '"http://localhost:3000/commands.html"',
      );
      expect(errorsOf(broken)).toEqual([
        expect.stringMatching(/http:\/\/localhost:3000\/commands\.html is not an https URL/),
      ]);
    });

    test('duplicate button ids', () => {
      const broken = replaceOnce(xml, 'id="IndicatorChecker.ClearMarks"', 'id="IndicatorChecker.CheckSheet"');
      expect(errorsOf(broken)).toEqual([expect.stringMatching(/id "IndicatorChecker.CheckSheet" is used twice/)]);
    });

    test('site mode also needs the pages', () => {
      const file = inTempRepo(xml);
      const errors = checkReferences(xml, { root: path.dirname(file), site: true }).errors;
      expect(errors.map((e) => e.replace(/^line \d+: /, '').replace(/ → .*/, ''))).toEqual([
        'https://localhost:3000/taskpane.html',
        'https://localhost:3000/commands.html',
        'https://localhost:3000/taskpane.html',
      ]);
    });
  });

  describe('npm run validate (the CLI)', () => {
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'validate-manifest.ts'), ...args],
        {
          encoding: 'utf8',
          cwd: ROOT,
        },
      );

    test('exit 0 on the real manifest', () => {
      const r = run();
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/manifest\.xml: 有效 \/ valid/);
      // Whether the XSD check ran is always said: by its engine, or by the skip line.
      expect(r.stdout).toMatch(haveSchemas ? /valid \((xmllint|wasm)\)/ : /XSD check did not run/);
    });

    test('exit 1 with the errors on a broken copy', () => {
      // An XSD error where the schemas are present, a reference error (checked without them) where they are not.
      const broken = inTempRepo(
        haveSchemas
          ? replaceOnce(xml, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>')
          : replaceOnce(xml, 'resid="ClearMarks.Tooltip"', 'resid="ClearMarks.NoSuchResource"'),
      );
      const r = run(broken);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(haveSchemas ? /Permissions/ : /NoSuchResource/);
      expect(r.stderr).toMatch(/无效 \/ invalid \(1 errors\)/);
    });

    test('exit 2 when the schemas are missing', () => {
      const r = run('--schemas', path.join(os.tmpdir(), 'no-such-schemas'));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/manifest schemas not found/);
    });
  });

  test('the schemas are read from shared/ beside the repository when present, not copied into it', () => {
    expect(DEFAULT_SCHEMA_DIR).toBe(path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'patched'));
    const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.xsd'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(files.status).toBe(0);
    expect(files.stdout).toBe('');
  });
});

describe('icons', () => {
  test.each(ICON_SIZES)('assets/icon-%i.png is what scripts/make-icons.ts draws', (size) => {
    expect(fs.readFileSync(path.join(ROOT, 'assets', iconFileName(size))).equals(iconPng(size))).toBe(true);
  });
});
