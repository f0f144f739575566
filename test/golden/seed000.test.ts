// Golden test, seed 000: six 枣庄 批复表 on one sheet, four hierarchy columns, separate 指标值 and 计量单位.
// Every expectation below is written by hand from shared/seeds/000_9b9f84344d753a73.txt.

import { L1, L2 } from '../../src/core/categories';
import { seed000 } from '../fixtures/layouts';
import { describeGolden, q, qual, type TableExpectation } from './helpers';

const SHEET = '绩效目标批复表';
const OUT = L1.output;
const BEN = L1.benefit;
const PERIOD_2021 = { start: '2021-01-01', end: '2021-12-31' };

/** Shared by the six forms: 产出 → 项目产出, 效果 → 项目效益 as the middle level; columns as in the spec's example. */
const FORM = {
  sheet: SHEET,
  kind: 'project' as const,
  period: PERIOD_2021,
  year: 2021,
  levels: 4 as const,
  grouping: { [OUT]: '项目产出', [BEN]: '项目效益' },
  columns: { level1: 'A', level2: 'B', level3: 'C', level4: 'D', value: 'E', unit: 'F' },
  nameColumn: 'D',
};

const tables: TableExpectation[] = [
  {
    ...FORM,
    range: 'A1:F20',
    headerRow: 12,
    name: '劳动能力鉴定费用',
    budget: 14,
    annual: [
      [13, OUT, L2.quantity, '劳动能力鉴定人数', q(null, 1500, '人')],
      [14, OUT, L2.quantity, '劳动能力鉴定次数', q(null, 4, '次')],
      [15, OUT, L2.timeliness, '管理任务按时完成', qual()],
      [16, OUT, L2.quality, '工伤鉴定合格率', q(null, 100, '%')],
      [17, OUT, L2.cost, '劳动能力鉴定费', q(null, 14, '万元')],
      [18, BEN, L2.social, '保障职工权益', qual()],
      [19, BEN, L2.sustainable, '鉴定给群众带来的可持续影响显著提升', qual()],
      [20, BEN, L2.satisfaction, '社会公众满意度', q(null, 99, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A23:F41',
    headerRow: 34,
    name: '社保基金财务综合管理平台维护费',
    budget: 4,
    annual: [
      [35, OUT, L2.quantity, '平台维护及升级改造工作完成率', q(null, 100, '%')],
      [36, OUT, L2.timeliness, '各项业务按时完成', qual()],
      [37, OUT, L2.quality, '平台维护及升级改造工作完成合格率', q(null, 100, '%')],
      [38, OUT, L2.cost, '平台维护费用', q(null, 4, '万元')],
      [39, BEN, L2.social, '满足日常办公需求，保障职能工作的正常开展', qual()],
      [40, BEN, L2.sustainable, '为财务工作带来积极影响', qual()],
      // 三级 written "社会公众或服务对\n象满意度" with a line break in the cell.
      [41, BEN, L2.satisfaction, '工作人员满意度', q(null, 100, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A44:F63',
    headerRow: 55,
    name: '手续费、劳务费、委托业务费',
    budget: 5,
    annual: [
      [56, OUT, L2.quantity, '雇用人员数量', q(null, 20, '人')],
      [57, OUT, L2.timeliness, '各项业务工作按时完成', qual()],
      [58, OUT, L2.quality, '宣传覆盖率', q(null, 100, '%')],
      [59, OUT, L2.quality, '新增社保发放标准', qual()],
      [60, OUT, L2.cost, '项目支出成本', q(null, 5, '万元')],
      [61, BEN, L2.social, '保障办公正常运行', qual()],
      [62, BEN, L2.sustainable, '提高工作人员的办事能力', qual()],
      [63, BEN, L2.satisfaction, '社会公众满意度', q(null, 100, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A66:F84',
    headerRow: 77,
    name: '维修（护）费',
    budget: 1,
    annual: [
      [78, OUT, L2.quantity, '维修次数', q(null, 20, '次')],
      [79, OUT, L2.timeliness, '维修按时完成', qual()],
      [80, OUT, L2.quality, '维修质量符合标准', qual()],
      [81, OUT, L2.cost, '维修成本', q(null, 1, '万元')],
      [82, BEN, L2.social, '满足日常办公需求，保障职能工作的正常开展', qual()],
      [83, BEN, L2.sustainable, '解决正常办公所需', qual()],
      [84, BEN, L2.satisfaction, '办公人员满意度', q(null, 100, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A87:F106',
    headerRow: 98,
    name: '印刷费用',
    budget: 3,
    annual: [
      [99, OUT, L2.quantity, '印刷数量', q(null, 15000, '册')],
      [100, OUT, L2.quantity, '资料印刷完成率', q(null, 100, '%')],
      [101, OUT, L2.timeliness, '印刷及时性', qual()],
      [102, OUT, L2.quality, '资料印刷质量合格率', q(null, 100, '%')],
      [103, OUT, L2.cost, '材料印刷费经费', q(null, 3, '万元')],
      [104, BEN, L2.social, '有效解决社保处所需印刷品等物质需求', qual()],
      [105, BEN, L2.sustainable, '印刷业务的完成能够提升各科室的办事效率', qual()],
      [106, BEN, L2.satisfaction, '办公人员满意度', q(null, 100, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A109:F127',
    headerRow: 120,
    name: '邮电费、其他商品服务费',
    budget: 23,
    annual: [
      [121, OUT, L2.quantity, '转移函、邮寄物品以及其他信件数量', q(null, 80000, '份')],
      [122, OUT, L2.timeliness, '项目按时完成', qual()],
      [123, OUT, L2.quality, '邮电费、其他商品服务费发放情况', qual()],
      [124, OUT, L2.cost, '项目支出成本', q(null, 23, '万元')],
      [125, BEN, L2.social, '服务群众，减少群众办事流程（一次办好）', qual()],
      [126, BEN, L2.sustainable, '邮件及时寄送可以带来积极的可持续影响', qual()],
      [127, BEN, L2.satisfaction, '社会公众满意度', q(null, 100, '%')],
    ],
  },
];

describeGolden(seed000, tables, ['绩效目标设置情况']);
