// Golden test, seed 004: 六安's two projects with 中期 and 年度 indicator groups side by side in one table.
// Every expectation below is written by hand from shared/seeds/004_81dcbea718139097.txt (conventions: seed001.test.ts).

import { L1, L2 } from '../../src/core/categories';
import { seed004 } from '../fixtures/layouts';
import { date, describeGolden, q, qual, text, type IndicatorExpectation, type TableExpectation } from './helpers';

const OUT = L1.output;
const BEN = L1.benefit;
const SAT = L1.satisfaction;

const PROJECT = {
  sheet: '项目支出绩效目标表',
  kind: 'project' as const,
  period: { start: '2021-01-01', end: '2023-12-31' },
  columns: {
    level1: 'B',
    'midterm.level2': 'C',
    'midterm.level3': 'D',
    'midterm.value': 'E',
    level2: 'F',
    level3: 'G',
    value: 'H',
  },
  nameColumn: 'G',
  midtermNameColumn: 'D',
};

/** Rows the two groups share in project 1: [row, 一级, 二级, mid-term name, mid-term target, annual name, annual target]. */
type Pair = [number, string, string, string, ReturnType<typeof q>, string, ReturnType<typeof q>];

function split(pairs: Pair[]): { midterm: IndicatorExpectation[]; annual: IndicatorExpectation[] } {
  return {
    midterm: pairs.map(([row, l1, l2, name, target]) => [row, l1, l2, name, target]),
    annual: pairs.map(([row, l1, l2, , , name, target]) => [row, l1, l2, name, target]),
  };
}

const project1 = split([
  // "53年前/53年后" are years; the one quantity is 704人.
  [12, OUT, L2.quantity, '完成代发项目数', text(704, '人'), '完成代发项目数', text(704, '人')],
  [13, OUT, L2.quality, '各项代发放金额准确率', q(null, 100, '%'), '各项代发放金额准确率', q(null, 100, '%')],
  [14, OUT, L2.timeliness, '各项代发及时性', date(null), '各项代发及时性', date(null)],
  // "预算2021年还需金额约21万元": 2021年 is a year; the quantity is 约21万元.
  [
    15,
    OUT,
    L2.cost,
    '未参保集体企业生活补助全年发放金额',
    text(21, '万元'),
    '未参保集体企业生活补助全年发放金额',
    text(21, '万元'),
  ],
  [16, OUT, L2.cost, '完成各项代发所需办公成本', text(12, '万元'), '完成各项代发所需办公成本', text(12, '万元')],
  [17, BEN, L2.economic, '社会代发无经济效益', text(), '社会代发无经济效益', text()],
  // The seed's own wording differs between the groups on this row (工作正常开展的影响或改善情况 vs 正常开展的影响或提升程度).
  [
    18,
    BEN,
    L2.social,
    '对保障各项业务工作正常开展的影响或改善情况',
    qual(),
    '对保障各项业务正常开展的影响或提升程度',
    qual(),
  ],
  [
    19,
    BEN,
    L2.social,
    '对单位履职、促进事业发展的影响或提升程度',
    qual(),
    '对单位履职、促进事业发展的影响或提升程度',
    qual(),
  ],
  [
    20,
    BEN,
    L2.sustainable,
    '对促进国民经济发展规划,落实党委政府决策的持续影响程度',
    qual(),
    '对促进国民经济发展规划,落实党委政府决策的持续影响程度',
    qual(),
  ],
  [
    21,
    BEN,
    L2.sustainable,
    '对单位履职、促进事业发展的持续影响程度',
    qual(),
    '对单位履职、促进事业发展的持续影响程度',
    qual(),
  ],
  [
    22,
    BEN,
    L2.sustainable,
    '对保障机构持续稳定运转、持续发挥职能的影响程度',
    qual(),
    '对保障机构持续稳定运转、持续发挥职能的影响程度',
    qual(),
  ],
  [23, SAT, L2.satisfaction, '服务对象满意度', q(null, 100, '%'), '服务对象满意度', q(null, 100, '%')],
]);

