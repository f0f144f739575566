// name-is-category: 三级 names that only repeat a category, on seed 000/001/003/004 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, RETIREES, withCells } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { edit, ruleTester } from './tester';

// 海南 服务贸易项目绩效自评表 (corpus b1c): the common evaluation framework's 项目绩效 → 项目产出 → 产出数量, 产出质量….
const HAINAN_ENTRY = loadEntry(`${TABLES_DIR}/b1c-hainan-swt-fuwumaoyi-ziping.json`);
const HAINAN = { grid: corpusGrid(HAINAN_ENTRY).cells, merges: HAINAN_ENTRY.sheet.merges };

ruleTester.run('name-is-category', {
  valid: [
    {
      name: '天津 河北区法院 style: 项目成本 20万元 is the project’s total cost, an amount',
      ...withCells(APPRAISAL_FEES, { D17: '项目成本' }),
    },
    {
      name: '海南 服务贸易 self-evaluation (corpus): 产出数量/产出质量 are the evaluation framework’s own 三级 names',
      ...HAINAN,
    },
    { name: 'seed 000 劳动能力鉴定费用', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工: 服务对象满意度 names a survey result', ...ARCHIVE },
    {
      name: 'seed 004 企业退休人员社会化管理服务: names that contain a category word are not the category',
      ...RETIREES,
    },
    {
      name: 'seed 003 department form: 年度履职目标相关性 and the like are items the form assesses directly',
      ...DEPARTMENT,
    },
  ],
  invalid: [
    {
      name: '海南 variant: the same names under a 2021-framework 一级 (产出指标 instead of 项目绩效) repeat their category',
      grid: edit(HAINAN.grid, { A25: '产出指标' }),
      merges: HAINAN.merges,
      errors: [
        { messageId: 'repeatsCategory', cell: 'E25' },
        { messageId: 'repeatsCategory', cell: 'E26' },
        { messageId: 'repeatsCategory', cell: 'E27' },
        { messageId: 'repeatsCategory', cell: 'E28' },
      ],
    },
    {
      name: 'seed 000 variant: 数量指标 and 质量指标1 as 四级 names',
      ...withCells(APPRAISAL_FEES, { D13: '数量指标', D16: '质量指标1' }),
      errors: [
        {
          messageId: 'repeatsCategory',
          cell: 'D13',
          message:
            '三级指标名称“数量指标”只是重复了指标类别，看不出衡量什么；请写出具体内容，如“数量指标”下的“服务人次”',
        },
        { messageId: 'repeatsCategory', cell: 'D16', message: '“质量指标1”' },
      ],
    },
    {
      name: 'seed 001 variant: （1）可持续影响 as the 效益 三级 name',
      ...withCells(ARCHIVE, { C13: '（1）可持续影响' }),
      errors: [{ messageId: 'repeatsCategory', cell: 'C13', message: '如“可持续影响指标”下的“设施持续使用年限”' }],
    },
  ],
});
