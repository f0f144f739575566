// The --json contract (docs/cli.md): docs/report.schema.json is what scripts/report-schema.ts generates from the zod
// model, and the real CLI's output on the samples (and on a batch with every file status, copies and warnings)
// validates against it — with the zod model itself, and with ajv (draft 2020-12) when an ajv v8 is installed.

import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReportSchema } from '../../src/core/model';
import { reportSchemaText, SCHEMA_FILE } from '../../scripts/report-schema';
import { oleFile, seed000Workbook, workbookBytes } from './helpers';
import { buildCli, ROOT, runCli } from './run';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * ajv v8 with draft 2020-12: the top-level node_modules/ajv is v6 (another package's), so the one of
 * @microsoft/app-manifest's own tree is used; null (and said) when there is none.
 */
function ajv2020(): { compile(schema: unknown): Validate } | null {
  try {
    const req = createRequire(require.resolve('@microsoft/app-manifest/package.json'));
    if (!String(req('ajv/package.json').version).startsWith('8.')) return null;
    const mod = req('ajv/dist/2020') as { default?: unknown };
    const Ajv = (mod.default ?? mod) as new (o: Record<string, unknown>) => { compile(schema: unknown): Validate };
    return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  } catch {
    return null;
  }
}

let dir: string;
let validate: Validate | null = null;

/** A report on stdout must be the model exactly (no key the model does not know) and valid under the schema file. */
function expectValid(stdout: string): unknown {
  const raw: unknown = JSON.parse(stdout);
  expect(JSON.parse(JSON.stringify(ReportSchema.parse(raw)))).toEqual(raw);
  if (validate) {
    const ok = validate(raw);
    if (!ok)
      throw new Error(
        `report does not validate against docs/report.schema.json: ${JSON.stringify(validate.errors, null, 2)}`,
      );
  }
  return raw;
}

beforeAll(async () => {
  buildCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-schema-'));
  await fs.mkdir(path.join(dir, 'batch'));
  await fs.writeFile(path.join(dir, 'batch', 'good.xlsx'), await seed000Workbook());
  await fs.writeFile(path.join(dir, 'batch', 'broken.xlsx'), 'not a zip');
  await fs.writeFile(path.join(dir, 'batch', 'old.xls'), oleFile(false));
  await fs.writeFile(
    path.join(dir, 'batch', 'plain.xlsx'),
    await workbookBytes((wb) => (wb.addWorksheet('Sheet1').getCell('A1').value = 'hello')),
  );
  const ajv = ajv2020();
  if (ajv) validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  else console.warn('report-schema.test: no ajv v8 installed; the reports are checked with the zod model only');
}, 120000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('docs/report.schema.json is the schema generated from the zod model (npm run schema)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(reportSchemaText());
});

test('the CLI report on every sample validates, and the samples exercise the self-evaluation fields and table.profile', async () => {
  const r = await runCli(ROOT, ['check', 'samples', '--json']);
  expect(r.code).not.toBe(2);
  const raw = expectValid(r.stdout) as { files: Array<{ tables: Array<Record<string, unknown>> }> };
  const tables = raw.files.flatMap((f) => f.tables);
  const projectKeys = new Set(tables.flatMap((t) => Object.keys(t.project as object)));
  const indicatorKeys = new Set(tables.flatMap((t) => (t.indicators as object[]).flatMap((i) => Object.keys(i))));
  expect(tables.map((t) => t.form)).toContain('self-evaluation');
  expect(tables.every((t) => typeof t.profile === 'string')).toBe(true);
  for (const k of ['executed', 'executionRate', 'totalWeight', 'totalScore']) expect(projectKeys).toContain(k);
  for (const k of ['actual', 'weight', 'score', 'deviation']) expect(indicatorKeys).toContain(k);
});

test('a batch with every file status, annotated copies, warnings and the summary counts validates', async () => {
  await fs.mkdir(path.join(dir, 'out'), { recursive: true });
  await fs.writeFile(path.join(dir, 'out', 'good.xlsx'), 'somebody else’s file');
  const r = await runCli(dir, ['check', 'batch', 'missing.xlsx', '--json', '--out', 'out', '--lang', 'en-US']);
  expect(r.code).toBe(1);
  const raw = expectValid(r.stdout) as {
    files: Array<{ status: string; output?: string; warnings?: unknown[] }>;
    summary: Record<string, number>;
  };
  expect(raw.files.map((f) => f.status).sort()).toEqual([
    'checked',
    'no-table',
    'unreadable',
    'unreadable',
    'unreadable',
  ]);
  expect(raw.files.some((f) => f.output && f.warnings?.length)).toBe(true);
  expect(raw.summary.unchecked).toBe(1);
  expect(raw.summary.unreadable).toBe(3);
  const cleared = await runCli(dir, ['clear', path.join('out', 'good (2).xlsx'), '--json', '--out', 'cleared']);
  expectValid(cleared.stdout);
});
