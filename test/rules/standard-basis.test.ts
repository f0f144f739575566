// standard-basis: 绩效标准 cells that are not 计划/行业/历史/其他标准, on seed 002's and 003's department forms and their variants.

import type { Cell } from '../../src/core/grid';
import { edit, ruleTester } from './tester';

const GUANGSHUI_MERGES = ['A1:E1', 'A2:C2', 'B3:C3', 'B4:E4', 'A6:A16', 'B6:B10', 'B11:B14', 'B15:B16'];

// Seed 002, 广水市劳动保险事业管理局 部门整体支出绩效目标申报表, 年度目标 1 (rebuilt by meaning: the PDF text is scrambled).
const GUANGSHUI: Cell[][] = [
  ['部门整体支出绩效目标申报表', null, null, null, null],
  ['填报日期:2020 年 5 月 6 日', null, null, null, '单位:万元'],
  ['部门(单位)名称', '广水市劳动保险事业管理局', null, '填报人', '姚尧'],
  ['年度目标 1:', '提高养老、工伤保险覆盖面。', null, null, null],
  ['一级指标', '二级指标', '指标名称', '指标值', '绩效标准'],
  ['产出指标', '数量指标', '养老保险在职参保人数', 47000, '年度计划'],
  [null, null, '养老保险社会化发放人数', 29100, '年度计划'],
  [null, null, '工伤保险在职参保人数', 32500, '年度计划'],
  [null, null, '工伤保险待遇发放人数', 300, '年度计划'],
  [null, null, '养老保险关系异地转移人数', 1500, '年度计划'],
  [null, '质量指标', '养老保险在职参保缴费核定准确率', '100%', '年度计划'],
  [null, null, '工伤保险在职参保缴费核定准确率', '100%', '年度计划'],
  [null, null, '参保单位和人员在职、退休资料管理，纸质、电子档完善度', '100%', '年度计划'],
  [null, null, '工伤待遇、基本养老保险待遇发放准确率', '100%', '年度计划'],
  [null, '时效指标', '离退休人员养老待遇调整及时、准确', '调整率100%，调整待遇额当月发放。', '按文件要求'],
  [null, null, '养老、工伤地市级、省级统筹按时完成交接任务', '按上级文件要求时限内', '按文件要求'],
  [
    '效益指标',
    '社会效益',
    '养老、工伤保险参保解决了企业和职工及灵活就业人员的后顾之忧，有利于社会稳定，有利于劳动力的再生产，有利于促进经济健康发展',
    '丰富政策宣手段，扩大养老、工伤覆盖面，保证核定准确、征缴规范、待遇发放及时无误，明确自身服务型机构的定位，将社会保险的社会效益最大化。',
    '年度计划',
  ],
  [
    '满意度指标',
    '服务对象满意度指标',
    '灵活多样详细的政策宣传讲解，提高参保人群的认知度，划分多档灵活人员缴费档次以供选择，明确自身服务型机构的定位，简化办事程序，提高办事效率，退休人员老有所依，在职人员无后顾之忧，化解社会矛盾。',
    '投诉率0%；上访事项答复率100%。',
    '年度计划',
  ],
];

/** The same sheet with every standard written as one of the four bases. */
const GUANGSHUI_CLEAN = edit(GUANGSHUI, {
  E6: '计划标准',
  E7: '计划标准',
  E8: '计划标准',
  E9: '计划标准',
  E10: '计划标准',
  E11: '计划标准',
  E12: '计划标准',
  E13: '计划标准',
  E14: '计划标准',
  E15: '其他标准',
  E16: '其他标准',
  E17: '计划标准',
  E18: '计划标准',
});

