// Golden test, seed 003: 州社会保险服务中心's department-wide form with an operator column (指标值类型) and a unit column
// under the merged *指标值 header. The 年度履职目标 / 年度主要任务 / 预算情况 blocks are not tables (the same blocks
// alone on a sheet are checked in variants.test.ts).
// Every expectation below is written by hand from shared/seeds/003_bc3c6be27c973c90.txt, rebuilt by meaning.

import { L1, L2 } from '../../src/core/categories';
import { seed003 } from '../fixtures/layouts';
import { describeGolden, q, qual, type TableExpectation } from './helpers';

const INPUT = L1.input;
const OUT = L1.output;
const BEN = L1.benefit;

const tables: TableExpectation[] = [
  {
    sheet: '整体绩效目标申报表',
    range: 'A1:H38',
    headerRow: 17,
    kind: 'department',
    // A department form has no 项目名称; the department is the implementer.
    name: null,
    implementer: '州社会保险服务中心',
    budget: 327.89,
    fiscal: 327.89,
    other: 0,
    period: null,
    year: 2022,
    nameColumn: 'C',
    annual: [
      // 二级 assessed on their own row: their cell spans the 三级 column, so the name reads the same text.
      [18, INPUT, L2.relevance, '年度履职目标相关性', qual()],
      [19, INPUT, L2.taskScience, '工作任务科学性', qual()],
      [20, INPUT, L2.indicatorReason, '绩效指标合理性', qual()],
      [22, INPUT, L2.budgetFinance, '预算编制完整性', qual()],
      [23, INPUT, L2.budgetFinance, '专项资金细化率', q('≥', 90, '%')],
      [24, INPUT, L2.budgetFinance, '预算执行率', q('≥', 90, '%')],
      [25, INPUT, L2.budgetFinance, '结转结余率', q('≤', 30, '%')],
      // The seed's row with only "20 %": no name, no operator.
      [26, INPUT, L2.budgetFinance, '', q(null, 20, '%')],
      [27, INPUT, L2.budgetFinance, '资产管理规范性', qual()],
      [28, INPUT, L2.budgetFinance, '绩效自评完成率', q('=', 100, '%')],
      [29, INPUT, L2.budgetFinance, '部门绩效评价完成率', q('=', 100, '%')],
      [30, INPUT, L2.budgetFinance, '评价结果应用率', q('=', 100, '%')],
      // The seed's own errors: ≥ 100 % on bounded rates, ≤ 95 % on satisfaction.
      [32, OUT, L2.keyTasks, '养老保险待遇社会化发放率', q('≥', 100, '%')],
      [34, OUT, L2.goalAchieved, '社保基金安全完整率', q('≥', 100, '%')],
      [36, BEN, L2.dutyBenefit, '社保业务经办及时完成率', q('≥', 95, '%')],
      // The 满意度 二级 row carries its own target and no 三级 name; 满意度 as a 二级 is 服务对象满意度.
      [37, BEN, L2.satisfaction, '', q('≤', 95, '%')],
      [38, BEN, L2.satisfaction, '参保对象满意率', q('≤', 95, '%')],
    ],
  },
];

describeGolden(seed003, tables);