const project2 = split([
  [34, OUT, L2.quantity, '培训场次', text(1, '次'), '培训场次', text(1, '次')],
  [35, OUT, L2.quantity, '异地退管服务次数', text(6, '次'), '异地退管服务次数', text(6, '次')],
  [36, OUT, L2.quantity, '培训人次', text(100, '人'), '培训人次', text(100, '人')],
  [
    37,
    OUT,
    L2.quantity,
    '拨付金安区、裕安区退管服务经费金额',
    text(47, '万元'),
    '拨付金安区、裕安区退管服务经费金额',
    text(47, '万元'),
  ],
  // The seed's own errors: the annual name is another row's, and the mid-term count 10 has no unit.
  [38, OUT, L2.quantity, '举办退休人员文体活动', text(5, '场'), '采购硬件设备数量', text(5, '场')],
  [39, OUT, L2.quantity, '采购硬件设备数量', q(null, 10, null), '采购硬件设备数量', text(10, '套')],
  [40, OUT, L2.quality, '资格认证率', q('≥', 90, '%'), '资格认证率', text(90, '%')],
  [41, OUT, L2.quality, '经费支出合规性', text(), '经费支出合规性', qual()],
  [42, OUT, L2.timeliness, '退休人员文体活动活动完成时间', date(), '退休人员文体活动活动完成时间', date()],
  [43, OUT, L2.timeliness, '培训完成时间', date(), '活动计划完成时间', date()],
  [44, OUT, L2.cost, '项目总成本', text(90, '万元'), '项目总成本', text(90, '万元')],
  // Two quantities each (10套 and 约5万元; 3人 and 约9.99万元): no single value.
  [45, OUT, L2.cost, '采购硬件设备成本', text(), '采购硬件设备成本', text()],
  [46, OUT, L2.cost, '档案整理及数据整理购买劳务成本', text(), '档案整理及数据整理购买劳务成本', text()],
  [47, BEN, L2.economic, '退休人员社会化管理服务无经济效益', text(), '退休人员社会化管理服务无经济效益', text()],
  [
    48,
    BEN,
    L2.social,
    '对保障各项业务正常开展的影响或提升程度',
    qual(),
    '对保障各项业务正常开展的影响或提升程度',
    qual(),
  ],
  [
    49,
    BEN,
    L2.social,
    '对单位履职、促进事业发展的影响或提升程度',
    qual(),
    '对单位履职、促进事业发展的影响或提升程度',
    qual(),
  ],
  [
    50,
    BEN,
    L2.sustainable,
    '对促进国民经济发展规划,落实党委政府决策的持续影响程度',
    qual(),
    '对促进国民经济发展规划,落实党委政府决策的持续影响程度',
    qual(),
  ],
  [
    51,
    BEN,
    L2.sustainable,
    '设备的投入运行对行业管理水平的持续影响程度',
    qual(),
    '设备的投入运行对行业管理水平的持续影响程度',
    qual(),
  ],
  [
    52,
    BEN,
    L2.sustainable,
    '对保障机构持续稳定运转、持续发挥职能的影响程度',
    qual(),
    '对保障机构持续稳定运转、持续发挥职能的影响程度',
    qual(),
  ],
  [
    53,
    BEN,
    L2.sustainable,
    '对单位履职、促进事业发展的持续影响程度',
    qual(),
    '对单位履职、促进事业发展的持续影响程度',
    qual(),
  ],
  [54, SAT, L2.satisfaction, '服务对象满意度', q(null, 100, '%'), '服务对象满意度', q(null, 100, '%')],
]);

const tables: TableExpectation[] = [
  {
    ...PROJECT,
    range: 'A1:H23',
    headerRow: 11,
    name: '养老保险专项业务经费',
    // The seed leaves 年度资金总额 and its 财政拨款 blank for this project; only the mid-term total is given.
    budget: null,
    fiscal: null,
    midtermBudget: 103,
    year: 2021,
    ...project1,
  },
  {
    ...PROJECT,
    range: 'A25:H54',
    headerRow: 33,
    name: '企业退休人员社会化管理服务',
    budget: 90,
    fiscal: 90,
    midtermBudget: 294,
    ...project2,
  },
];

describeGolden(seed004, tables);
