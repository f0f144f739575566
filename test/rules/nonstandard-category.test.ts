// Tests for nonstandard-category: category labels read by alias are named with their standard names, once per table.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, HALL, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('nonstandard-category', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: 产出指标, 质量指标, 成本指标…', ...HALL },
    { name: 'seed 001 档案数字化加工: standard labels', ...ARCHIVE },
    { name: 'seed 003 department form: 满意度 is the form’s own 二级 under 效益指标', ...DEPARTMENT },
    {
      name: 'points and fill hints after a label: 产出指标(50分), 质量指标（必填）',
      ...withCells(HALL, { A9: '产出指标(50分)', B9: '质量指标（必填）', A17: '效益指标（30分）' }),
    },
    {
      name: 'clean twin of seed 000 劳动能力鉴定费用: standard labels on a three-level sheet',
      grid: [
        ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
        ['产出指标', '数量指标', '劳动能力鉴定人数', 1500, '人'],
        ['产出指标', '质量指标', '工伤鉴定合格率', 100, '%'],
        ['产出指标', '时效指标', '鉴定结论送达时限', '受理后60日内', null],
        ['效益指标', '社会效益指标', '鉴定结论依法送达率', 100, '%'],
        ['满意度指标', '服务对象满意度指标', '鉴定对象满意度', 95, '%'],
      ],
    },
  ],
  invalid: [
    {
      name: 'seed 000 劳动能力鉴定费用: 产出, 效果, 社会效益… and the grouping level 项目产出/项目效益',
      ...APPRAISAL_FEES,
      errors: [
        {
          messageId: 'label',
          cell: 'A13',
          related: ['A18', 'C18', 'C19', 'C20'],
          message:
            '指标类别的写法不是规范名称：“产出”→“产出指标”、“效果”→“效益指标”、“社会效益”→“社会效益指标”、“可持续影响”→“可持续影响指标”、“社会公众或服务对象满意度”→“服务对象满意度指标”；本表按规范名称识别，应改写为规范名称，便于汇总和审核',
        },
        {
          messageId: 'grouping',
          cell: 'B13',
          related: ['B18'],
          message: '“项目产出”、“项目效益”是一级指标与数量、质量、社会效益等指标之间多出的一层',
        },
      ],
    },
    {
      name: 'variant of seed 001: 质量 without 指标, 效果指标 as 一级 (English message)',
      ...withCells(HALL, { B9: '质量', A17: '效果指标' }),
      lang: 'en-US',
      errors: [
        {
          messageId: 'label',
          cell: 'B9',
          related: ['A17'],
          message: 'non-standard way: “质量”→“质量指标”、“效果指标”→“效益指标”',
        },
      ],
    },
    {
      name: 'variant of seed 001: 项目效益(35分) as a 一级 is quoted without its points',
      ...withCells(HALL, { A17: '项目效益(35分)' }),
      errors: [{ messageId: 'label', cell: 'A17', message: '“项目效益”→“效益指标”' }],
    },
  ],
});
