// unknown-level1: 一级 values the profile does not know, on seed 000/001/003 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, withCells } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { ruleTester } from './tester';

// 天津 河北区法院 (corpus b5): two forms with no gap; the second's unit line (207101天津市河北区人民法院) follows the first.
const HEBEIQU_ENTRY = loadEntry(`${TABLES_DIR}/b5-tianjin-hebeiqu-fayuan-zhongyang.json`);
const HEBEIQU = {
  grid: corpusGrid(HEBEIQU_ENTRY).cells.slice(0, 20),
  merges: HEBEIQU_ENTRY.sheet.merges.filter((m) => Number(/[0-9]+$/.exec(m)?.[0]) <= 20),
};

// 天津 宝坻区 中央预算内投资 绩效目标表 (corpus b1a): 实施效果指标 over 产出指标 / 效益指标, the 发展改革委 form's own levels.
const INVESTMENT = {
  grid: [
    ['天津市农业绿色发展专项(畜禽粪污资源化利用整县推进项目)2022年中央预算内投资', null, null, null, null],
    ['专项名称', '农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)', null, null, null],
    ['下达中央预算内投资(万元)', 2350, null, null, null],
    ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '实施效果指标', '产出指标', '建设项目个数(含续建)', '1个'],
    [null, null, null, '竣工验收合格率', '100%'],
    [null, null, '效益指标', '完工项目县畜禽粪污综合利用率', '≥90%'],
  ],
  merges: ['A1:E1', 'B2:E2', 'B3:E3', 'A4:A7', 'B5:B7', 'C5:C6'],
};

ruleTester.run('unknown-level1', {
  valid: [
    {
      name: '河北区法院 (corpus): the next form’s unit line under the first table is a banner, not an indicator',
      ...HEBEIQU,
    },
    {
      name: '中央预算内投资 (宝坻): 实施效果指标 over 产出指标 / 效益指标 is that form’s own framework',
      ...INVESTMENT,
    },
    { name: 'seed 000 劳动能力鉴定费用: 产出 and 效果 are known spellings', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工: blank 一级 cells filled down', ...ARCHIVE },
    { name: 'seed 003 department form: 投入管理指标 is a department 一级', ...DEPARTMENT },
  ],
  invalid: [
    {
      name: 'a 一级 that is no framework’s: 实施成效指标 where the 中央预算内投资 form has 实施效果指标',
      ...INVESTMENT,
      grid: INVESTMENT.grid.map((r, i) => (i === 4 ? [null, '实施成效指标', ...r.slice(2)] : r)),
      errors: [{ messageId: 'unknown', cell: 'B5' }],
    },
    {
      name: 'seed 000 variant: 一级 工作指标 on the 劳动能力鉴定人数 row',
      ...withCells(APPRAISAL_FEES, { A13: '工作指标' }),
      errors: [
        {
          messageId: 'unknown',
          cell: 'A13',
          message: '一级指标“工作指标”不是规范的一级指标类别；应为产出指标、效益指标、满意度指标、成本指标之一',
        },
      ],
    },
    {
      name: 'seed 001 variant: a 一级 cell that stands for four rows is reported once, at its cell',
      ...withCells(ARCHIVE, { A9: '工作目标' }),
      errors: [{ messageId: 'unknown', cell: 'A9' }],
    },
    {
      name: 'seed 001 variant checked as a 2021 project table: 投入管理指标 belongs to department forms',
      ...withCells(ARCHIVE, { A13: '投入管理指标' }),
      profile: 'project-2021',
      errors: [
        { messageId: 'departmentOnly', cell: 'A13', message: '一级指标“投入管理指标”用于部门整体支出绩效目标表' },
      ],
    },
  ],
});
