// Tests for non-numeric-quantity: 数量 and economic 成本 targets must state a number.

import type { Cell } from '../../src/core/grid';
import { APPRAISAL_FEES, HALL, PENSION, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

// Seed 001, table 103 (社保中心经办耗材购置及消防安全维护): indicators in rows 9–15.
const TIANJIN_103: Cell[][] = [
  ['103.社保中心经办耗材购置及消防安全维护绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心经办耗材购置及消防安全维护', null, null, null],
  ['预算规模及资金用途', '预算数', '245.00', '其中：财政资金', '245.00'],
  [null, '其他资金', null, null, null],
  [
    null,
    '满足业务经办及保密工作耗材需要，对各区保障服务中心（社保分中心）消防设施设备进行维护保养。',
    null,
    null,
    null,
  ],
  [
    '绩效目标',
    '1.满足业务经办及保密工作需要，提高经办服务满意度\n2.对各区保障服务中心（社保分中心）消防设施设备进行维护保养，确保系统消防安全。',
    null,
    null,
    null,
  ],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '耗材及消防维保合格率', '耗材及消防维保合格率', '100百分比'],
  [null, '成本指标', '耗材成本控制情况', '耗材成本控制情况', '≤205万元'],
  [null, '成本指标', '消防维保成本控制情况', '消防维保成本控制情况', '≤40万元'],
  [null, '数量指标', '购置耗材及消防维保设备数量', '购置耗材及消防维保设备数量', '满足业务经办及消防安全需要'],
  [
    null,
    '时效指标',
    '资金支出时效',
    '耗材购置及消防维保资金支出时效',
    '分上下半年两次采购，按合同要求及时组织验收付款',
  ],
  [
    '效益指标',
    '社会效益指标',
    '保障业务经办及消防安全',
    '保障业务经办及消防安全',
    '保障业务正常经办，有效预防消防安全隐患',
  ],
  ['满意度指标', '服务对象满意度指标', '使用人员满意度', '使用人员满意度', '≥95百分比'],
];

ruleTester.run('non-numeric-quantity', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: counts and cost are numbers (1500 人, 4 次, 14 万元)', ...APPRAISAL_FEES },
    { name: 'seed 001 社保经办大厅运转经费: ≥180人 and the ≤753万元 cost lines', ...HALL },
    {
      name: 'seed 004 养老保险专项业务经费: sentences that embed the count (共704人) or the amount (约21万元, 约12万元)',
      ...PENSION,
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务: cost sentences with several figures still name the amount (采购10套资格认证设备约5万元)',
      ...RETIREES,
    },
    {
      name: 'a placeholder in a 数量 target is left to the placeholder rule',
      ...withCells(APPRAISAL_FEES, { E13: '……' }),
    },
  ],
  invalid: [
    {
      name: 'seed 001 社保中心经办耗材购置及消防安全维护: 购置耗材及消防维保设备数量 “满足业务经办及消防安全需要”',
      grid: TIANJIN_103,
      errors: [
        {
          messageId: 'quantity',
          cell: 'E12',
          message: '数量指标“购置耗材及消防维保设备数量”的指标值“满足业务经办及消防安全需要”没有数字',
        },
      ],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定人数 described in words; clean twin above',
      ...withCells(APPRAISAL_FEES, { E13: '依法组织开展劳动能力鉴定', F13: null }),
      errors: [{ messageId: 'quantity', cell: 'E13' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定费 “据实支付” names no amount; the message gives the 14 万元 budget',
      ...withCells(APPRAISAL_FEES, { E17: '据实支付', F17: null }),
      errors: [{ messageId: 'cost', cell: 'E17', message: '不超过项目预算14万元' }],
    },
    {
      name: 'variant of seed 004: the annual 办公成本 without its 约12万元, and no 年度资金总额 on the form',
      ...withCells(PENSION, { H16: '需专人、专用信息系统' }),
      errors: [{ messageId: 'costNoBudget', cell: 'H16' }],
    },
    {
      name: 'English message',
      grid: TIANJIN_103,
      lang: 'en-US',
      errors: [
        {
          messageId: 'quantity',
          cell: 'E12',
          message: 'Quantity indicator “购置耗材及消防维保设备数量” has no number',
        },
      ],
    },
  ],
});
