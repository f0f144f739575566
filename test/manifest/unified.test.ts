// The unified manifest (manifest.json): valid against the JSON schema of @microsoft/app-manifest, equivalent to
// manifest.xml, and broken copies (schema, files, translations, disagreement with the XML) fail with a clear message.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OUTLINE_ICON, outlineIconPng, renderIcon } from '../../scripts/make-icons';
import { functionNames, parseXml } from '../../scripts/validate-manifest';
import {
  localizableKeys,
  schemaFor,
  shippedVersions,
  validateUnifiedManifest,
  valueAt,
  xmlFacts,
} from '../../scripts/validate-unified-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.json');
const text = fs.readFileSync(MANIFEST, 'utf8');
const manifest = JSON.parse(text) as Record<string, any>;
const EN = path.join(ROOT, 'localization', 'en-us.json');
const en = JSON.parse(fs.readFileSync(EN, 'utf8')) as Record<string, string>;
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ext = manifest.extensions[0];
const GROUP = 'extensions[0].ribbons[0].tabs[0].groups[0]';

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * A copy of the repository's manifests, icons and language files in a fresh folder, each changed by `edit`; returns
 * the copied manifest.json.
 */
function inTempRepo(
  edit: { json?: (m: any) => void; en?: (l: Record<string, string>) => void; xml?: (x: string) => string } = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unified-manifest-'));
  tempDirs.push(dir);
  fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'localization'));
  const m = JSON.parse(text);
  edit.json?.(m);
  const l = { ...en };
  edit.en?.(l);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
  fs.writeFileSync(path.join(dir, 'localization', 'en-us.json'), JSON.stringify(l, null, 2));
  fs.writeFileSync(path.join(dir, 'manifest.xml'), edit.xml ? edit.xml(xml) : xml);
  return path.join(dir, 'manifest.json');
}

function errorsOf(edit: Parameters<typeof inTempRepo>[0]): string[] {
  return validateUnifiedManifest(inTempRepo(edit)).errors;
}

