// Golden test, layout variants built from seed tables: two-row merged header, title row only, blank spacer rows with
// an offset origin, header wording variants, and a sheet with only a department's 年度履职目标 block (no table).

import { L1, L2 } from '../../src/core/categories';
import { variants } from '../fixtures/layouts';
import { date, describeGolden, q, qual, text, type TableExpectation } from './helpers';

const OUT = L1.output;
const BEN = L1.benefit;
const SAT = L1.satisfaction;

const tables: TableExpectation[] = [
  {
    // Seed 001 #102 with 绩效指标 merged over 一级/二级/三级 in row 9 and those words in row 10.
    sheet: '两行表头',
    range: 'A1:E16',
    headerRow: 10,
    headerRows: [9, 10],
    kind: 'project',
    name: '社保中心工装制作',
    budget: 10,
    fiscal: 10,
    period: null,
    nameColumn: 'C',
    annual: [
      [11, OUT, L2.quality, '产品质量合格率', q(null, 100, '%')],
      [12, OUT, L2.cost, '提供产品及服务所需成本的控制情况', q('≤', 3000, '元')],
      [13, OUT, L2.quantity, '提供产品及服务数量', q('≥', 30, '套')],
      [14, OUT, L2.timeliness, '工装购置资金支出时效', text()],
      [15, BEN, L2.sustainable, '产品使用年限', q('≥', 3, '年')],
      [16, SAT, L2.satisfaction, '使用人员满意度', q('≥', 95, '%')],
    ],
  },
  {
    // Seed 001 #105 with its title directly above the header and no project block.
    sheet: '标题行',
    range: 'A1:E8',
    headerRow: 2,
    kind: 'project',
    title: '105.社保中心宣传费绩效目标表',
    name: null,
    budget: null,
    period: null,
    nameColumn: 'C',
    annual: [
      [3, OUT, L2.quantity, '发布信息数量', q('≥', 800, '篇次')],
      [4, OUT, L2.quality, '信息发布质量及保密要求', text(20, '%')],
      [5, OUT, L2.timeliness, '发布时效', date()],
      [6, OUT, L2.cost, '图文排版及运行维护经费', q('≤', 78, '万元')],
      [7, BEN, L2.social, '关注人数', text()],
      [8, SAT, L2.satisfaction, '用户满意度', q('≥', 90, '%')],
    ],
  },
  {
    // Seed 000 印刷费用 starting at B3, blank rows after the goal, after the header and between 产出 and 效果.
    sheet: '空行',
    range: 'B3:G25',
    headerRow: 15,
    kind: 'project',
    name: '印刷费用',
    budget: 3,
    period: { start: '2021-01-01', end: '2021-12-31' },
    levels: 4,
    grouping: { [OUT]: '项目产出', [BEN]: '项目效益' },
    nameColumn: 'E',
    annual: [
      [17, OUT, L2.quantity, '印刷数量', q(null, 15000, '册')],
      [18, OUT, L2.quantity, '资料印刷完成率', q(null, 100, '%')],
      [19, OUT, L2.timeliness, '印刷及时性', qual()],
      [20, OUT, L2.quality, '资料印刷质量合格率', q(null, 100, '%')],
      [21, OUT, L2.cost, '材料印刷费经费', q(null, 3, '万元')],
      [23, BEN, L2.social, '有效解决社保处所需印刷品等物质需求', qual()],
      [24, BEN, L2.sustainable, '印刷业务的完成能够提升各科室的办事效率', qual()],
      [25, BEN, L2.satisfaction, '办公人员满意度', q(null, 100, '%')],
    ],
  },
  {
    // Seed 001 #101 with 指标名称 / 指标性质 / 目标值 / 度量单位.
    sheet: '表头用词一',
    range: 'A1:G12',
    headerRow: 6,
    kind: 'project',
    name: '社保中心干部人事档案数字化加工',
    budget: 12.6,
    fiscal: 12.6,
    period: null,
    nameColumn: 'C',
    annual: [
      [7, OUT, L2.quality, '加工合格率', q('≥', 95, '%')],
      [8, OUT, L2.cost, '数字化加工总费用', q('≤', 12.6, '万元')],
      [9, OUT, L2.quantity, '数字化加工人次', q('≥', 1260, '册')],
      [10, OUT, L2.timeliness, '加工资金支出时效', text()],
      [11, BEN, L2.sustainable, '已完成数字化保存时长', q('≥', 5, '年')],
      [12, SAT, L2.satisfaction, '服务对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    // Seed 001 #98 with 绩效指标 / 年度指标值 / 单位: "≤500" in the value, 元 in the unit column.
    sheet: '表头用词二',
    range: 'A1:E11',
    headerRow: 5,
    kind: 'project',
    name: '劳动能力鉴定经费',
    budget: 84.1,
    fiscal: 84.1,
    period: null,
    nameColumn: 'C',
    annual: [
      [6, OUT, L2.quality, '申请鉴定人数完成率', q(null, 100, '%')],
      [7, OUT, L2.cost, '申请人员人均鉴定成本', q('≤', 500, '元')],
      [8, OUT, L2.quantity, '申请鉴定人数', q('≥', 1800, '人次')],
      [9, OUT, L2.timeliness, '项目资金支出时效', text()],
      [10, BEN, L2.social, '组织鉴定出具结论', text()],
      [11, SAT, L2.satisfaction, '鉴定对象满意度', q('≥', 95, '%')],
    ],
  },
];

describeGolden(variants, tables, ['年度履职目标']);
