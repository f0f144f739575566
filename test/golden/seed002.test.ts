// Golden test, seed 002: 广水's 部门整体支出绩效目标申报表 (2020), rebuilt by meaning: a 长期目标 template table still
// holding its …… placeholders, then 年度目标1 and 年度目标2 each with its own indicator table. The money cross table,
// the 项目支出情况 list and the 备注 rows are not tables.
// Every expectation below is written by hand from shared/seeds/002_00b5a571c097732b.txt.

import { L1, L2 } from '../../src/core/categories';
import { seed002 } from '../fixtures/layouts';
import { describeGolden, empty, q, text, type TableExpectation } from './helpers';

const OUT = L1.output;
const BEN = L1.benefit;
const SAT = L1.satisfaction;
const PLACEHOLDER = '……';

const FORM = {
  sheet: '部门整体支出绩效目标申报表',
  kind: 'department' as const,
  name: null,
  period: null,
  nameColumn: 'D',
};

const tables: TableExpectation[] = [
  {
    ...FORM,
    // The first table's block is the whole unit block from the title down.
    range: 'A1:G28',
    headerRow: 20,
    implementer: '广水市劳动保险事业管理局',
    // 当年 收入合计 366.80 = 财政拨款 366.80 + 其他资金 0 (not the listed project's 项目本年度预算 10).
    budget: 366.8,
    fiscal: 366.8,
    other: 0,
    // 长期目标 is the multi-year target: its indicators are the mid-term set (the model knows annual and midterm only).
    annual: [],
    midterm: [
      [21, OUT, L2.quantity, PLACEHOLDER, empty()],
      [22, OUT, L2.quality, PLACEHOLDER, empty()],
      [23, OUT, L2.timeliness, PLACEHOLDER, empty()],
      [24, OUT, L2.cost, PLACEHOLDER, empty()],
      [25, BEN, L2.economic, PLACEHOLDER, empty()],
      [26, BEN, L2.social, PLACEHOLDER, empty()],
      [27, BEN, L2.ecological, PLACEHOLDER, empty()],
      // 可持续发展 is this form's word for 可持续影响.
      [28, BEN, L2.sustainable, PLACEHOLDER, empty()],
    ],
  },
  {
    ...FORM,
    range: 'A31:G49',
    headerRow: 32,
    budget: null,
    annual: [
      // Counts with no unit anywhere in the row: the form has no unit column.
      [33, OUT, L2.quantity, '养老保险在职参保人数', q(null, 47000, null)],
      [34, OUT, L2.quantity, '养老保险社会化发放人数', q(null, 29100, null)],
      [35, OUT, L2.quantity, '工伤保险在职参保人数', q(null, 32500, null)],
      [36, OUT, L2.quantity, '工伤保险待遇发放人数', q(null, 300, null)],
      [37, OUT, L2.quantity, '养老保险关系异地转移人数', q(null, 1500, null)],
      [38, OUT, L2.quality, '养老保险在职参保缴费核定准确率', q(null, 100, '%')],
      [39, OUT, L2.quality, '工伤保险在职参保缴费核定准确率', q(null, 100, '%')],
      [40, OUT, L2.quality, '参保单位和人员在职、退休资料管理,纸质、电子档完善度', q(null, 100, '%')],
      [41, OUT, L2.quality, '工伤待遇、基本养老保险待遇发放准确率', q(null, 100, '%')],
      [42, OUT, L2.timeliness, '离退休人员养老待遇调整及时、准确', text(100, '%')],
      [43, OUT, L2.timeliness, '养老、工伤地市级、省级统筹按时完成交接任务', text()],
      [
        46,
        BEN,
        L2.social,
        '养老、工伤保险参保解决了企业和职工及灵活就业人员的后顾之忧,有利于社会稳定,有利于劳动力的再生产,有利于促进经济健康发展',
        text(),
      ],
      [
        49,
        SAT,
        L2.satisfaction,
        '灵活多样详细的政策宣传讲解,提高参保人群的认知度,划分多档灵活人员缴费档次以供选择,明确自身服务型机构的定位,简化办事程序,提高办事效率,退休人员老有所依,在职人员无后顾之忧,化解社会矛盾。',
        // 投诉率0%;上访事项答复率100%: two quantities.
        text(),
      ],
    ],
  },
  {
    ...FORM,
    range: 'A51:G62',
    headerRow: 52,
    budget: null,
    annual: [
      [
        54,
        OUT,
        L2.quality,
        '基金风险管控全面排查风险隐患,强化岗位设置和人员管理,提高监管软件联网运用水平,强化监管职责,严肃追责。',
        text(),
      ],
      [55, OUT, L2.quality, '社会保险稽核、内部审计,确保基金安全。', text()],
      [59, BEN, L2.social, '深化“互联网+放管服”改革,推进“一网覆盖、一次办好”', text()],
      [
        62,
        SAT,
        L2.satisfaction,
        '养老、工伤保险各项制度健全,各项业务经办流程公开,确保基金安全保值、增值,增加社会公信度,简化办事程序,提高服务质量,方便办事群众。',
        text(),
      ],
    ],
  },
];

describeGolden(seed002, tables);
