// duplicate-indicator: the same indicator twice in one set, on seed 004 (the annual 采购硬件设备数量 twice) and seed 001.

import { HALL, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('duplicate-indicator', {
  valid: [
    {
      name: 'seed 001 97.社保经办大厅运转经费: a repeated 三级 name with distinct 绩效指标描述 is three indicators',
      ...HALL,
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务, clean twin: the annual row 16 names 举办退休人员文体活动 as the mid-term does',
      ...withCells(RETIREES, { G16: '举办退休人员文体活动' }),
    },
  ],
  invalid: [
    {
      name: 'seed 004 企业退休人员社会化管理服务: the annual set lists 采购硬件设备数量 twice (the mid-term set is not compared with it)',
      ...RETIREES,
      errors: [
        {
          messageId: 'duplicate',
          cell: 'G17',
          related: ['G16'],
          message: '指标“采购硬件设备数量”在本组指标中重复出现（第16行已有）',
        },
      ],
    },
    {
      name: 'seed 001 97.社保经办大厅运转经费 variant: the 物业服务费用 line copied from the one above, description and all',
      ...withCells(HALL, { D14: '电工及空调机组服务费用' }),
      errors: [{ messageId: 'duplicate', cell: 'C14', related: ['C13'] }],
    },
    {
      name: 'seed 001 97.社保经办大厅运转经费 variant: the same name written with a line break is still the same indicator',
      ...withCells(HALL, { C11: '物业服务验收\n合格率', D11: '物业服务验收合格率' }),
      errors: [{ messageId: 'duplicate', cell: 'C11', related: ['C9'] }],
    },
  ],
});
