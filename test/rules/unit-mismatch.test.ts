// Tests for unit-mismatch: rates in %, quantities not in %, the cell and the unit column agreeing.

import { APPRAISAL_FEES, DEPARTMENT_SHORT, HALL, PLATFORM_FEES, PUBLICITY, withCells } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { edit, ruleTester } from './tester';

// 浮梁县林业局 部门整体绩效目标 (corpus b3e): bare figures (6, 320) with the unit in its own column (万立方米, 万亩).
const FULIANG_ENTRY = loadEntry(`${TABLES_DIR}/b3e-jiangxi-fuliang-linyeju-zhengti.json`);
const FULIANG = { grid: corpusGrid(FULIANG_ENTRY).cells, merges: FULIANG_ENTRY.sheet.merges };

ruleTester.run('unit-mismatch', {
  valid: [
    { name: '浮梁 (corpus): 6 | 万立方米 and 320 | 万亩 agree — a bare figure takes the column’s unit', ...FULIANG },
    { name: 'seed 000 劳动能力鉴定费用: 人, 次, % for rates, 万元 for the cost', ...APPRAISAL_FEES },
    { name: 'seed 001 社保经办大厅运转经费: 100百分比 is a percentage', ...HALL },
    { name: 'seed 001 社保中心宣传费: 增长率>=20% inside a sentence is not judged', ...PUBLICITY },
    {
      name: 'variant of seed 001 社保中心宣传费: a 增长率 in percentage points (≥5个百分点)',
      ...withCells(PUBLICITY, { C13: '关注人数年增长率', D13: '关注人数年增长率', E13: '≥5个百分点' }),
    },
    { name: 'seed 003 department form: rates with % in the unit column', ...DEPARTMENT_SHORT },
    {
      name: 'the value repeats the unit column’s unit (14万元 | 万元)',
      ...withCells(APPRAISAL_FEES, { E17: '14万元' }),
    },
  ],
  invalid: [
    {
      name: '浮梁 variant: the cell writes 6立方米 where the unit column says 万立方米',
      grid: edit(FULIANG.grid, { E12: '6立方米' }),
      merges: FULIANG.merges,
      errors: [{ messageId: 'columnDiffers', cell: 'E12' }],
    },
    {
      name: 'seed 000 社保基金财务综合管理平台维护费: a 完成率 in % under 数量指标',
      ...PLATFORM_FEES,
      errors: [
        {
          messageId: 'quantityInPercent',
          cell: 'E13',
          message: '数量指标“平台维护及升级改造工作完成率”的指标值“100%”是百分比',
        },
      ],
    },
    {
      name: 'variant of seed 000: 社会公众满意度 scored in 分; clean twin above',
      ...withCells(APPRAISAL_FEES, { F20: '分' }),
      errors: [{ messageId: 'rateNotPercent', cell: 'E20', message: '单位却是“分”' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定费 written 14万元 in a 元 unit column',
      ...withCells(APPRAISAL_FEES, { E17: '14万元', F17: '元' }),
      errors: [{ messageId: 'columnDiffers', cell: 'E17', message: '与计量单位栏的“元”不一致' }],
    },
    {
      name: 'variant of seed 001: 物业服务验收合格率 written as a count',
      ...withCells(HALL, { E9: '100人' }),
      errors: [{ messageId: 'rateNotPercent', cell: 'E9' }],
    },
  ],
});
