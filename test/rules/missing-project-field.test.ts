// missing-project-field: project blocks without a name, a budget or a period/year, on seed 000, 001 and 004 tables and their variants.

import type { Cell } from '../../src/core/grid';
import { corpusTable } from './money-tables';
import { APPRAISAL_FEES, CARD, HALL, PENSION, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

// 天津市宝坻区 畜禽粪污资源化利用 2022 中央预算内投资计划绩效目标表 (corpus b1a): the budget is 下达中央预算内投资(万元) 2350.
const BAODI = corpusTable('b1a-tianjin-baodi-chuqin');
// 海南省商务厅 服务贸易项目绩效自评表 (corpus b1c): the budget is 计划投资额(万元) 570; no year anywhere on the form.
const HAINAN_TRADE = corpusTable('b1c-hainan-swt-fuwumaoyi-ziping');

// A flat export (one row per indicator) of two seed 000 projects: one table per project under one shared header.
const EXPORT: Cell[][] = [
  ['2021年项目支出绩效目标表', null, null, null, null, null, null, null, null],
  ['单位名称', '项目名称', '项目金额', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
  ['枣庄市社会保险服务中心', '劳动能力鉴定费用', 14, '产出指标', '数量指标', '劳动能力鉴定人数', '≥', 1500, '人'],
  ['枣庄市社会保险服务中心', '劳动能力鉴定费用', 14, '产出指标', '成本指标', '劳动能力鉴定费', '≤', 14, '万元'],
  ['枣庄市社会保险服务中心', '维修（护）费', 1, '产出指标', '数量指标', '维修次数', '≥', 20, '次'],
  ['枣庄市社会保险服务中心', '维修（护）费', 1, '产出指标', '成本指标', '维修成本', '≤', 1, '万元'],
];

// Two of seed 001's forms on one sheet, as published: the template has no 项目期限 field and no title names the year.
const TWO_FORMS = { grid: [...HALL.grid, [null, null, null, null, null], ...CARD.grid], merges: HALL.merges };

ruleTester.run('missing-project-field', {
  valid: [
    {
      name: 'a form without a 项目名称 field whose title names the project (2019年度宁晋县高中助学金项目绩效评价指标表)',
      ...withCells(HALL, { A1: '2023年度社保经办大厅运转经费项目绩效目标表', A3: null, B3: null }),
    },
    {
      name: 'a project named for its year (2018年南岳镇资产收益扶贫项目) states the year',
      ...withCells(HALL, { B3: '2018年南岳镇资产收益扶贫项目' }),
    },
    { name: 'seed 000 劳动能力鉴定费用: name, 14 万元 and 2021-01-01 至 2021-12-31', ...APPRAISAL_FEES },
    { name: 'seed 000 without 项目期限 but with the year in the title', ...withCells(APPRAISAL_FEES, { B7: null }) },
    { name: 'seed 004 企业退休人员社会化管理服务: 项目日期 2021至2023, 中期 294 and 年度 90', ...RETIREES },
    {
      name: 'a flat export of seed 000 projects under a title naming 2021',
      grid: EXPORT,
      merges: ['A1:I1'],
      tables: 2,
    },
    { name: 'a department-wide review has no project block to check', ...HALL, profile: 'department' },
    { name: '宝坻 (corpus): 下达中央预算内投资(万元) 2350 is the budget, and the title names 2022', ...BAODI },
  ],
  invalid: [
    {
      name: 'no 项目名称 and a title that is only the form’s name (项目绩效目标表)',
      ...withCells(HALL, { A1: '2023年项目绩效目标表', A3: null, B3: null }),
      errors: [{ messageId: 'missingName', cell: 'A1' }],
    },
    {
      name: 'seed 001 as published: 97.社保经办大厅运转经费 states no period and no year',
      ...HALL,
      errors: [
        {
          messageId: 'missingPeriod',
          cell: 'A1',
          severity: 'warning',
          message: '项目“社保经办大厅运转经费”未填写项目期限或年度',
        },
      ],
    },
    {
      name: 'seed 001 as published, two forms on one sheet without a period field: said once for the sheet, not per table (issue 16)',
      ...TWO_FORMS,
      tables: 2,
      errors: [
        {
          messageId: 'missingPeriodSheet',
          cell: 'A1',
          message: '本工作表的 2 张绩效目标表（如“社保经办大厅运转经费”）均未填写项目期限或年度',
        },
      ],
    },
    {
      name: 'the message carries no year of its own: the table has none to give',
      ...HALL,
      errors: [{ messageId: 'missingPeriod', cell: 'A1', message: /^[^0-9]*$/ }],
    },
    {
      name: 'seed 004 as published: 养老保险专项业务经费 has a 中期资金总额 of 103 but no 年度资金总额',
      ...PENSION,
      errors: [
        {
          messageId: 'missingAnnualBudget',
          cell: 'A1',
          message: '项目“养老保险专项业务经费”填写了中期资金总额 103 万元，但年度资金总额为空',
        },
      ],
    },
    {
      name: 'seed 000 variant: 项目期限 blank and no year in the title',
      ...withCells(APPRAISAL_FEES, { B7: null, A2: null }),
      errors: [{ messageId: 'missingPeriod', cell: 'A1', message: '项目“劳动能力鉴定费用”未填写项目期限或年度' }],
    },
    {
      name: 'a flat export of seed 000 projects with no year anywhere: said once for the export, not per project',
      grid: EXPORT.slice(1),
      tables: 2,
      errors: [
        {
          messageId: 'missingPeriodExport',
          cell: 'A2',
          message: '这张导出表的 2 个项目（如“劳动能力鉴定费用”）均未填写项目期限或年度',
        },
      ],
    },
    {
      name: 'seed 000 variant: 项目资金申请 left blank',
      ...withCells(APPRAISAL_FEES, { B8: null }),
      errors: [{ messageId: 'missingBudget', cell: 'A1', message: '项目“劳动能力鉴定费用”未填写预算金额' }],
    },
    {
      name: '宝坻 twin: 下达中央预算内投资(万元) left blank',
      ...withCells(BAODI, { B6: null }),
      errors: [{ messageId: 'missingBudget', cell: 'A2', message: '未填写预算金额' }],
    },
    {
      name: '海南 服务贸易 (corpus): 计划投资额(万元) 570 is the budget; only the year is missing',
      ...HAINAN_TRADE,
      errors: [{ messageId: 'missingPeriod', cell: 'A1' }],
    },
    {
      name: '海南 服务贸易 twin: 计划投资额(万元) left blank',
      ...withCells(HAINAN_TRADE, { C7: null }),
      errors: [
        { messageId: 'missingBudget', cell: 'A1', message: '项目“服务贸易项目”未填写预算金额' },
        { messageId: 'missingPeriod', cell: 'A1' },
      ],
    },
    {
      name: 'seed 000 variant: 项目名称 left blank',
      ...withCells(APPRAISAL_FEES, { B4: null }),
      errors: [{ messageId: 'missingName', cell: 'A1', message: '未填写项目名称' }],
    },
  ],
});
