// Golden test, flat export: one row per indicator for six projects of seeds 000 and 001; one table per project.
// Operators come from 指标性质 (≥ ≤ = 定性), numbers from 指标值, units from 度量单位. A 定性 row has no operator;
// its kind is what its text is (a graded word, a sentence, a deadline).

import { L1, L2 } from '../../src/core/categories';
import { flatExport } from '../fixtures/layouts';
import { date, describeGolden, q, qual, text, type TableExpectation } from './helpers';

const OUT = L1.output;
const BEN = L1.benefit;
const SAT = L1.satisfaction;
const ZZ = '枣庄市社会保险服务中心';
const TJ = '353302天津市社会保险基金管理中心';

const FLAT = {
  sheet: '项目绩效指标',
  headerRow: 1,
  kind: 'project' as const,
  period: null,
  nameColumn: 'F',
};

const tables: TableExpectation[] = [
  {
    ...FLAT,
    range: 'A2:I9',
    name: '劳动能力鉴定费用',
    implementer: ZZ,
    budget: 14,
    annual: [
      [2, OUT, L2.quantity, '劳动能力鉴定人数', q('=', 1500, '人')],
      [3, OUT, L2.quantity, '劳动能力鉴定次数', q('=', 4, '次')],
      [4, OUT, L2.timeliness, '管理任务按时完成', qual()],
      [5, OUT, L2.quality, '工伤鉴定合格率', q('=', 100, '%')],
      [6, OUT, L2.cost, '劳动能力鉴定费', q('=', 14, '万元')],
      [7, BEN, L2.social, '保障职工权益', qual()],
      [8, BEN, L2.sustainable, '鉴定给群众带来的可持续影响显著提升', qual()],
      [9, BEN, L2.satisfaction, '社会公众满意度', q('=', 99, '%')],
    ],
  },
  {
    ...FLAT,
    range: 'A10:I17',
    name: '印刷费用',
    implementer: ZZ,
    budget: 3,
    annual: [
      [10, OUT, L2.quantity, '印刷数量', q('=', 15000, '册')],
      [11, OUT, L2.quantity, '资料印刷完成率', q('=', 100, '%')],
      [12, OUT, L2.timeliness, '印刷及时性', qual()],
      [13, OUT, L2.quality, '资料印刷质量合格率', q('=', 100, '%')],
      [14, OUT, L2.cost, '材料印刷费经费', q('=', 3, '万元')],
      [15, BEN, L2.social, '有效解决社保处所需印刷品等物质需求', qual()],
      [16, BEN, L2.sustainable, '印刷业务的完成能够提升各科室的办事效率', qual()],
      [17, BEN, L2.satisfaction, '办公人员满意度', q('=', 100, '%')],
    ],
  },
  {
    ...FLAT,
    range: 'A18:I23',
    name: '劳动能力鉴定经费',
    implementer: TJ,
    budget: 84.1,
    annual: [
      [18, OUT, L2.quality, '申请鉴定人数完成率', q('=', 100, '%')],
      [19, OUT, L2.cost, '申请人员人均鉴定成本', q('≤', 500, '元')],
      // Row 20 is hidden in the sheet; hidden rows still belong to the table.
      [20, OUT, L2.quantity, '申请鉴定人数', q('≥', 1800, '人次')],
      [21, OUT, L2.timeliness, '项目资金支出时效', text()],
      [22, BEN, L2.social, '组织鉴定出具结论', text()],
      [23, SAT, L2.satisfaction, '鉴定对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FLAT,
    range: 'A24:I30',
    name: '社保卡制卡工本费',
    implementer: TJ,
    budget: 500,
    annual: [
      [24, OUT, L2.quality, '保障社保卡正常供应', text()],
      [25, OUT, L2.cost, '社保卡制卡工本费', q('=', 10.65, '万元')],
      [26, OUT, L2.quantity, '社保卡片数量', q('=', 469483, '张')],
      [27, OUT, L2.timeliness, '社保卡制卡费用支付时效', date({ start: null, end: '2023-06-30' })],
      [28, BEN, L2.social, '申报社保卡人员待遇享受', text()],
      [29, BEN, L2.sustainable, '社保卡可持续使用年限', text(5, '年')],
      [30, SAT, L2.satisfaction, '服务对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FLAT,
    range: 'A31:I36',
    name: '社保中心干部人事档案数字化加工',
    implementer: TJ,
    budget: 12.6,
    annual: [
      [31, OUT, L2.quality, '加工合格率', q('≥', 95, '%')],
      [32, OUT, L2.cost, '数字化加工总费用', q('≤', 12.6, '万元')],
      [33, OUT, L2.quantity, '数字化加工人次', q('≥', 1260, '册')],
      [34, OUT, L2.timeliness, '加工资金支出时效', text()],
      [35, BEN, L2.sustainable, '已完成数字化保存时长', q('≥', 5, '年')],
      [36, SAT, L2.satisfaction, '服务对象满意度', q('≥', 95, '%')],
    ],
  },
  {
    ...FLAT,
    range: 'A37:I42',
    name: '社保中心工装制作',
    implementer: TJ,
    budget: 10,
    annual: [
      [37, OUT, L2.quality, '产品质量合格率', q('=', 100, '%')],
      [38, OUT, L2.cost, '提供产品及服务所需成本的控制情况', q('≤', 3000, '元')],
      [39, OUT, L2.quantity, '提供产品及服务数量', q('≥', 30, '套')],
      [40, OUT, L2.timeliness, '工装购置资金支出时效', text()],
      [41, BEN, L2.sustainable, '产品使用年限', q('≥', 3, '年')],
      [42, SAT, L2.satisfaction, '使用人员满意度', q('≥', 95, '%')],
    ],
  },
];

describeGolden(flatExport, tables);
