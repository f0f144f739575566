// Tests for percent-out-of-range: bounded rates stay within 0–100 %; growth rates may exceed 100 %.

import { APPRAISAL_FEES, DEPARTMENT_SHORT, HALL, PUBLICITY, withCells } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { ruleTester } from './tester';

// 衡山县 县级储备粮 自评表 (corpus b2b): 市民满意度调查 targeted at 290 %, achieved 100 %.
const HENGSHAN_ENTRY = loadEntry(`${TABLES_DIR}/b2b-hengshan-chubeiliang-ziping.json`);
const HENGSHAN = { grid: corpusGrid(HENGSHAN_ENTRY).cells, merges: HENGSHAN_ENTRY.sheet.merges };

ruleTester.run('percent-out-of-range', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: 工伤鉴定合格率 100 %, 社会公众满意度 99 %', ...APPRAISAL_FEES },
    { name: 'seed 001 社保经办大厅运转经费: 100百分比 rates, ≥95百分比 satisfaction', ...HALL },
    { name: 'seed 003 department form: ≥100 % is impossible-bound’s, not out of range', ...DEPARTMENT_SHORT },
    {
      name: 'variant of seed 001 社保中心宣传费: a 增长率 of 120 % is a change, not a share',
      ...withCells(PUBLICITY, { C13: '关注人数年增长率', D13: '关注人数年增长率', E13: '≥120百分比' }),
    },
  ],
  invalid: [
    {
      name: '衡山 (corpus): 市民满意度调查 names the survey’s result, and 290 % is out of range',
      ...HENGSHAN,
      errors: [{ messageId: 'above', cell: 'E27' }],
    },
    {
      name: 'variant of seed 000: 工伤鉴定合格率 120 %; clean twin above',
      ...withCells(APPRAISAL_FEES, { E16: 120 }),
      errors: [
        { messageId: 'above', cell: 'E16', message: '“工伤鉴定合格率”是比率，最高只能到100%，指标值“120%”超出了范围' },
      ],
    },
    {
      name: 'variant of seed 001: 物业服务验收合格率 110百分比 and 社保经办大厅工作人员满意度 ≥105百分比',
      ...withCells(HALL, { E9: '110百分比', E18: '≥105百分比' }),
      errors: [
        { messageId: 'above', cell: 'E9' },
        { messageId: 'above', cell: 'E18' },
      ],
    },
    {
      name: 'variant of seed 003: a negative 预算执行率',
      ...withCells(DEPARTMENT_SHORT, { E7: -90 }),
      errors: [{ messageId: 'below', cell: 'E7' }],
    },
  ],
});
