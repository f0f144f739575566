// checkGrids end to end: detection, profile choice, every rule, configuration, language, table indices and order.

import { parseA1, parseAreaA1 } from '../../src/core/a1';
import { checkGrids } from '../../src/core/check';
import type { Cell } from '../../src/core/grid';
import { FindingSchema } from '../../src/core/model';
import { buildGrid, edit } from '../rules/tester';

const ZAOZHUANG_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'B5:C5', 'E5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'B21:F21'];

// Seed 000, 劳动能力鉴定费用: four hierarchy columns (一级 | grouping | 二级 | name), 成本 under 产出, 满意度 under 效果.
const APPRAISAL_FEES: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '劳动能力鉴定费用', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', null, '预算执行单位', '枣庄市社会保险服务中心', null],
  ['项目类型', '新增', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金\n申请\n(万元)', '14 万元', null, null, null, null],
  ['项目绩效年度目标', null, null, null, null, null],
  ['市劳动能力鉴定委员会依法组织开展劳动能力鉴定，并将鉴定结论依法送达至单位及个人。', null, null, null, null, null],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
  ['产出', '项目产出', '数量指标', '劳动能力鉴定次数', 4, '次'],
  ['产出', '项目产出', '时效指标', '管理任务按时完成', '按时', null],
  ['产出', '项目产出', '质量指标', '工伤鉴定合格率', 100, '%'],
  ['产出', '项目产出', '成本指标', '劳动能力鉴定费', 14, '万元'],
  ['效果', '项目效益', '社会效益', '保障职工权益', '是', null],
  ['效果', '项目效益', '可持续影响', '鉴定给群众带来的可持续影响显著提升', '是', null],
  ['效果', '项目效益', '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
  ['其他说明', '测算依据有变化，预算压减，专家劳务费 14 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元。', null, null, null, null],
];

const TIANJIN_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'A4:A6', 'C5:E5', 'B6:E6', 'B7:E7'];

