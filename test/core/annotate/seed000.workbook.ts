// Test workbook for the annotation tests: seed 000's 劳动能力鉴定费用 批复表 with merges, a formula, formats, fills,
// a person's notes, plus findings built by hand (annotation must not depend on detection or the rules).

import ExcelJS from 'exceljs';
import type { Finding } from '../../../src/core/model';

export const SHEET = '批复表';
export const OTHER_SHEET = '说明';

const yellow: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
const headerFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9D9D9' },
  bgColor: { argb: 'FF000000' },
};
/** A theme colour with a tint: not expressible as '#RRGGBB', so clear must restore it from the exact form. */
// exceljs reads and writes `tint` though its typings leave it out.
const themeFill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { theme: 5, tint: 0.5999938962981048 },
} as ExcelJS.Fill;
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A person's rich-text note on E15, which also gets findings. */
export const PERSON_NOTE_E15: ExcelJS.Comment = {
  texts: [
    { font: { bold: true, size: 9, name: 'Tahoma' }, text: '王会计:' },
    { font: { size: 9, name: 'Tahoma' }, text: '\n按时指 2021-12-31 前完成鉴定结论送达。\n' },
  ],
};
/** A person's plain note on D13 (no finding). */
export const PERSON_NOTE_D13 = '劳动能力鉴定人数按上年实际 1500 人测算';
/** A person's note on an empty, unstyled cell beside the table (exceljs alone would drop it on load). */
export const PERSON_NOTE_G18 = '单位待补充';

export async function buildSeed000(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  const rows: Array<Array<string | number | null>> = [
    ['项目支出绩效目标批复表'],
    ['(2021 年度)'],
    ['申报单位：枣庄市社会保险服务中心'],
    ['项目名称', '劳动能力鉴定费用'],
    ['主管部门', '枣庄市人力资源和社会保障\n保障局', null, '预算执行单位', '枣庄市社会保险服务中心'],
    ['项目类型', '新增'],
    ['项目期限', '2021-01-01 至 2021-12-31'],
    ['项目资金\n申请\n(万元)', 14],
    ['项目绩效年度目标'],
    ['市劳动能力鉴定委员会依法组织开展劳动能力鉴定，并将鉴定结论依法送达至单位及个人。'],
    ['年度绩效指标'],
    ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
    ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
    [null, null, '数量指标', '劳动能力鉴定次数', 4, '次'],
    [null, null, '时效指标', '管理任务按时完成', '按时', null],
    [null, null, '质量指标', '工伤鉴定合格率', 100, '%'],
    [null, null, '成本指标', '劳动能力鉴定费', null, '万元'],
    ['效果', '项目效益', '社会效益', '保障职工权益', '是', null],
    [null, null, '可持续影响', '鉴定给群众带来的可持续影响显著提升', '是', null],
    [null, null, '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
    ['其他说明', '测算依据有变化，预算压减，专家劳务费 14 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元。'],
  ];
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v !== null) ws.getCell(i + 1, c + 1).value = v;
    }),
  );
  for (const m of [
    'A1:F1',
    'A2:F2',
    'A3:F3',
    'B4:F4',
    'B5:C5',
    'E5:F5',
    'B6:F6',
    'B7:F7',
    'B8:F8',
    'A9:F9',
    'A10:F10',
    'A11:F11',
    'A13:A17',
    'B13:B17',
    'A18:A20',
    'B18:B20',
    'B21:F21',
  ]) {
    ws.mergeCells(m);
  }
  // Formula with its cached result: the cost line equals the budget.
  ws.getCell('E17').value = { formula: 'B8', result: 14 } as ExcelJS.CellFormulaValue;
  ws.getCell('B8').numFmt = '0.00';
  ws.getCell('E13').numFmt = '#,##0';
  ws.getCell('E16').numFmt = '0"%"';
  for (let r = 12; r <= 21; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = thin;
  for (let c = 1; c <= 6; c++) {
    ws.getCell(12, c).fill = headerFill;
    ws.getCell(12, c).font = { bold: true };
  }
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A8').alignment = { wrapText: true, vertical: 'middle' };
  // A person highlighted three targets yellow: E13 and E15/E18 share one style after loading.
  for (const a of ['E13', 'E15', 'E18']) ws.getCell(a).fill = yellow;
  ws.getCell('E20').fill = themeFill;
  [14, 16, 16, 34, 10, 10].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getRow(1).height = 28;
  ws.getRow(8).height = 45;
  ws.getRow(10).height = 36;
  ws.getCell('E15').note = PERSON_NOTE_E15;
  ws.getCell('D13').note = PERSON_NOTE_D13;
  ws.getCell('G18').note = PERSON_NOTE_G18;
  await ws.protect('zz2021', { selectLockedCells: true, selectUnlockedCells: true });

  const other = wb.addWorksheet(OTHER_SHEET);
  other.getCell('A1').value =
    '2021 年枣庄市社会保险服务中心项目支出实现绩效目标管理全覆盖，2021 年预算安排的项目 6 个，涉及财政拨款 50 万元。';
  other.getCell('A1').fill = yellow;
  other.getColumn(1).width = 80;

  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function finding(cell: string, ruleId: string, severity: Finding['severity'], message: string): Finding {
  return { ruleId, severity, sheet: SHEET, cell, related: [], message, messageId: ruleId, data: {} };
}

export const FINDINGS: Finding[] = [
  finding('E15', 'timeliness-vague', 'warning', '时效指标“管理任务按时完成”的指标值“按时”没有日期或期限'),
  finding('E15', 'vague-target', 'warning', '指标值“按时”无法衡量，请写明可衡量的标准'),
  finding('E18', 'vague-target', 'warning', '指标值“是”无法衡量，请写明可衡量的标准'),
  finding('E19', 'vague-target', 'warning', '指标值“是”无法衡量，请写明可衡量的标准'),
  finding(
    'E17',
    'cost-sum-differs',
    'info',
    '成本指标合计 14 万元；其他说明列出专家劳务费 14 万元、异地鉴定交通费 1 万、报告邮寄费 2 万元',
  ),
  finding('E20', 'satisfaction-range', 'info', '社会公众满意度 99%：请说明取值依据'),
  // Inside the merged 一级 cell A13:A17: lands on A13.
  finding('A14', 'unknown-level1', 'error', '一级指标“产出”不是本模板的一级指标（应为“产出指标”）'),
  // An empty, unstyled cell.
  finding('F15', 'missing-unit', 'warning', '指标“管理任务按时完成”没有计量单位'),
];

/** The cells the findings end up on (A14 anchored to its merge's top-left). */
export const ANNOTATED = ['A13', 'E15', 'E17', 'E18', 'E19', 'E20', 'F15'];