describe('manifest.json', () => {
  test('is valid: JSON schema, files, translations, and agreement with manifest.xml', () => {
    const r = validateUnifiedManifest(MANIFEST);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r).toMatchObject({ valid: true, comparedWith: path.join(ROOT, 'manifest.xml') });
  });

  test('uses a manifest version whose schema @microsoft/app-manifest ships, with its $schema URL', () => {
    expect(shippedVersions()).toContain(manifest.manifestVersion);
    expect(manifest.$schema).toBe(schemaFor(manifest.manifestVersion).url);
    expect(en.$schema).toBe(schemaFor(manifest.manifestVersion).localizationUrl);
    // "extensions" (Office add-ins) exists from 1.17 on; devPreview is not for production.
    expect(manifest.manifestVersion).not.toBe('devPreview');
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
  });

  test('says what manifest.xml says: id, version, names, Excel only, ExcelApi 1.1, read/write document', () => {
    const facts = xmlFacts(xml);
    expect(manifest.id).toBe(facts.id);
    expect(`${manifest.version}.0`).toBe(facts.version);
    expect([manifest.name.short, en['name.short']]).toEqual(['指标审核', 'Indicator Checker']);
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'zh-cn',
      additionalLanguages: [{ languageTag: 'en-us', file: 'localization/en-us.json' }],
    });
    expect(ext.requirements).toEqual({ scopes: ['workbook'], capabilities: [{ name: 'ExcelApi', minVersion: '1.1' }] });
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'Document.ReadWrite.User', type: 'Delegated' },
    ]);
    // Not needed: the add-in navigates nowhere else and signs no one in.
    expect(manifest.validDomains).toBeUndefined();
    expect(manifest.webApplicationInfo).toBeUndefined();
  });

  test('puts the 绩效审核 group on the Home tab: 审核本表 and 清除标注 run functions, 审核面板 opens the pane', () => {
    expect(ext.ribbons).toHaveLength(1);
    expect(ext.ribbons[0].contexts).toEqual(['default']);
    const tab = ext.ribbons[0].tabs[0];
    expect(tab.builtInTabId).toBe('TabHome');
    const group = tab.groups[0];
    expect([group.id, group.label, en[`${GROUP}.label`]]).toEqual([
      'IndicatorChecker.Group',
      '绩效审核',
      'Performance Review',
    ]);
    const actions = new Map<string, { type: string; page: string }>();
    for (const r of ext.runtimes) for (const a of r.actions) actions.set(a.id, { type: a.type, page: r.code.page });
    expect(
      group.controls.map((c: any, i: number) => [
        c.id,
        c.label,
        en[`${GROUP}.controls[${i}].label`],
        c.actionId,
        actions.get(c.actionId),
      ]),
    ).toEqual([
      [
        'IndicatorChecker.CheckSheet',
        '审核本表',
        'Check Sheet',
        'checkActiveSheet',
        { type: 'executeFunction', page: 'https://localhost:3000/commands.html' },
      ],
      [
        'IndicatorChecker.ShowPane',
        '审核面板',
        'Review Pane',
        'showTaskpane',
        { type: 'openPage', page: 'https://localhost:3000/taskpane.html' },
      ],
      [
        'IndicatorChecker.ClearMarks',
        '清除标注',
        'Clear Marks',
        'clearAnnotations',
        { type: 'executeFunction', page: 'https://localhost:3000/commands.html' },
      ],
    ]);
    // The executeFunction ids are the names the function file passes to Office.actions.associate (src/commands/run.ts).
    const executed = [...actions].filter(([, a]) => a.type === 'executeFunction').map(([id]) => id);
    expect(executed).toEqual(functionNames(parseXml(xml)));
    const run = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'run.ts'), 'utf8');
    for (const id of executed) expect(run).toMatch(new RegExp(`\\b${id}: completing\\(${id}\\)`));
    for (const icons of [group.icons, ...group.controls.map((c: any) => c.icons)]) {
      expect(icons.map((i: any) => i.size)).toEqual([16, 32, 80]);
    }
  });

  test('every string users see has an English text, and Chinese by default', () => {
    const keys = localizableKeys(manifest);
    expect(keys).toHaveLength(4 + 1 + 3 * 3);
    for (const k of keys) {
      expect([k, /[\u4e00-\u9fff]/.test(String(valueAt(manifest, k)))]).toEqual([k, true]);
      expect([k, /^[\x20-\x7e]+$/.test(en[k])]).toEqual([k, true]);
    }
    expect(
      Object.keys(en)
        .filter((k) => k !== '$schema')
        .sort(),
    ).toEqual([...keys].sort());
  });
});

