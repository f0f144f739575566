// Tests for quantity-ceiling: a 数量指标 target is a floor; a ceiling is right only for what should be small.

import { APPRAISAL_FEES, HALL, OPERATIONS, withCells } from './seed-tables';
import { ruleTester } from './tester';

// Seed 001 社保业务经办经费 with its three counts written as floors.
const OPERATIONS_FLOORS = withCells(OPERATIONS, { E21: '≥1万人', E22: '≥3.1万封', E23: '≥3000封' });

ruleTester.run('quantity-ceiling', {
  valid: [
    {
      name: '扎赉特旗 检察院 style: 车辆采购数量 ≤1 caps a vehicle purchase, as the austerity rules do (the form marks it 反向)',
      ...withCells(HALL, { C15: '车辆采购数量', D15: '车辆采购数量', E15: '≤1辆' }),
    },
    { name: 'clean twin of seed 001 社保业务经办经费: ≥1万人, ≥3.1万封, ≥3000封', ...OPERATIONS_FLOORS },
    { name: 'seed 001 社保经办大厅运转经费: ≤753万元 is a cost, under 成本指标', ...HALL },
    { name: 'seed 000 劳动能力鉴定费用: plain counts 1500人, 4次', ...APPRAISAL_FEES },
    {
      name: 'legit ceilings under 数量指标: trips the public makes, a processing time, letters returned',
      ...withCells(OPERATIONS_FLOORS, {
        C21: '群众办事跑动次数',
        D21: '群众办事跑动次数',
        E21: '≤1次',
        C22: '业务办理时限',
        D22: '业务办理时限',
        E22: '≤5个工作日',
        C23: '挂号信退回件数',
        D23: '挂号信退回件数',
        E23: '≤300封',
      }),
    },
    {
      name: 'legit ceilings under 数量指标: accidents, complaints, a class size',
      ...withCells(OPERATIONS_FLOORS, {
        C21: '安全事故发生次数',
        D21: '安全事故发生次数',
        E21: '≤1次',
        C22: '有效投诉件数',
        D22: '有效投诉件数',
        E22: '不超过3件',
        C23: '平均班额',
        D23: '平均班额',
        E23: '≤45人',
      }),
    },
    {
      name: 'caps austerity rules set: 公务用车数量, 会议次数, 每班学生人数',
      ...withCells(OPERATIONS_FLOORS, {
        C21: '公务用车数量',
        D21: '公务用车数量',
        E21: '≤5辆',
        C22: '全年召开会议次数',
        D22: '全年召开会议次数',
        E22: '≤4次',
        C23: '每班学生人数',
        D23: '每班学生人数',
        E23: '≤45人',
      }),
    },
    {
      name: 'a ceiling on money under 数量指标 is a cost (cost rules judge it)',
      ...withCells(OPERATIONS_FLOORS, { E21: '≤10万元' }),
    },
    { name: 'a share under 数量指标 is unit-mismatch’s', ...withCells(OPERATIONS_FLOORS, { E21: '≤10百分比' }) },
    { name: '≤0 on a count is impossible-bound’s', ...withCells(OPERATIONS_FLOORS, { E21: '≤0人' }) },
    {
      name: 'clean twin of the 覆盖乡镇数 variants: ≥12 个',
      ...withCells(APPRAISAL_FEES, { D14: '覆盖乡镇数', E14: '≥12', F14: '个' }),
    },
  ],
  invalid: [
    {
      name: 'the same row counting equipment, not vehicles: 办公设备采购数量 ≤10台 is a workload written as a ceiling',
      ...withCells(HALL, { C15: '办公设备采购数量', D15: '办公设备采购数量', E15: '≤10台' }),
      errors: [{ messageId: 'ceiling', cell: 'E15' }],
    },
    {
      name: 'seed 001 社保业务经办经费: ≤1万人, ≤3.1万封, ≤3000封 under 数量指标',
      ...OPERATIONS,
      errors: [
        {
          messageId: 'ceiling',
          cell: 'E21',
          message:
            '数量指标“上门完成认证人数”的指标值“≤1万人”是上限，等于说少做也算完成，无法考核应完成的工作量；数量指标应写下限，如“≥1万人”',
        },
        { messageId: 'ceiling', cell: 'E22', message: '如“≥3.1万封”' },
        { messageId: 'ceiling', cell: 'E23', message: '如“≥3000封”' },
      ],
    },
    {
      name: 'variant of seed 000: 覆盖乡镇数 ≤12 个 (unit in the unit column)',
      ...withCells(APPRAISAL_FEES, { D14: '覆盖乡镇数', E14: '≤12', F14: '个' }),
      errors: [{ messageId: 'ceiling', cell: 'E14', message: '指标值“≤12个”是上限' }],
    },
    {
      name: 'variant of seed 000: 覆盖乡镇数 <12 个',
      ...withCells(APPRAISAL_FEES, { D14: '覆盖乡镇数', E14: '<12', F14: '个' }),
      errors: [{ messageId: 'ceiling', cell: 'E14', message: '如“≥12个”' }],
    },
    {
      name: 'ceilings in words: 不超过3000封, 3000封以内 (English message)',
      ...withCells(OPERATIONS_FLOORS, { E22: '不超过3000封', E23: '3000封以内' }),
      lang: 'en-US',
      errors: [
        { messageId: 'ceiling', cell: 'E22', message: 'has the ceiling “不超过3000封”' },
        { messageId: 'ceiling', cell: 'E23', message: 'e.g. “≥3000封”' },
      ],
    },
  ],
});
