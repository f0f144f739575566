// Category vocabulary: every alias of rules.md and of the seed forms maps to its canonical 一级/二级.
import {
  canonicalLevel1,
  canonicalLevel2,
  isGroupingLevel,
  L1,
  L2,
  LEVEL1_ALIASES,
  LEVEL2_ALIASES,
  normaliseLabel,
  type Level1,
  type Level2,
} from '../../src/core/categories';

describe('canonicalLevel1', () => {
  it.each<[string, Level1]>([
    ['产出指标', L1.output],
    ['产出', L1.output],
    ['项目产出', L1.output],
    ['产出 指标', L1.output],
    ['效益指标', L1.benefit],
    ['效益', L1.benefit],
    ['效果', L1.benefit],
    ['效果指标', L1.benefit],
    ['项目效益', L1.benefit],
    ['满意度指标', L1.satisfaction],
    ['满意度', L1.satisfaction],
    ['社会公众或服务对象满意度指标', L1.satisfaction],
    ['社会公众或服务对象满意度', L1.satisfaction],
    ['社会公众或服务对\n象满意度', L1.satisfaction],
    ['服务对象满意度指标', L1.satisfaction],
    ['成本指标', L1.cost],
    ['成本', L1.cost],
    ['投入管理指标', L1.input],
    ['投入管理', L1.input],
    // layout noise: line breaks, spaces, full-width, numbering, a required-field star
    ['产出\n指标', L1.output],
    ['效益<br>指标', L1.benefit],
    ['一、产出指标', L1.output],
    ['*产出指标', L1.output],
    ['满意度　指标', L1.satisfaction],
    ['产出指标：', L1.output],
  ])('%j → %s', (raw, canonical) => {
    expect(canonicalLevel1(raw)).toBe(canonical);
  });

  it.each(['', '数量指标', '指标', '其他说明', '绩效指标', '年度绩效指标', '产出效益'])('%j is not a 一级', (raw) => {
    expect(canonicalLevel1(raw)).toBeNull();
  });

  it('reads null and undefined as unknown', () => {
    expect(canonicalLevel1(null)).toBeNull();
    expect(canonicalLevel1(undefined)).toBeNull();
  });
});

describe('canonicalLevel2', () => {
  it.each<[string, Level2]>([
    ['数量指标', L2.quantity],
    ['数量', L2.quantity],
    ['质量指标', L2.quality],
    ['质量', L2.quality],
    ['时效指标', L2.timeliness],
    ['时效', L2.timeliness],
    ['成本指标', L2.cost],
    ['成本', L2.cost],
    ['经济效益指标', L2.economic],
    ['经济效益', L2.economic],
    ['社会效益指标', L2.social],
    ['社会效益', L2.social],
    ['生态效益指标', L2.ecological],
    ['生态效益', L2.ecological],
    ['可持续影响指标', L2.sustainable],
    ['可持续影响', L2.sustainable],
    ['可持续发展', L2.sustainable],
    ['服务对象满意度指标', L2.satisfaction],
    ['服务对象满意度', L2.satisfaction],
    ['社会公众或服务对象满意度', L2.satisfaction],
    ['社会公众或服务对\n象满意度', L2.satisfaction],
    ['社会公众或服务对象满意度指标', L2.satisfaction],
    ['服务对象满意 度指标', L2.satisfaction],
    ['满意度', L2.satisfaction],
    ['经济成本指标', L2.economicCost],
    ['社会成本指标', L2.socialCost],
    ['生态环境成本指标', L2.ecoCost],
    ['年度履职目标相关性', L2.relevance],
    ['工作任务科学性', L2.taskScience],
    ['绩效指标合理性', L2.indicatorReason],
    ['预算和财务管理', L2.budgetFinance],
    ['重点工作任务完成', L2.keyTasks],
    ['履职目标实现', L2.goalAchieved],
    ['履职效益', L2.dutyBenefit],
    ['数量\n指标', L2.quantity],
    ['＊质量指标', L2.quality],
  ])('%j → %s', (raw, canonical) => {
    expect(canonicalLevel2(raw)).toBe(canonical);
  });

  it.each(['', '产出指标', '项目产出', '劳动能力鉴定人数', '指标', '预算编制完整性'])('%j is not a 二级', (raw) => {
    expect(canonicalLevel2(raw)).toBeNull();
  });

  it('maps every canonical name and every alias key to itself or its canonical', () => {
    for (const name of Object.values(L1)) expect(canonicalLevel1(name)).toBe(name);
    for (const name of Object.values(L2)) expect(canonicalLevel2(name)).toBe(name);
    for (const [key, canonical] of LEVEL1_ALIASES) expect(canonicalLevel1(key)).toBe(canonical);
    for (const [key, canonical] of LEVEL2_ALIASES) expect(canonicalLevel2(key)).toBe(canonical);
  });
});

describe('isGroupingLevel', () => {
  it.each([
    ['项目产出', true],
    ['项目效益', true],
    ['项目 效益', true],
    ['产出', false],
    ['数量指标', false],
    ['', false],
  ])('%j → %s', (raw, expected) => {
    expect(isGroupingLevel(raw as string)).toBe(expected);
  });
});

describe('normaliseLabel', () => {
  it.each([
    ['*三级指标', '三级指标'],
    ['项目资金<br>申请<br>(万元)', '项目资金申请(万元)'],
    ['项目资金\n申请（万元）', '项目资金申请(万元)'],
    ['指标值：', '指标值'],
    ['  计量 单位 ', '计量单位'],
    ['EMS退回率', 'ems退回率'],
    ['其中：财政    资金', '其中:财政资金'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseLabel(raw)).toBe(expected);
  });
});

describe("categories with the form's trailers (corpus: 中江, 奉节, 原州)", () => {
  it.each<[string, string | null, string | null]>([
    ['产出指标(70分)', L1.output, null],
    ['产出指标（50分）', L1.output, null],
    ['成本指标(0-20)分', L1.cost, L2.cost],
    ['效益指标30分', L1.benefit, null],
    ['数量指标(必填硬性指标)', null, L2.quantity],
    ['质量指标(选填)', null, L2.quality],
    ['时效指标(必填)', null, L2.timeliness],
    // Points alone name no category.
    ['(50分)', null, null],
  ])('%j', (raw, l1, l2) => {
    expect([canonicalLevel1(raw), canonicalLevel2(raw)]).toEqual([l1, l2]);
  });
});
