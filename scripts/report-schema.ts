// `npm run schema`: writes docs/report.schema.json, the JSON Schema of the CLI's --json report, from the zod model
// (src/core/model.ts ReportSchema) — the schema is generated, never edited by hand. `--check` only compares and
// exits 1 when the file is stale (test/cli/report-schema.test.ts does the same).

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { ReportSchema } from '../src/core/model';

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'docs', 'report.schema.json');

/** The report's JSON Schema (draft 2020-12), as the text written to docs/report.schema.json. */
export function reportSchemaText(): string {
  const generated = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
  const schema = {
    $schema: generated.$schema,
    $id: 'https://github.com/indicator-checker/indicator-checker/docs/report.schema.json',
    title: 'indicator-checker --json report',
    description:
      '指标审核命令行 --json 输出的报告（见 docs/cli.md）。由 scripts/report-schema.ts 从 src/core/model.ts 的 ReportSchema 生成，请勿手改。 / ' +
      "The report indicator-checker prints with --json (see docs/cli.md). Generated from src/core/model.ts's ReportSchema by scripts/report-schema.ts; do not edit.",
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const text = reportSchemaText();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing: stale
    }
    if (current === text) return 0;
    process.stderr.write(
      `${path.relative(process.cwd(), SCHEMA_FILE)} 已过期，请运行 npm run schema / is stale: run npm run schema\n`,
    );
    return 1;
  }
  writeFileSync(SCHEMA_FILE, text);
  process.stdout.write(`${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