describe('broken copies fail with a clear message', () => {
  test('a missing required property', () => {
    const errors = errorsOf({ json: (m) => delete m.developer });
    expect(errors).toEqual([
      "manifest.json: schema: (root) must have required property 'developer'",
      'manifest.json: developer.name is missing here but "指标审核 Indicator Checker" in manifest.xml',
    ]);
  });

  test('a bad id: the schema says so, and so does the comparison with manifest.xml', () => {
    const errors = errorsOf({ json: (m) => (m.id = 'd93a4eaa-d0bf-4f83-b8f4') });
    expect(errors).toEqual([
      expect.stringMatching(/^manifest\.json: schema: \/id must match pattern/),
      'manifest.json: id is "d93a4eaa-d0bf-4f83-b8f4" here but "d93a4eaa-d0bf-4f83-b8f4-122d522f4ca2" in manifest.xml',
    ]);
  });

  test('a button label that differs from manifest.xml, in Chinese or in English', () => {
    expect(
      errorsOf({ json: (m) => (m.extensions[0].ribbons[0].tabs[0].groups[0].controls[2].label = '清除') }),
    ).toEqual([
      'manifest.json: label of button IndicatorChecker.ClearMarks (zh-cn) is "清除" here but "清除标注" in manifest.xml',
    ]);
    expect(errorsOf({ en: (l) => (l[`${GROUP}.controls[2].label`] = 'Clear All') })).toEqual([
      'manifest.json: label of button IndicatorChecker.ClearMarks (en-us) is "Clear All" here but "Clear Marks" in manifest.xml',
    ]);
    // And the other way round: the XML changed, the JSON not.
    expect(errorsOf({ xml: (x) => x.replace('Value="Review Pane"', 'Value="Pane"') })).toEqual([
      'manifest.json: label of button IndicatorChecker.ShowPane (en-us) is "Review Pane" here but "Pane" in manifest.xml',
      'manifest.json: supertip.title of button IndicatorChecker.ShowPane (en-us) is "Review Pane" here but "Pane" in manifest.xml',
    ]);
  });

  test('a version, a URL or a button order that differs from manifest.xml', () => {
    expect(errorsOf({ json: (m) => (m.version = '0.2.0') })).toEqual([
      'manifest.json: version is "0.2.0" here but "0.1.0.0" in manifest.xml (the XML version must be this one with ".0" added)',
    ]);
    expect(
      errorsOf({ json: (m) => (m.extensions[0].runtimes[1].code.page = 'https://localhost:3000/functions.html') }),
    ).toEqual([
      expect.stringMatching(
        /the action of button IndicatorChecker\.CheckSheet is .*functions\.html.* but .*commands\.html/,
      ),
      expect.stringMatching(/the action of button IndicatorChecker\.ClearMarks is/),
    ]);
    const swapped = errorsOf({ json: (m) => m.extensions[0].ribbons[0].tabs[0].groups[0].controls.reverse() });
    expect(swapped[0]).toBe(
      'manifest.json: the buttons of group IndicatorChecker.Group is ["IndicatorChecker.ClearMarks","IndicatorChecker.ShowPane","IndicatorChecker.CheckSheet"] here but ["IndicatorChecker.CheckSheet","IndicatorChecker.ShowPane","IndicatorChecker.ClearMarks"] in manifest.xml',
    );
  });

  test('a missing or unknown translation', () => {
    expect(errorsOf({ en: (l) => delete l[`${GROUP}.controls[1].supertip.description`] })).toEqual([
      `localization/en-us.json: no en-us text for ${GROUP}.controls[1].supertip.description`,
      expect.stringMatching(/supertip\.description of button IndicatorChecker\.ShowPane \(en-us\) is "打开审核面板/),
    ]);
    expect(errorsOf({ en: (l) => (l[`${GROUP}.controls[3].label`] = 'Extra') })).toEqual([
      `localization/en-us.json: translates ${GROUP}.controls[3].label, which the manifest does not have`,
    ]);
    expect(errorsOf({ en: (l) => (l['name.shrt'] = 'x') })).toEqual([
      'localization/en-us.json: schema: (root) must NOT have additional properties "name.shrt"',
      'localization/en-us.json: translates name.shrt, which the manifest does not have',
    ]);
  });

  test('an action that does not exist, and one that is not a function name', () => {
    expect(
      errorsOf({ json: (m) => (m.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].actionId = 'checkSheet') }),
    ).toEqual([
      'manifest.json: actionId "checkSheet" names no action of any runtime',
      expect.stringMatching(/the action of button IndicatorChecker\.CheckSheet/),
    ]);
    const r = validateUnifiedManifest(
      inTempRepo({ json: (m) => m.extensions[0].runtimes[1].actions.push({ id: 'run-all', type: 'executeFunction' }) }),
    );
    expect(r.errors).toEqual([
      'manifest.json: executeFunction action "run-all" is not a JavaScript identifier (the name given to Office.actions.associate)',
    ]);
    expect(r.warnings).toEqual(['manifest.json: action "run-all" is never used']);
  });

  test('icons: wrong size, missing file, outside the package', () => {
    const file = inTempRepo();
    fs.copyFileSync(path.join(ROOT, 'assets', 'icon-64.png'), path.join(path.dirname(file), 'assets', 'icon-192.png'));
    expect(validateUnifiedManifest(file).errors).toEqual([
      'manifest.json: icons.color: assets/icon-192.png is 64×64, expected 192×192',
    ]);
    expect(errorsOf({ json: (m) => (m.icons.outline = 'assets/none.png') })).toEqual([
      'manifest.json: icons.outline: assets/none.png does not exist',
    ]);
    expect(errorsOf({ json: (m) => (m.icons.outline = '../outline.png') })).toEqual([
      'manifest.json: icons.outline must be a relative path inside the app package: "../outline.png"',
    ]);
  });

  test('a plain http URL', () => {
    const errors = errorsOf({
      json: (m) => (m.developer.privacyUrl = 'http://localhost:3000/assets/about.html#privacy'),
    });
    expect(errors).toEqual([
      'manifest.json: developer.privacyUrl: http://localhost:3000/assets/about.html#privacy is not an https URL (Office loads add-in files over SSL only)',
    ]);
  });

  test('$schema and manifestVersion that do not go together, or a version without a shipped schema', () => {
    expect(errorsOf({ json: (m) => (m.$schema = schemaFor('1.17').url) })).toEqual([
      expect.stringMatching(
        /^manifest\.json: \$schema is ".*v1\.17\/MicrosoftTeams\.schema\.json"; manifestVersion 1\.30 goes with/,
      ),
    ]);
    expect(errorsOf({ json: (m) => (m.manifestVersion = '9.99') })).toEqual([
      expect.stringMatching(
        /^manifest\.json: manifestVersion 9\.99 has no schema in @microsoft\/app-manifest \(it ships .*1\.30/,
      ),
    ]);
  });

  test('not JSON at all', () => {
    const file = inTempRepo();
    fs.writeFileSync(file, '{ "id": ');
    expect(validateUnifiedManifest(file).errors).toEqual([expect.stringMatching(/^manifest\.json: not valid JSON: /)]);
  });
});

describe('npm run validate (the CLI) checks both manifests', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'validate-manifest.ts'), ...args],
      {
        encoding: 'utf8',
        cwd: ROOT,
      },
    );

  test('exit 0 with a line for each', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/manifest\.xml: 有效 \/ valid/);
    expect(r.stdout).toMatch(/manifest\.json: 有效 \/ valid \(JSON schema 1\.30, agrees with manifest\.xml\)/);
  });

  test('exit 1 with the errors on a broken manifest.json', () => {
    const file = inTempRepo({ en: (l) => (l[`${GROUP}.label`] = 'Review') });
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'label of group IndicatorChecker.Group (en-us) is "Review" here but "Performance Review" in manifest.xml',
    );
    expect(r.stderr).toMatch(/manifest\.json: 无效 \/ invalid \(1 errors\)/);
    // --xml names the XML manifest to compare with.
    const other = path.join(path.dirname(file), 'other.xml');
    fs.writeFileSync(other, xml.replace('Value="Performance Review"', 'Value="Review"'));
    expect(run(file, '--xml', other).status).toBe(0);
  });
});

describe('the unified manifest icons', () => {
  test('assets/icon-outline-32.png is what scripts/make-icons.ts draws: white on transparent, 32×32', () => {
    expect(fs.readFileSync(path.join(ROOT, 'assets', OUTLINE_ICON.file)).equals(outlineIconPng())).toBe(true);
    const rgba = renderIcon(OUTLINE_ICON.size, true);
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) continue;
      opaque++;
      expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(rgba[3]).toBe(0); // a transparent corner
    expect(opaque).toBeGreaterThan(200);
  });
});
