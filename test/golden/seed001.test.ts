// Golden test, seed 001: nine 天津 项目绩效目标表 stacked on one sheet; operator and unit inside 指标值; 一级 cells
// left blank (97, 99, 101, 103, 105) or merged (98, 100, 102, 104) for "same as above".
// Every expectation below is written by hand from shared/seeds/001_907cb3cacd27948e.txt.
//
// Reading conventions used here (see helpers.ts): a bare "≤753万元" is quantitative; a sentence is `text` and carries
// its one embedded quantity (none when it has several, and a year is not a quantity); a target that is only a
// deadline plus its action ("2023年6月底前支付工本费欠款", "当日完成…") is a `date`, a sentence of several clauses that
// mentions a time ("上半年按…，鉴定评审费…") stays `text`.

import { L1, L2 } from '../../src/core/categories';
import { seed001 } from '../fixtures/layouts';
import { date, describeGolden, q, text, type TableExpectation } from './helpers';

const OUT = L1.output;
const BEN = L1.benefit;
const SAT = L1.satisfaction;

const FORM = {
  sheet: '项目绩效目标表',
  kind: 'project' as const,
  period: null,
  columns: { level1: 'A', level2: 'B', level3: 'C', description: 'D', value: 'E' },
  nameColumn: 'C',
};

