// Excel host round trips: syncs and bytes per run (read, annotate, clear) for sheets of 100 / 10 000 / 100 000 rows.
//
// Runs the real host code against the fake Office.js object model of the tests (test/hosts/excel/fake-excel.ts),
// which enforces the 5 MB payload cap of Excel on the web and counts what each sync carries:
//   requestBytes  — JSON of what the add-in sends (the write batch: fills, comment texts; plus load requests),
//   responseBytes — JSON of what comes back (the values read, fills and comments inspected).
// Sheets are flat exports (项目名称 / 一级 / 二级 / 三级 / 指标值 / 计量单位) with one finding on every fourth row.
// Standalone: `npx tsx bench/excel-roundtrips.ts [rows…]`.

import { excelUnderTest } from '../test/hosts/excel/helpers';
import { flatExportDoc, flatFindings } from '../test/hosts/excel/workbooks';

export interface RunStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  ms: number;
}

export interface ExcelRoundTrip {
  rows: number;
  cells: number;
  findings: number;
  read: RunStats;
  apply: RunStats;
  clear: RunStats;
}

export const DEFAULT_SIZES = [100, 10_000, 100_000];

async function measure(doc: ReturnType<typeof flatExportDoc>, run: () => Promise<unknown>): Promise<RunStats> {
  const { stats } = doc;
  const syncs = stats.syncs;
  const req = stats.requestBytes.length;
  const res = stats.responseBytes.length;
  const t0 = performance.now();
  await run();
  const sum = (a: number[], from: number) => a.slice(from).reduce((n, b) => n + b, 0);
  return {
    syncs: stats.syncs - syncs,
    requestBytes: sum(stats.requestBytes, req),
    responseBytes: sum(stats.responseBytes, res),
    ms: Math.round(performance.now() - t0),
  };
}

/** Syncs and bytes per run for flat-export sheets of the given indicator row counts (comments: ExcelApi 1.13). */
export async function benchExcelRoundTrips(sizes: number[] = DEFAULT_SIZES): Promise<ExcelRoundTrip[]> {
  const out: ExcelRoundTrip[] = [];
  for (const rows of sizes) {
    const doc = flatExportDoc(rows, '1.13');
    const ut = excelUnderTest(doc);
    const findings = flatFindings(Math.ceil(rows / 4)).map((f, i) => ({ ...f, cell: `E${i * 4 + 2}` }));
    const read = await measure(doc, () => ut.host.read('active'));
    const apply = await measure(doc, () => ut.host.annotate(findings));
    const clear = await measure(doc, () => ut.host.clear());
    out.push({ rows, cells: (rows + 1) * 6, findings: findings.length, read, apply, clear });
  }
  return out;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}

export function formatExcelRoundTrips(results: ExcelRoundTrip[]): string {
  const lines = ['rows     findings  run    syncs  sent MB  received MB  ms'];
  for (const r of results) {
    for (const [name, s] of [
      ['read', r.read],
      ['apply', r.apply],
      ['clear', r.clear],
    ] as const) {
      lines.push(
        `${String(r.rows).padEnd(8)} ${String(r.findings).padEnd(9)} ${name.padEnd(6)} ${String(s.syncs).padStart(5)}  ` +
          `${mb(s.requestBytes).padStart(7)}  ${mb(s.responseBytes).padStart(11)}  ${String(s.ms).padStart(5)}`,
      );
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  benchExcelRoundTrips(sizes.length > 0 ? sizes : DEFAULT_SIZES).then(
    (results) => {
      console.log(JSON.stringify(results, null, 2));
      console.log(formatExcelRoundTrips(results));
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