// Seed 003, 州社会保险服务中心 省级部门（单位）整体绩效目标申报表: its 评/扣分标准 cells hold "-".
const ZHOU: Cell[][] = [
  ['省级部门（单位）整体绩效目标申报表', null, null, null, null, null, null],
  ['(2022 年度)', null, null, null, null, null, null],
  ['部门（单位）名称', '州社会保险服务中心', null, null, null, null, null],
  ['一级指标', '二级指标', '*三级指标', '*指标值类型', '*指标值', '*评/扣分标准', '*指标值说明'],
  [
    '投入管理指标',
    '预算和财务管理',
    '专项资金细化率',
    '≥',
    90,
    '-',
    '专项资金细化率=（已细化到具体市县和承担单位的资金数/部门参与分配资金总数）×100%。',
  ],
  [
    null,
    null,
    '预算执行率',
    '≥',
    90,
    '-',
    '预算执行率=（预算完成数/预算数）×100%。预算完成数指部门实际执行的预算数；预算数指财政部门批复的本年度部门的（调整）预算数。',
  ],
  [
    null,
    null,
    '结转结余率',
    '≤',
    30,
    '-',
    '结转结余率=结转结余总额/预算数×100%。结转结余总额是指部门本年度的结转结余资金之和。预算数是指财政部门批复的本年度部门的（调整）预算数。',
  ],
  ['产出指标', '重点工作任务完成', '养老保险待遇社会化发放率', '≥', 100, '-', '反映本部门负责的重点工作任务进展情况。'],
  ['效益指标', '履职效益', '社保业务经办及时完成率', '≥', 95, '-', '反映本部门履职效益情况。'],
];

ruleTester.run('standard-basis', {
  valid: [
    { name: 'seed 002 clean twin: 计划标准 and 其他标准 throughout', grid: GUANGSHUI_CLEAN, merges: GUANGSHUI_MERGES },
    {
      name: 'seed 002 clean twin with the long form 财政部门和预算部门确认或认可的其他标准',
      grid: edit(GUANGSHUI_CLEAN, { E15: '财政部门和预算部门确认或认可的其他标准' }),
      merges: GUANGSHUI_MERGES,
    },
    {
      name: 'seed 003: 评/扣分标准 cells holding "-" say nothing about a basis',
      grid: ZHOU,
      merges: ['A1:G1', 'A2:G2', 'B3:G3'],
    },
  ],
  invalid: [
    {
      name: 'seed 002 as published: 年度计划 and 按文件要求 as standards',
      grid: GUANGSHUI,
      merges: GUANGSHUI_MERGES,
      errors: [
        {
          messageId: 'notBasisSuggest',
          cell: 'E6',
          severity: 'info',
          message:
            '绩效标准“年度计划”不是规定的取值依据；应填写计划标准、行业标准、历史标准或其他标准之一，此处宜写“计划标准”',
        },
        { messageId: 'notBasisSuggest', cell: 'E7' },
        { messageId: 'notBasisSuggest', cell: 'E8' },
        { messageId: 'notBasisSuggest', cell: 'E9' },
        { messageId: 'notBasisSuggest', cell: 'E10' },
        { messageId: 'notBasisSuggest', cell: 'E11' },
        { messageId: 'notBasisSuggest', cell: 'E12' },
        { messageId: 'notBasisSuggest', cell: 'E13' },
        { messageId: 'notBasisSuggest', cell: 'E14' },
        {
          messageId: 'notBasisSuggest',
          cell: 'E15',
          message:
            '绩效标准“按文件要求”不是规定的取值依据；应填写计划标准、行业标准、历史标准或其他标准之一，此处宜写“其他标准”',
        },
        { messageId: 'notBasisSuggest', cell: 'E16', message: '此处宜写“其他标准”' },
        { messageId: 'notBasisSuggest', cell: 'E17', message: '“计划标准”' },
        { messageId: 'notBasisSuggest', cell: 'E18', message: '“计划标准”' },
      ],
    },
    {
      name: 'seed 002 clean twin variant: a standard taken from last year written as 上年实际参保人数',
      grid: edit(GUANGSHUI_CLEAN, { E8: '上年实际参保人数' }),
      merges: GUANGSHUI_MERGES,
      errors: [{ messageId: 'notBasisSuggest', cell: 'E8', message: '此处宜写“历史标准”' }],
    },
    {
      name: 'seed 002 clean twin variant: a standard that says nothing of its basis (见附件)',
      grid: edit(GUANGSHUI_CLEAN, { E11: '见附件' }),
      merges: GUANGSHUI_MERGES,
      errors: [{ messageId: 'notBasis', cell: 'E11', message: '绩效标准“见附件”不是规定的取值依据' }],
    },
  ],
});
