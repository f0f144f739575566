// Tests for misplaced-indicator: satisfaction belongs under 满意度, and 满意度 holds only satisfaction.

import { ANNUAL_GOAL_1, APPRAISAL_FEES, CONDUCT, DEPARTMENT, HALL, OPERATIONS, withCells } from './seed-tables';
import { ruleTester } from './tester';

// Seed 001 社保中心行风建设工作经费 with 群众满意度 filed under 满意度 (row 10 then restates its own 一级).
const CONDUCT_FIXED = withCells(CONDUCT, { A9: '满意度指标', B9: '服务对象满意度指标', A10: '产出指标' });

ruleTester.run('misplaced-indicator', {
  valid: [
    { name: 'clean twin of seed 001 社保中心行风建设工作经费: 群众满意度 under 服务对象满意度指标', ...CONDUCT_FIXED },
    { name: 'seed 001 社保经办大厅运转经费: satisfaction under 满意度指标', ...HALL },
    { name: 'seed 001 社保业务经办经费: 投诉比例 under 满意度 is a complaint rate, a usual proxy', ...OPERATIONS },
    { name: 'seed 002 年度目标 1: 投诉率、上访事项答复率 under 满意度', ...ANNUAL_GOAL_1 },
    { name: 'seed 000 (older form): 社会公众满意度 as a 二级 under 效果', ...APPRAISAL_FEES },
    { name: 'seed 003 department form: 满意度 under 效益指标, its own 二级', ...DEPARTMENT },
    {
      name: 'a rise in satisfaction (提升群众满意度) listed as a 社会效益',
      ...withCells(HALL, { C17: '提升群众满意度', D17: '提升群众满意度', E17: '≥5百分比' }),
    },
    {
      name: 'a complaint count and a count of negative public opinion under 满意度',
      ...withCells(CONDUCT_FIXED, {
        C19: '有效投诉次数',
        D19: '有效投诉次数',
        E19: '≤3次',
        C9: '负面舆情发生数',
        D9: '负面舆情发生数',
        E9: '0起',
      }),
    },
  ],
  invalid: [
    {
      name: 'seed 001 社保中心行风建设工作经费: 群众满意度 under 质量指标 (满意度调查费用/次数 are not satisfactions)',
      ...CONDUCT,
      errors: [
        {
          messageId: 'satisfactionOutside',
          cell: 'C9',
          related: ['B9'],
          message:
            '“群众满意度”衡量的是服务对象的满意程度，却放在“质量指标”下；满意度应列入满意度指标（服务对象满意度指标）',
        },
      ],
    },
    {
      name: 'variant of seed 001: 资助对象满意度 under 社会效益指标',
      ...withCells(HALL, { C17: '资助对象满意度', D17: '资助对象满意度', E17: '≥95百分比' }),
      errors: [{ messageId: 'satisfactionOutside', cell: 'C17', message: '却放在“社会效益指标”下' }],
    },
    {
      name: 'variant of seed 001: 培训天数 under 满意度 (clean twin: the seed’s 经办服务对象满意度)',
      ...withCells(CONDUCT_FIXED, { C19: '培训天数', D19: '培训天数', E19: '3天' }),
      errors: [
        {
          messageId: 'durationUnderSatisfaction',
          cell: 'C19',
          message:
            '“培训天数”衡量的是时长，不是满意程度，却放在满意度指标下；满意度指标只衡量服务对象的满意程度，此项应移到产出指标的时效指标下',
        },
      ],
    },
    {
      name: 'variant of seed 001: 培训人次 and 满意度调查次数 under 满意度',
      ...withCells(CONDUCT_FIXED, {
        C19: '培训人次',
        D19: '培训人次',
        E19: '≥200人次',
        C9: '满意度调查次数',
        D9: '满意度调查次数',
        E9: '1次',
      }),
      errors: [
        { messageId: 'countUnderSatisfaction', cell: 'C9', message: '此项应移到产出指标的数量指标下' },
        { messageId: 'countUnderSatisfaction', cell: 'C19' },
      ],
    },
    {
      name: 'variant of seed 001: a safety-incident count under 满意度 (English message)',
      ...withCells(CONDUCT_FIXED, { C19: '粮食安全事件发生数', D19: '粮食安全事件发生数', E19: '0起' }),
      lang: 'en-US',
      errors: [{ messageId: 'countUnderSatisfaction', cell: 'C19', message: 'move it under 质量指标或社会效益指标' }],
    },
    {
      name: 'variant of seed 001: a count named without 数, known by its unit (受益群众 500人) under 满意度',
      ...withCells(CONDUCT_FIXED, { C19: '受益群众', D19: '受益群众', E19: '≥500人' }),
      errors: [{ messageId: 'countUnderSatisfaction', cell: 'C19' }],
    },
  ],
});
