// Fake workbooks at scale for the Excel host's round-trip tests and bench: a flat export of seed-style indicator rows.

import type { Finding } from '../../../src/core/model';
import { FakeWorkbookDoc } from './fake-excel';

export const FLAT_SHEET = '绩效目标表';

/** Indicator rows as seed 001 (天津市社会保险基金管理中心) and seed 000 lay them out. */
const ROWS: Array<[string, string, string, string, string | number, string]> = [
  ['社保经办大厅运转经费', '产出指标', '质量指标', '物业服务验收合格率', '100百分比', ''],
  ['社保经办大厅运转经费', '产出指标', '质量指标', '电气电路及空调机组正常运转率', '100百分比', ''],
  ['社保经办大厅运转经费', '产出指标', '成本指标', '保安服务费用', '≤753万元', ''],
  ['社保经办大厅运转经费', '产出指标', '成本指标', '电工及空调机组服务费用', '≤279万元', ''],
  ['劳动能力鉴定费用', '产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
  ['劳动能力鉴定费用', '产出', '时效指标', '管理任务按时完成', '按时', ''],
  ['劳动能力鉴定费用', '效果', '社会效益', '保障职工权益', '是', ''],
  ['劳动能力鉴定费用', '效果', '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
];

const HEADER = ['项目名称', '一级指标', '二级指标', '三级指标', '指标值', '计量单位'];

/** A flat export: a header row and `rows` indicator rows (A:F). */
export function flatExportDoc(rows: number, api = '1.18'): FakeWorkbookDoc {
  const doc = new FakeWorkbookDoc(api);
  const sheet = doc.addSheet(FLAT_SHEET);
  HEADER.forEach((h, c) => sheet.cells.set(`1,${c + 1}`, { value: h }));
  for (let i = 0; i < rows; i++) {
    const src = ROWS[i % ROWS.length];
    src.forEach((v, c) => {
      if (v !== '')
        sheet.cells.set(`${i + 2},${c + 1}`, { value: c === 0 ? `${v}（${Math.floor(i / ROWS.length) + 1}）` : v });
    });
  }
  doc.selection = { sheet: FLAT_SHEET, area: { top: 1, left: 1, bottom: 1, right: 1 } };
  return doc;
}

/** `count` findings on the 指标值 column (E) of the first `count` indicator rows, in the rules' wording. */
export function flatFindings(count: number): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const src = ROWS[i % ROWS.length];
    out.push({
      ruleId: 'vague-target',
      severity: i % 3 === 0 ? 'error' : 'warning',
      sheet: FLAT_SHEET,
      cell: `E${i + 2}`,
      related: [],
      message: `“${src[3]}”的指标值“${src[4]}”无法衡量，请写明可衡量的标准`,
      messageId: 'vague-target',
      data: {},
    });
  }
  return out;
}