// Seed 001, 101.社保中心干部人事档案数字化加工: blank 一级 cells mean "same as above"; 成本 is a 二级 under 产出.
const ARCHIVE: Cell[][] = [
  ['101.社保中心干部人事档案数字化加工绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心干部人事档案数字化加工', null, null, null],
  ['预算规模及资金用途', '预算数', 12.6, '其中：财政资金', 12.6],
  [null, '其他资金', null, null, null],
  [null, '对干部人事档案进行数字化技术规范，保证数字档案的真实性、完整性、可用性和安全性。', null, null, null],
  ['绩效目标', '1.通过第三方开展档案扫描及归档服务，使干部人事档案数字图像达到国家标准，保证档案的真实性、完整性、可用性、安全性，确保数字档案与纸质档案一致。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '加工合格率', '加工合格率', '≥95百分比'],
  [null, '成本指标', '数字化加工总费用', '数字化加工总费用', '≤12.6万元'],
  [null, '数量指标', '数字化加工人次', '数字化加工人次', '≥1260册'],
  [null, '时效指标', '加工资金支出时效', '加工资金支出时效', '常态化开展档案数字化加工工作，2023年底前完成在册档案加工。'],
  ['效益指标', '可持续影响指标', '已完成数字化保存时长', '已完成数字化保存时长', '≥5年'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '购买服务单位满意度', '≥95百分比'],
];

// Seed 001's table rewritten to the 2021 framework, with its year (2023, as the seed document) in the title:
// 成本指标 is a 一级 with 经济成本指标 under it. Nothing here should draw an error or a warning.
const ARCHIVE_2021: Cell[][] = [
  ['101.社保中心干部人事档案数字化加工绩效目标表（2023 年度）', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心干部人事档案数字化加工', null, null, null],
  ['预算规模及资金用途', '预算数', 12.6, '其中：财政资金', 12.6],
  [null, '其他资金', null, null, null],
  [null, '对干部人事档案进行数字化技术规范，保证数字档案的真实性、完整性、可用性和安全性。', null, null, null],
  ['绩效目标', '1.通过第三方开展档案扫描及归档服务，使干部人事档案数字图像达到国家标准，保证档案的真实性、完整性、可用性、安全性，确保数字档案与纸质档案一致。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '加工合格率', '加工合格率', '≥95百分比'],
  [null, '数量指标', '数字化加工人次', '数字化加工人次', '≥1260册'],
  [null, '时效指标', '加工资金支出时效', '加工资金支出时效', '常态化开展档案数字化加工工作，2023年底前完成在册档案加工。'],
  ['效益指标', '可持续影响指标', '已完成数字化保存时长', '已完成数字化保存时长', '≥5年'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '购买服务单位满意度', '≥95百分比'],
  ['成本指标', '经济成本指标', '数字化加工总费用', '数字化加工总费用', '≤12.6万元'],
];

const sheets = () => [
  buildGrid({ sheet: '2021版', grid: ARCHIVE_2021, merges: TIANJIN_MERGES }),
  buildGrid({ sheet: '批复表', grid: APPRAISAL_FEES, merges: ZAOZHUANG_MERGES }),
  buildGrid({ sheet: '天津', grid: edit(ARCHIVE, { C11: '……' }), merges: TIANJIN_MERGES }),
];

function inRange(cell: string, range: string): boolean {
  const { row, col } = parseA1(cell);
  const a = parseAreaA1(range);
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

describe('checkGrids', () => {
  it('finds no error and no warning in a table written to the 2021 guideline', () => {
    const { tables, findings, problems } = checkGrids([sheets()[0]]);
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0].profile).toBe('project-2021');
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('checks several sheets: profiles per table, findings valid, pointing into their table, sorted by sheet, row, column', () => {
    const grids = sheets();
    const { tables, findings, problems } = checkGrids(grids);
    expect(problems).toEqual([]);
    expect(tables.map((t) => [t.sheet, t.profile])).toEqual([
      ['2021版', 'project-2021'],
      ['批复表', 'project-legacy'],
      ['天津', 'project-legacy'],
    ]);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(FindingSchema.safeParse(f).success).toBe(true);
      const t = tables[f.table ?? -1];
      expect(t.sheet).toBe(f.sheet);
      expect(inRange(f.cell, t.range)).toBe(true);
    }
    const order = grids.map((g) => g.sheet);
    const keys = findings.map((f) => [order.indexOf(f.sheet), parseA1(f.cell).row, parseA1(f.cell).col, f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
    expect(keys).toEqual(sorted);
    // The one placeholder on the 天津 sheet, in table 2, at the 三级 cell.
    expect(findings.filter((f) => f.ruleId === 'placeholder').map((f) => [f.sheet, f.cell, f.table, f.severity])).toEqual([['天津', 'C11', 2, 'error']]);
    // Seed 000's 按时 is found on the 批复表 sheet, table 1.
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'timeliness-vague', sheet: '批复表', cell: 'E15', table: 1 }));
  });

  it('writes messages in the requested language', () => {
    const zh = checkGrids([sheets()[2]]).findings.find((f) => f.ruleId === 'placeholder');
    const en = checkGrids([sheets()[2]], { lang: 'en-US' }).findings.find((f) => f.ruleId === 'placeholder');
    expect(zh?.message).toBe('指标名称“……”含占位符“…”，尚未填写完整；请写出具体的指标名称，如“劳动能力鉴定人数”');
    expect(en?.message).toBe('The indicator name "……" still holds the placeholder "…"; write the actual name, e.g. "劳动能力鉴定人数"');
    const configured = checkGrids([sheets()[2]], { config: { lang: 'en-US' } }).findings.find((f) => f.ruleId === 'placeholder');
    expect(configured?.message).toBe(en?.message);
  });

  it('applies configuration: a forced profile, rules switched off or re-graded', () => {
    const forced = checkGrids([sheets()[1]], { config: { profile: 'project-2021' } });
    expect(forced.tables[0].profile).toBe('project-2021');
    expect(forced.findings).toContainEqual(expect.objectContaining({ ruleId: 'level2-not-under-level1', cell: 'C17', messageId: 'costIsLevel1' }));

    const tuned = checkGrids([sheets()[2]], { config: { rules: { placeholder: 'warning', 'missing-project-field': 'off' } } });
    expect(tuned.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.severity)).toEqual(['warning']);
    expect(tuned.findings.some((f) => f.ruleId === 'missing-project-field')).toBe(false);
  });

  it('refuses invalid configuration with a bilingual message naming the key', () => {
    expect(() => checkGrids(sheets(), { config: { rules: { 'no-such-rule': 'error' } } })).toThrow('rules.no-such-rule: 未知规则 / unknown rule');
    expect(() => checkGrids(sheets(), { config: { profiles: 'department' } })).toThrow('profiles: 未知配置项 / unknown key');
  });

  it('returns no tables and no findings for a sheet without an indicator table', () => {
    const empty = buildGrid({ sheet: '说明', grid: [['其他说明', '测算依据有变化，预算压减，预算支出为 5 万元，主要用于印刷服务。']] });
    expect(checkGrids([empty])).toEqual({ tables: [], findings: [], problems: [] });
  });
});
