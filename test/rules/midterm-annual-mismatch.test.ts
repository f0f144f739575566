// midterm-annual-mismatch: side-by-side 中期/年度 rows that disagree, on seed 004's two 六安 tables and their variants.

import { HALL, PENSION, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('midterm-annual-mismatch', {
  valid: [
    {
      name: 'seed 004 养老保险专项业务经费: rows whose names differ only in wording (…工作正常开展的影响或改善情况 / …正常开展的影响或提升程度)',
      ...PENSION,
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务, clean twin: each annual row names its mid-term indicator',
      ...withCells(RETIREES, { G16: '举办退休人员文体活动', G21: '培训完成时间' }),
    },
    { name: 'seed 001: a table with one indicator set', ...HALL },
  ],
  invalid: [
    {
      name: 'seed 004 as published: 举办退休人员文体活动 vs 采购硬件设备数量, and 培训完成时间 vs 活动计划完成时间',
      ...RETIREES,
      errors: [
        {
          messageId: 'nameMismatch',
          cell: 'G16',
          severity: 'warning',
          related: ['D16'],
          message: '年度指标“采购硬件设备数量”与同一行的中期指标“举办退休人员文体活动”不是同一指标',
        },
        {
          messageId: 'nameMismatch',
          cell: 'G21',
          severity: 'warning',
          related: ['D21'],
          message: '中期指标“培训完成时间”',
        },
      ],
    },
    {
      name: 'seed 004 养老保险专项业务经费 variant: annual 804人 above the mid-term 704人',
      ...withCells(PENSION, {
        H12: '完成共军转干补贴、53年前参军补贴、未参保集体企业生活补助、53年后参战参试、信访局代发、计生补贴、市直企业内退人员生活费等代发项目共804人',
      }),
      errors: [
        { messageId: 'annualAbove', cell: 'H12', related: ['E12'], message: '年度指标“完成代发项目数”的指标值' },
      ],
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务 variant (clean twin with one defect): annual 8次 above the mid-term 6次',
      ...withCells(RETIREES, { G16: '举办退休人员文体活动', G21: '培训完成时间', H13: '8次异地退管服务' }),
      errors: [{ messageId: 'annualAbove', cell: 'H13', message: '“8次异地退管服务”高于中期指标值“6次异地退管服务”' }],
    },
  ],
});