const tables: TableExpectation[] = [
  {
    ...FORM,
    range: 'A1:E19',
    headerRow: 9,
    name: '社保经办大厅运转经费',
    budget: 1324,
    fiscal: 1324,
    annual: [
      [10, OUT, L2.quality, '物业服务验收合格率', q(null, 100, '%')],
      [11, OUT, L2.quality, '电气电路及空调机组正常运转率', q(null, 100, '%')],
      [12, OUT, L2.quality, '办公秩序保障率', q(null, 100, '%')],
      [13, OUT, L2.cost, '提供产品及服务所需成本的控制情况', q('≤', 753, '万元')],
      [14, OUT, L2.cost, '提供产品及服务所需成本的控制情况', q('≤', 279, '万元')],
      [15, OUT, L2.cost, '提供产品及服务所需成本的控制情况', q('≤', 292, '万元')],
      [16, OUT, L2.quantity, '服务人数数量', q('≥', 180, '人')],
      [17, OUT, L2.timeliness, '预算资金支出时效', text()],
      [18, BEN, L2.social, '改善工作环境', text()],
      [19, SAT, L2.satisfaction, '服务对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A21:E35',
    headerRow: 29,
    name: '劳动能力鉴定经费',
    budget: 84.1,
    fiscal: 84.1,
    annual: [
      [30, OUT, L2.quality, '申请鉴定人数完成率', q(null, 100, '%')],
      [31, OUT, L2.cost, '申请人员人均鉴定成本', q('≤', 500, '元')],
      [32, OUT, L2.quantity, '申请鉴定人数', q('≥', 1800, '人次')],
      [33, OUT, L2.timeliness, '项目资金支出时效', text()],
      [34, BEN, L2.social, '组织鉴定出具结论', text()],
      [35, SAT, L2.satisfaction, '鉴定对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A37:E52',
    headerRow: 45,
    name: '社保卡制卡工本费',
    budget: 500,
    fiscal: 500,
    annual: [
      [46, OUT, L2.quality, '保障社保卡正常供应', text()],
      // The seed's own error: 10.65 元 written as 10.65万元 (469483 cards on a 500万元 budget).
      [47, OUT, L2.cost, '社保卡制卡工本费', q(null, 10.65, '万元')],
      [48, OUT, L2.quantity, '社保卡片数量', q(null, 469483, '张')],
      [49, OUT, L2.timeliness, '社保卡制卡费用支付时效', date({ start: null, end: '2023-06-30' })],
      [50, BEN, L2.social, '申报社保卡人员待遇享受', text()],
      [51, BEN, L2.sustainable, '社保卡可持续使用年限', text(5, '年')],
      [52, SAT, L2.satisfaction, '服务对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A54:E83',
    headerRow: 62,
    name: '社保业务经办经费',
    budget: 125,
    fiscal: 125,
    annual: [
      [63, OUT, L2.quality, '及时告知公告人相关信息', text()],
      [64, OUT, L2.quality, '全年邮寄生成欠缴台账单位', q(null, 100, '%')],
      [65, OUT, L2.quality, '短信送达情况', q('≥', 95, '%')],
      [66, OUT, L2.quality, '领取资格确认情况', q('≥', 95, '%')],
      [67, OUT, L2.quality, 'EMS退回率', q('≤', 10, '%')],
      [68, OUT, L2.quality, '信件投递准确性', text()],
      [69, OUT, L2.cost, '公告报纸版面费', q('≤', 80, '万元')],
      [70, OUT, L2.cost, '全年邮寄费用', q('≤', 35, '万元')],
      [71, OUT, L2.cost, '上门认证工作经费', q('≤', 10, '万元')],
      [72, OUT, L2.quantity, '预计报纸版面费数', q('≥', 150, '笔')],
      [73, OUT, L2.quantity, '预计邮寄件数', q('≥', 15000, '封')],
      [74, OUT, L2.quantity, '短信发送情况', q('≥', 6500000, '条')],
      // 万 in a count multiplies: ≤1万人 is at most 10000 人, ≤3.1万封 at most 31000 封.
      [75, OUT, L2.quantity, '上门完成认证人数', q('≤', 10000, '人')],
      [76, OUT, L2.quantity, '挂号信寄送数', q('≤', 31000, '封')],
      [77, OUT, L2.quantity, '转移业务信函及个人权益单数量', q('≤', 3000, '封')],
      [78, OUT, L2.timeliness, '资金支出时效', text()],
      [79, BEN, L2.social, '维护职工参保权益', text()],
      [80, BEN, L2.social, '防范养老金冒领情形', text()],
      [81, BEN, L2.social, '服务效能', text()],
      [82, SAT, L2.satisfaction, '受益群体满意度', q('≥', 95, '%')],
      [83, SAT, L2.satisfaction, '投诉比例', q('≤', 5, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A85:E99',
    headerRow: 93,
    name: '社保中心干部人事档案数字化加工',
    budget: 12.6,
    fiscal: 12.6,
    annual: [
      [94, OUT, L2.quality, '加工合格率', q('≥', 95, '%')],
      [95, OUT, L2.cost, '数字化加工总费用', q('≤', 12.6, '万元')],
      [96, OUT, L2.quantity, '数字化加工人次', q('≥', 1260, '册')],
      // "…，2023年底前完成在册档案加工。": a sentence; 2023 is a year, not a quantity.
      [97, OUT, L2.timeliness, '加工资金支出时效', text(null, null)],
      [98, BEN, L2.sustainable, '已完成数字化保存时长', q('≥', 5, '年')],
      [99, SAT, L2.satisfaction, '服务对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A101:E115',
    headerRow: 109,
    name: '社保中心工装制作',
    budget: 10,
    fiscal: 10,
    annual: [
      [110, OUT, L2.quality, '产品质量合格率', q(null, 100, '%')],
      [111, OUT, L2.cost, '提供产品及服务所需成本的控制情况', q('≤', 3000, '元')],
      [112, OUT, L2.quantity, '提供产品及服务数量', q('≥', 30, '套')],
      [113, OUT, L2.timeliness, '工装购置资金支出时效', text()],
      [114, BEN, L2.sustainable, '产品使用年限', q('≥', 3, '年')],
      [115, SAT, L2.satisfaction, '使用人员满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A117:E132',
    headerRow: 125,
    name: '社保中心经办耗材购置及消防安全维护',
    budget: 245,
    fiscal: 245,
    annual: [
      [126, OUT, L2.quality, '耗材及消防维保合格率', q(null, 100, '%')],
      [127, OUT, L2.cost, '耗材成本控制情况', q('≤', 205, '万元')],
      [128, OUT, L2.cost, '消防维保成本控制情况', q('≤', 40, '万元')],
      [129, OUT, L2.quantity, '购置耗材及消防维保设备数量', text()],
      [130, OUT, L2.timeliness, '资金支出时效', text()],
      [131, BEN, L2.social, '保障业务经办及消防安全', text()],
      [132, SAT, L2.satisfaction, '使用人员满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A134:E153',
    headerRow: 142,
    name: '社保中心行风建设工作经费',
    budget: 26.5,
    fiscal: 26.5,
    annual: [
      // The cell reads " 群众满意度" (leading space in the seed); the name is trimmed.
      [143, OUT, L2.quality, '群众满意度', q('≥', 90, '%')],
      [144, OUT, L2.quality, '舆情分析报告质量', text()],
      [145, OUT, L2.cost, '舆情监测服务费用', q('≤', 6.5, '万元')],
      [146, OUT, L2.cost, '明察暗访费用', q('≤', 10, '万元')],
      [147, OUT, L2.cost, '满意度调查费用', q('≤', 10, '万元')],
      [148, OUT, L2.quantity, '大厅明察暗访次数', q(null, 4, '次')],
      [149, OUT, L2.quantity, '满意度调查次数', q(null, 1, '次')],
      [150, OUT, L2.quantity, '舆情分析报告', q(null, 12, '份')],
      [151, OUT, L2.timeliness, '舆情监测、明察暗访及满意度调查资金支出时效', text()],
      [152, BEN, L2.social, '网络舆论环境及经办服务效能', text()],
      [153, SAT, L2.satisfaction, '服务对象满意度', q('≥', 90, '%')],
    ],
  },
  {
    ...FORM,
    range: 'A155:E169',
    headerRow: 163,
    name: '社保中心宣传费',
    budget: 78,
    fiscal: 78,
    annual: [
      [164, OUT, L2.quantity, '发布信息数量', q('≥', 800, '篇次')],
      // One quantity in the sentence: 信息浏览量增长率>=20%.
      [165, OUT, L2.quality, '信息发布质量及保密要求', text(20, '%')],
      [166, OUT, L2.timeliness, '发布时效', date()],
      [167, OUT, L2.cost, '图文排版及运行维护经费', q('≤', 78, '万元')],
      // Two quantities (50万人 and 20%): no single value.
      [168, BEN, L2.social, '关注人数', text(null, null)],
      [169, SAT, L2.satisfaction, '用户满意度', q('≥', 90, '%')],
    ],
  },
];

describeGolden(seed001, tables);
