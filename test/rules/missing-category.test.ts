// missing-category: indicator sets missing 产出/效益/数量/质量/时效/满意度/成本, per profile, on seed 000/001/003/004 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, ARCHIVE_2021, DEPARTMENT, RETIREES, withCells, withoutRows } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { ruleTester } from './tester';

// 慈溪 托育 (corpus b2a): 社会效益 filed under 产出指标, no 成本 indicator.
const CIXI_ENTRY = loadEntry(`${TABLES_DIR}/b2a-zhejiang-cixi-tuoyu-midterm.json`);
const CIXI = { grid: corpusGrid(CIXI_ENTRY).cells, merges: CIXI_ENTRY.sheet.merges };

ruleTester.run('missing-category', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用 (legacy): every category, 满意度 as a 二级 under 效果', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工 (legacy): no 成本 一级 needed', ...ARCHIVE },
    { name: 'seed 001 table rewritten to the 2021 framework, with its 成本指标 一级', ...ARCHIVE_2021 },
    { name: 'seed 004 企业退休人员社会化管理服务: both the 中期 and the 年度 set are complete', ...RETIREES },
    { name: 'seed 003 department form: no 数量/质量/时效 expected, 满意度 under 效益指标 counts', ...DEPARTMENT },
    {
      name: 'the older form does not ask for a 成本 一级',
      ...withoutRows(ARCHIVE_2021, 14),
      profile: 'project-legacy',
    },
  ],
  invalid: [
    {
      name: '慈溪 (corpus): 社会效益 misfiled under 产出 is there (level2-not-under-level1 says where); only 成本 is missing',
      ...CIXI,
      errors: [{ messageId: 'noCost', cell: 'A9', message: '如经济成本指标“项目总成本 ≤项目预算”' }],
    },
    {
      name: 'seed 000 variant: 管理任务按时完成 filed as 质量指标 leaves no 时效 indicator',
      ...withCells(APPRAISAL_FEES, { C15: '质量指标' }),
      errors: [{ messageId: 'noTimeliness', cell: 'A13', message: '本组绩效指标没有时效指标' }],
    },
    {
      name: 'seed 000 variant: both counts filed as 质量指标 leave 产出 without 数量',
      ...withCells(APPRAISAL_FEES, { C13: '质量指标', C14: '质量指标' }),
      errors: [{ messageId: 'noQuantity', cell: 'A13', message: '产出指标“产出”下没有数量指标' }],
    },
    {
      name: 'seed 001 table in the 2021 framework without its 成本指标 row',
      ...withoutRows(ARCHIVE_2021, 14),
      errors: [{ messageId: 'noCost', cell: 'A9', message: '按2021版绩效指标框架应设置一级指标“成本指标”' }],
    },
    {
      name: 'seed 001 table in the 2021 framework without its 满意度 row',
      ...withoutRows(ARCHIVE_2021, 13),
      errors: [{ messageId: 'noSatisfaction', cell: 'A9' }],
    },
    {
      name: 'seed 001 table without its 效益 row',
      ...withoutRows(ARCHIVE, 13),
      errors: [{ messageId: 'noBenefit', cell: 'A9' }],
    },
    {
      name: 'seed 001 table with only its 效益 and 满意度 rows: no 产出, hence no 时效, and no 成本 either',
      ...withoutRows(ARCHIVE, 9, 10, 11, 12),
      errors: [
        { messageId: 'noCost', cell: 'A9' },
        { messageId: 'noOutput', cell: 'A9' },
        { messageId: 'noTimeliness', cell: 'A9' },
      ],
    },
    {
      name: 'seed 004 variant: the 中期 set files its deadlines as 质量指标; found at the 中期 二级 column',
      ...withCells(RETIREES, { C20: '质量指标' }),
      errors: [{ messageId: 'noTimeliness', cell: 'C12' }],
    },
  ],
});
