// Tests for vague-target: a bare evaluative word (是, 较高, 优…) is not a measurable target.

import type { Cell } from '../../src/core/grid';
import { APPRAISAL_FEES, DEPARTMENT_SHORT, HALL, PENSION, withCells } from './seed-tables';
import { ruleTester } from './tester';

// Seed 000, sixth table (邮电费、其他商品服务费): indicators in rows 13–19.
const ZAOZHUANG_6: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '邮电费、其他商品服务费', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', '预算执行单位', '枣庄市社会保险服务中心', null, null],
  ['项目类型', '延续', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金\n申请\n(万元)', '23 万元', null, null, null, null],
  ['项目绩效年度目标', null, null, null, null, null],
  ['1、每年要为约 3000 人办理养老转移接续，邮寄个人权益记录单 7.1 万人，预计 8.8 万元。', null, null, null, null, null],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '转移函、邮寄物品以及其他信件数量', 80000, '份'],
  ['产出', '项目产出', '时效指标', '项目按时完成', '是', null],
  ['产出', '项目产出', '质量指标', '邮电费、其他商品服务费发放情况', '优', null],
  ['产出', '项目产出', '成本指标', '项目支出成本', 23, '万元'],
  ['效果', '项目效益', '社会效益', '服务群众，减少群众办事流程（一次办好）', '是', null],
  ['效果', '项目效益', '可持续影响', '邮件及时寄送可以带来积极的可持续影响', '是', null],
  ['效果', '项目效益', '社会公众或服务对象满意度', '社会公众满意度', 100, '%'],
  ['其他说明', '预算压减邮电费、其他商品服务费总预算为 23 万元。', null, null, null, null],
];
const ZAOZHUANG_6_MERGES = [
  'A1:F1',
  'A2:F2',
  'A3:F3',
  'B4:F4',
  'D5:F5',
  'B6:F6',
  'B7:F7',
  'B8:F8',
  'A9:F9',
  'A10:F10',
  'A11:F11',
  'B20:F20',
];

ruleTester.run('vague-target', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: descriptive standards (工作环境得到改善，业务经办正常运转)', ...HALL },
    { name: 'seed 003 department form: numbers with operators', ...DEPARTMENT_SHORT },
    {
      name: 'seed 000 fixed: graded standards instead of 是; 按时 is left to timeliness-vague',
      ...withCells(APPRAISAL_FEES, { E18: '达成年度指标', E19: '达成年度指标' }),
    },
    {
      name: 'a yes-or-no question (是否保障职工权益) answered 是 is a checkable fact',
      ...withCells(APPRAISAL_FEES, { D18: '是否保障职工权益', E19: '达成年度指标' }),
    },
  ],
  invalid: [
    {
      name: 'seed 004 养老保险专项业务经费: 较高 (中期) and 影响程度 较高 (年度), five rows each',
      ...PENSION,
      errors: [
        {
          messageId: 'vague',
          cell: 'E18',
          message: '“对保障各项业务工作正常开展的影响或改善情况”的指标值“较高”是笼统的评价词',
        },
        { messageId: 'vague', cell: 'E19' },
        { messageId: 'vague', cell: 'E20' },
        { messageId: 'vague', cell: 'E21' },
        { messageId: 'vague', cell: 'E22' },
        { messageId: 'vague', cell: 'H18', message: '“影响程度 较高”' },
        { messageId: 'vague', cell: 'H19' },
        { messageId: 'vague', cell: 'H20' },
        { messageId: 'vague', cell: 'H21' },
        { messageId: 'vague', cell: 'H22' },
      ],
    },
    {
      name: 'seed 000 劳动能力鉴定费用: 是 for 保障职工权益 and for the 可持续影响',
      ...APPRAISAL_FEES,
      errors: [
        { messageId: 'vague', cell: 'E18', message: '“保障职工权益”的指标值“是”' },
        { messageId: 'vague', cell: 'E19' },
      ],
    },
    {
      name: 'seed 000 邮电费、其他商品服务费: 优 for the 质量指标 and 是 for the benefits (the 时效 是 is another rule’s)',
      grid: ZAOZHUANG_6,
      merges: ZAOZHUANG_6_MERGES,
      errors: [
        { messageId: 'vague', cell: 'E15', message: '“邮电费、其他商品服务费发放情况”的指标值“优”' },
        { messageId: 'vague', cell: 'E17' },
        { messageId: 'vague', cell: 'E18' },
      ],
    },
  ],
});
