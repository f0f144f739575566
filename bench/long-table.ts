// One long table (issue 15, case #46): a single project form of N indicator rows, the shape that made the core
// superlinear. The rows of ../shared/repro/foreign-writers/scripts/rows.py (written there with openpyxl), rebuilt
// here so that the project does not depend on that folder: a title, three project fields, the 一级/二级/三级/指标值
// header, then six indicator kinds over and over, each name numbered by its row (培训基层医务人员0期, 培训考核合格率1 …).
// Usage: tsx bench/long-table.ts <out.xlsx> <rows>

import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../src/core/grid';

export const LONG_SHEET = '绩效目标表';

const HEAD: (string | number)[][] = [
  ['项目支出绩效目标表'],
  ['项目名称', '全省基层医疗卫生服务能力提升项目'],
  ['主管部门', '省卫生健康委员会'],
  ['年度资金总额（万元）', 50000],
  ['一级指标', '二级指标', '三级指标', '指标值'],
];

// [一级, 二级, 三级 with %d for the row number, 指标值 or null]: as in rows.py, including its odd targets
// (a pass rate ≥120 %, satisfaction ≤95 %, a benefit without a value).
const KINDS: readonly (readonly [string, string, string, string | null])[] = [
  ['产出指标', '数量指标', '培训基层医务人员%d期', '≥100人次'],
  ['产出指标', '质量指标', '培训考核合格率%d', '≥120%'],
  ['产出指标', '时效指标', '第%d批任务完成时间', '2024年12月底前'],
  ['成本指标', '经济成本指标', '第%d期人均培训成本', '≤1500元/人'],
  ['效益指标', '社会效益指标', '第%d片区服务能力', null],
  ['满意度指标', '服务对象满意度指标', '第%d片区患者满意度', '≤95%'],
];

/** The rows of the sheet, top to bottom (null: an empty cell), with `indicatorRows` indicator rows. */
export function longTableRows(indicatorRows: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = HEAD.map((r) => [...r]);
  for (let i = 0; i < indicatorRows; i++) {
    const [a, b, c, d] = KINDS[i % KINDS.length];
    rows.push([a, b, c.replace('%d', String(i)), d]);
  }
  return rows;
}

export function longTableGrid(indicatorRows: number): Grid {
  const cells: Cell[][] = longTableRows(indicatorRows).map((r) => r.map((v) => (v === null ? null : v)));
  return { sheet: LONG_SHEET, top: 1, left: 1, cells, merges: [] };
}

/** Writes the sheet with exceljs's streaming writer (shared strings, as openpyxl's write-only mode keeps rows). */
export async function writeLongTable(file: string, indicatorRows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet(LONG_SHEET);
  for (const r of longTableRows(indicatorRows)) {
    // openpyxl writes None as no cell at all; exceljs skips null values the same way.
    ws.addRow(r).commit();
  }
  ws.commit();
  await wb.commit();
}

if (require.main === module) {
  const [file, n] = process.argv.slice(2);
  if (!file || !Number.isInteger(Number(n)) || Number(n) < 1) {
    process.stderr.write('usage: tsx bench/long-table.ts <out.xlsx> <rows>\n');
    process.exitCode = 2;
  } else {
    writeLongTable(file, Number(n)).catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
  }
}
