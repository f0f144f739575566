// unit-cost-inconsistent: unit or average cost × its quantity far from the budget, on seed 001's 天津 tables and their variants.

import fc from 'fast-check';
import { parseA1 } from '../../src/core/a1';
import { L1, L2 } from '../../src/core/categories';
import type { Cell } from '../../src/core/grid';
import type { IndicatorTable } from '../../src/core/model';
import { parseTarget } from '../../src/core/parse/target';
import { runRules } from '../../src/core/rules/engine';
import { rules as moneyRules } from '../../src/core/rules/group-money-time';
import { ruleTester } from './tester';

/** A copy of a seed sheet with some cells changed: the one defect (or fix) a variant introduces. */
function edit(grid: Cell[][], changes: Record<string, Cell>): Cell[][] {
  const out = grid.map((r) => [...r]);
  for (const [ref, v] of Object.entries(changes)) {
    const { row, col } = parseA1(ref);
    out[row - 1][col - 1] = v;
  }
  return out;
}

const BLOCK_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'A4:A6', 'C5:E5', 'B6:E6', 'B7:E7'];

// Seed 001, 99.社保卡制卡工本费: a unit cost of 10.65万元 per card for 469483 cards on a 500万元 budget (really 10.65 元).
const CARD: Cell[][] = [
  ['99.社保卡制卡工本费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保卡制卡工本费', null, null, null],
  ['预算规模及资金用途', '预算数', 500, '其中：财政资金', 500],
  [null, '其他资金', null, null, null],
  [null, '保障社保卡制卡工本费正常结算，并延续推进社保卡供卡服务。', null, null, null],
  ['绩效目标', '1.保障社保卡制卡工本费正常结算，并延续推进社保卡供卡服务。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '保障社保卡正常供应', '保障社保卡正常供应', '保障社保卡正常供应，卡片质量满足使用要求'],
  [null, '成本指标', '社保卡制卡工本费', '社保卡制卡单位平均成本', '10.65万元'],
  [null, '数量指标', '社保卡片数量', '社保卡片数量', '469483张'],
  [null, '时效指标', '社保卡制卡费用支付时效', '社保卡制卡费用支付时效', '2023年6月底前支付工本费欠款'],
  ['效益指标', '社会效益指标', '申报社保卡人员待遇享受', '申报社保卡人员待遇享受', '保障社保社保卡人员依法及时享受社保待遇，提升百姓用卡体验'],
  [null, '可持续影响指标', '社保卡可持续使用年限', '社保卡可持续使用年限', '无人为因素损坏的情况下可持续使用超过5年'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '申报社保卡人员满意度', '≥95百分比'],
];

// Seed 001, 102.社保中心工装制作: 工装单位成本 ≤3000元 × 购置工装数量 ≥30套 = 9 万元 on a 10 万元 budget, consistent.
const UNIFORMS: Cell[][] = [
  ['102.社保中心工装制作绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心工装制作', null, null, null],
  ['预算规模及资金用途', '预算数', 10, '其中：财政资金', 10],
  [null, '其他资金', null, null, null],
  [null, '制作统一标准的经办工装，提升经办窗口形象，规范社保服务水平。', null, null, null],
  ['绩效目标', '1.通过订制统一标准的经办工装，持续提升经办窗口形象，规范社保服务标准化。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '产品质量合格率', '工装质量情况', '100百分比'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '工装单位成本', '≤3000元'],
  [null, '数量指标', '提供产品及服务数量', '购置工装数量', '≥30套'],
  [null, '时效指标', '工装购置资金支出时效', '工装购置资金支出时效', '下半年启动工装采购，年内完成量体验收付款手续'],
  ['效益指标', '可持续影响指标', '产品使用年限', '工装使用年限', '≥3年'],
  ['满意度指标', '服务对象满意度指标', '使用人员满意度', '经办工作人员满意度', '≥95百分比'],
];

// Seed 001, 98.劳动能力鉴定经费: 申请人员人均鉴定成本 ≤500元 × 申请鉴定人数 ≥1800人次 = 90 万元 on an 84.10 万元 budget.
const APPRAISAL: Cell[][] = [
  ['98.劳动能力鉴定经费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '劳动能力鉴定经费', null, null, null],
  ['预算规模及资金用途', '预算数', 84.1, '其中：财政资金', 84.1],
  [null, '其他资金', null, null, null],
  [null, '组织医学专家对申请人伤病情况进行确认，确保申请人享受相关待遇。', null, null, null],
  ['绩效目标', '1.按照文件规定，组织医学专家对申请人伤病情况进行确认，确保申请人享受相关待遇。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '申请鉴定人数完成率', '申请鉴定人数完成率', '100百分比'],
  [null, '成本指标', '申请人员人均鉴定成本', '申请人员人均鉴定成本', '≤500元'],
  [null, '数量指标', '申请鉴定人数', '申请鉴定人数', '≥1800人次'],
  [null, '时效指标', '项目资金支出时效', '项目资金支出时效', '上半年按鉴定场地租赁协议支付费用，鉴定评审费按照实际鉴定情况据实支付。'],
  ['效益指标', '社会效益指标', '组织鉴定出具结论', '及时组织鉴定出具鉴定结论', '符合条件人员及时享受政策'],
  ['满意度指标', '服务对象满意度指标', '鉴定对象满意度', '鉴定对象满意度', '≥95百分比'],
];

// Seed 001, 97.社保经办大厅运转经费: total costs only (753 + 279 + 292), no unit cost at all.
const HALL: Cell[][] = [
  ['97.社保经办大厅运转经费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保经办大厅运转经费', null, null, null],
  ['预算规模及资金用途', '预算数', 1324, '其中：财政资金', 1324],
  [null, '其他资金', null, null, null],
  [null, '保障系统经办大厅区域安全保卫、电器电路等正常运转及部分分中心物业管理费。', null, null, null],
  ['绩效目标', '1.保障中心系统各业务经办大厅、业务辅助办公区域安全保卫、电气电路、空调系统正常运转。\n2.保障河东、红桥、东丽、塘沽分中心物业管理费。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '物业服务验收合格率', '物业服务验收合格率', '100百分比'],
  [null, '质量指标', '电气电路及空调机组正常运转率', '电气电路及空调机组正常运转率', '100百分比'],
  [null, '质量指标', '办公秩序保障率', '办公秩序保障率', '100百分比'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '保安服务费用', '≤753万元'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '电工及空调机组服务费用', '≤279万元'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '物业服务费用', '≤292万元'],
  [null, '数量指标', '服务人数数量', '服务人数数量', '≥180人'],
  [null, '时效指标', '预算资金支出时效', '预算资金支出时效', '按照合同约定时间支付资金，分步骤实施采购验收。'],
  ['效益指标', '社会效益指标', '改善工作环境', '社保经办大厅工作环境改善', '工作环境得到改善，业务经办正常运转'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '社保经办大厅工作人员满意度', '≥95百分比'],
];

const ZAOZHUANG_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'B5:C5', 'E5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'C21:F21'];

// Seed 000, 印刷费用 (four hierarchy columns, a unit column), with its cost line made a unit cost: 印刷单位成本 2 元 × 15000 册 = 3 万元.
const PRINTING: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '印刷费用', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', null, '预算执行单位', '枣庄市社会保险服务中心', null],
  ['项目类型', '新增', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金\n申请（万元）', '3 万元', null, null, null, null],
  ['项目绩效年度目标', null, null, null, null, null],
  ['印刷费包括单位大宗印刷费，以及征缴发放等各种票据的打印耗材费用。', null, null, null, null, null],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '印刷数量', 15000, '册'],
  ['产出', '项目产出', '数量指标', '资料印刷完成率', 100, '%'],
  ['产出', '项目产出', '时效指标', '印刷及时性', '及时', null],
  ['产出', '项目产出', '质量指标', '资料印刷质量合格率', 100, '%'],
  ['产出', '项目产出', '成本指标', '印刷单位成本', 2, '元'],
  ['效果', '项目效益', '社会效益', '有效解决社保处所需印刷品等物质需求', '是', null],
  ['效果', '项目效益', '可持续影响', '印刷业务的完成能够提升各科室的办事效率', '是', null],
  ['效果', '项目效益', '社会公众或服务对象满意度', '办公人员满意度', 100, '%'],
  ['其他说明', null, '预算压减，印刷费减少为 3 万。', null, null, null],
];

ruleTester.run('unit-cost-inconsistent', {
  valid: [
    { name: 'seed 001 工装: ≤3000元 × ≥30套 = 9 万元 on a 10 万元 budget', grid: UNIFORMS, merges: BLOCK_MERGES },
    { name: 'seed 001 社保卡 with the unit cost in 元 (10.65元 × 469483张 ≈ 500 万元)', grid: edit(CARD, { E10: '10.65元' }), merges: BLOCK_MERGES },
    { name: 'seed 001 工装 priced per item (≤3000元/套 × ≥30套)', grid: edit(UNIFORMS, { E10: '≤3000元/套' }), merges: BLOCK_MERGES },
    { name: 'seed 000 印刷费用 with a unit cost in the unit column: 2 元 × 15000 册 = 3 万元', grid: PRINTING, merges: ZAOZHUANG_MERGES },
    { name: 'seed 001 经办大厅: total costs are not unit costs', grid: HALL, merges: BLOCK_MERGES },
    {
      name: 'seed 001 社保卡 with no quantity of cards to price (nothing to multiply)',
      grid: edit(CARD, { B11: null, C11: null, D11: null, E11: null }),
      merges: BLOCK_MERGES,
    },
    { name: 'a department-wide review leaves project money alone', grid: CARD, merges: BLOCK_MERGES, profile: 'department' },
    {
      name: 'seed 001 工装 with a 5 % unit-cost floor configured: 9 of 10 万元 still fits',
      grid: UNIFORMS,
      merges: BLOCK_MERGES,
      config: { thresholds: { unitCostLowRatio: 0.05 } },
    },
  ],
  invalid: [
    {
      name: 'seed 001 社保卡: 10.65万元 per card × 469483张 is 5 million 万元 on a 500 万元 budget (really 10.65 元)',
      grid: CARD,
      merges: BLOCK_MERGES,
      errors: [
        {
          messageId: 'overUnit',
          cell: 'E10',
          related: ['E11', 'C4'],
          message: '“社保卡制卡单位平均成本”10.65万元 × “社保卡片数量”469483张 = 4999993.95 万元，远超项目预算 500 万元；单位成本的单位应是“元”，即“10.65元”，合计 500 万元',
        },
      ],
    },
    {
      name: 'seed 001 劳动能力鉴定: ≤500元 × ≥1800人次 = 90 万元, above the 84.1 万元 budget',
      grid: APPRAISAL,
      merges: BLOCK_MERGES,
      errors: [{ messageId: 'over', cell: 'E10', message: '= 90 万元，超过项目预算 84.1 万元；按预算，单位成本应不高于“467.22元”' }],
    },
    {
      name: 'seed 001 工装 variant: 40 sets instead of 30 (3000元 × 40 = 12 万元 > 10)',
      grid: edit(UNIFORMS, { E11: '≥40套' }),
      merges: BLOCK_MERGES,
      errors: [{ messageId: 'over', cell: 'E10', related: ['E11', 'C4'], message: '“工装单位成本”≤3000元 × “购置工装数量”≥40套 = 12 万元，超过项目预算 10 万元；按预算，单位成本应不高于“2500元”' }],
    },
    {
      name: 'seed 001 工装 variant: unit cost written in 万元 (≤3000万元)',
      grid: edit(UNIFORMS, { E10: '≤3000万元' }),
      merges: BLOCK_MERGES,
      errors: [{ messageId: 'overUnit', cell: 'E10', message: '即“≤3000元”，合计 9 万元' }],
    },
    {
      name: 'seed 000 印刷费用 variant: the unit column says 万元 for a 2 元 unit cost',
      grid: edit(PRINTING, { F17: '万元' }),
      merges: ZAOZHUANG_MERGES,
      errors: [{ messageId: 'overUnit', cell: 'E17', related: ['E13', 'B8'], message: '单位成本的单位应是“元”，即“2元”，合计 3 万元' }],
    },
    {
      name: 'seed 001 工装 variant: ≤3元 per set is 0.09 % of the budget',
      grid: edit(UNIFORMS, { E10: '≤3元' }),
      merges: BLOCK_MERGES,
      errors: [{ messageId: 'under', cell: 'E10', message: '仅为项目预算 10 万元的 0.09%' }],
    },
    {
      name: 'seed 001 社保卡 variant: 0.05元 per card comes to 0.47 % of the budget',
      grid: edit(CARD, { E10: '0.05元' }),
      merges: BLOCK_MERGES,
      errors: [{ messageId: 'under', cell: 'E10', message: '“社保卡制卡单位平均成本”0.05元 × “社保卡片数量”469483张 = 2.35 万元，仅为项目预算 500 万元的 0.47%' }],
    },
    {
      name: 'seed 001 工装 variant: a per-set cost written in 元 meant as 万元 (0.3元 × 30 → 0.3万元 × 30 = 9)',
      grid: edit(UNIFORMS, { E10: '≤0.3元' }),
      merges: BLOCK_MERGES,
      errors: [{ messageId: 'underUnit', cell: 'E10', message: '即“≤0.3万元”，合计 9 万元' }],
    },
  ],
});

// The money and consistency rules share util/money.ts; none may throw on any table detection can produce.
describe('money and consistency rules on arbitrary tables', () => {
  const WORDS = ['社保卡制卡单位平均成本', '社保卡片数量', '工装单位成本', '购置工装数量', '项目总成本', '人均鉴定成本', '申请鉴定人数', '', '举办退休人员文体活动', '采购硬件设备数量'];
  const RAWS = ['10.65万元', '469483张', '≤3000元', '≥30套', '项目总成本90万元', '≤3元/张', '约47万元', '', '较高', '100%', '2021至2023', '-', '……', '0元', '≤0万元', '1e400元'];
  const LEVEL1 = [L1.output, L1.cost, L1.benefit, null];
  const LEVEL2 = [L2.cost, L2.quantity, L2.economicCost, L2.quality, null];
  const money = fc.option(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0)), { nil: null });

  const indicator = fc.record({
    row: fc.integer({ min: 10, max: 14 }),
    set: fc.constantFrom('annual' as const, 'midterm' as const),
    level1: fc.constantFrom(...LEVEL1),
    level2: fc.constantFrom(...LEVEL2),
    name: fc.constantFrom(...WORDS),
    description: fc.option(fc.constantFrom(...WORDS), { nil: null }),
    raw: fc.constantFrom(...RAWS),
    unit: fc.option(fc.constantFrom('万元', '元', '张', '%', '元/张'), { nil: null }),
    standard: fc.option(fc.constantFrom('年度计划', '计划标准', '-', '', '按文件要求'), { nil: null }),
  });

  it('never throw and never leave a placeholder unfilled', () => {
    fc.assert(
      fc.property(
        fc.array(indicator, { maxLength: 8 }),
        fc.record({ budget: money, fiscal: money, other: money, midtermBudget: money, midtermFiscal: money, midtermOther: money }),
        fc.option(fc.constantFrom('枣庄', ''), { nil: null }),
        fc.constantFrom('project' as const, 'department' as const),
        (rows, amounts, name, kind) => {
          const table: IndicatorTable = {
            sheet: 'Sheet1',
            range: 'A1:H20',
            headerRow: 9,
            kind,
            project: { name, period: null, budgetUnit: '万元', ...amounts, cells: {} },
            columns: {},
            indicators: rows.map((r) => ({
              row: r.row,
              set: r.set,
              level1: r.level1,
              level1Raw: r.level1,
              level2: r.level2,
              level2Raw: r.level2,
              name: r.name,
              description: r.description,
              target: parseTarget(r.raw, r.unit),
              unit: r.unit,
              standard: r.standard,
              cells: { name: `D${r.row}`, target: `E${r.row}` },
            })),
          };
          // strict: a throw, an unknown message id or an unfilled placeholder in either language throws here.
          runRules([table], { rules: moneyRules, strict: true, lang: 'en-US' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
