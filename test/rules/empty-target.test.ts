// empty-target: indicators without a target (blank or only ……), on seed 000/001/002 tables and variants.

import { ANNUAL_GOAL_1, APPRAISAL_FEES, ARCHIVE, LONG_TERM, withCells } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { edit, ruleTester } from './tester';

// 天津 河北区法院 (corpus b5): two forms with no gap; the second's unit line (207101天津市河北区人民法院) follows the first.
const HEBEIQU_ENTRY = loadEntry(`${TABLES_DIR}/b5-tianjin-hebeiqu-fayuan-zhongyang.json`);
const HEBEIQU = {
  grid: corpusGrid(HEBEIQU_ENTRY).cells.slice(0, 20),
  merges: HEBEIQU_ENTRY.sheet.merges.filter((m) => Number(/[0-9]+$/.exec(m)?.[0]) <= 20),
};

// Two published self-evaluations of the corpus, as a reader gets them.
function corpusTable(id: string): { grid: ReturnType<typeof corpusGrid>['cells']; merges: string[] } {
  const entry = loadEntry(`${TABLES_DIR}/${id}.json`);
  return { grid: corpusGrid(entry).cells, merges: entry.sheet.merges };
}
// 萧县 杨楼: each ★ row carries only 分值 and 得分; the item rows right below carry the targets (红薯种植面积 5.5亩).
const YANGLOU = corpusTable('b3b-anhui-xiaoxian-yanglou-ziping');
// 银川六中: 项目决策/项目管理 items of the common evaluation framework, scored on criteria with no 指标值.
const LIUZHONG = corpusTable('b3d-ningxia-yinchuan-liuzhong-ziping');
// 陕西 陈仓 (corpus b8): a 专项 form passed down with only the template's units and signs in its targets.
const CHENCANG = corpusTable('b8d-shaanxi-chencang-shuili-nongcunyinshui');

ruleTester.run('empty-target', {
  valid: [
    {
      name: '河北区法院 (corpus): the next form’s unit line under the first table is a banner, not an indicator',
      ...HEBEIQU,
    },
    {
      name: '萧县 杨楼 (corpus): scored ★ headings over item rows that carry the targets, 项目决策-style rows without targets',
      ...YANGLOU,
    },
    { name: 'seed 000 劳动能力鉴定费用', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工', ...ARCHIVE },
    { name: 'seed 002 年度目标 1, filled in', ...ANNUAL_GOAL_1 },
    {
      name: '陈仓 (corpus) with its figures written before the template’s units and signs',
      ...withCells(CHENCANG, { E11: '12公里', E12: '0.5万亩', E13: '0.92万人', E14: '3公里', E15: '≧95%' }),
    },
  ],
  invalid: [
    {
      name: '萧县 杨楼 variant: the first ★ heading’s items left out, so nothing below it carries its target',
      grid: edit(YANGLOU.grid, { D11: null, F11: null, G11: null }),
      merges: YANGLOU.merges,
      errors: [{ messageId: 'empty', cell: 'F10' }],
    },
    {
      name: '银川六中 (corpus): 项目决策 items set no target, but the 满意度 indicator left blank is flagged',
      ...LIUZHONG,
      errors: [{ messageId: 'empty', cell: 'E33' }],
    },
    {
      name: 'seed 002 长期目标绩效指标: every value left as ……',
      ...LONG_TERM,
      errors: [
        { messageId: 'templateRow', cell: 'D6', message: '该行指标名称只有“……”，指标值也未填写，是未填写的模板行' },
        { messageId: 'templateRow', cell: 'D7' },
        { messageId: 'templateRow', cell: 'D8' },
        { messageId: 'templateRow', cell: 'D9' },
        { messageId: 'templateRow', cell: 'D10' },
        { messageId: 'templateRow', cell: 'D11' },
        { messageId: 'templateRow', cell: 'D12' },
        { messageId: 'templateRow', cell: 'D13' },
      ],
    },
    {
      name: 'seed 002 长期目标绩效指标 with the values left blank instead of ……',
      ...withCells(LONG_TERM, { D6: null, D7: null }),
      errors: [
        {
          messageId: 'templateRow',
          cell: 'D6',
          message: '请填写具体指标及其指标值，如“服务人次”“≥1000人次”，不设该项的请删除此行',
        },
        { messageId: 'templateRow', cell: 'D7', message: '如“验收合格率”“=100%”' },
        { messageId: 'templateRow', cell: 'D8' },
        { messageId: 'templateRow', cell: 'D9' },
        { messageId: 'templateRow', cell: 'D10' },
        { messageId: 'templateRow', cell: 'D11' },
        { messageId: 'templateRow', cell: 'D12' },
        { messageId: 'templateRow', cell: 'D13' },
      ],
    },
    {
      name: 'seed 002 variant: a named indicator whose value is ……',
      ...withCells(ANNUAL_GOAL_1, { D7: '……' }),
      errors: [
        {
          messageId: 'filler',
          cell: 'D7',
          message:
            '指标“养老保险社会化发放人数”的指标值只有“……”，等于未填写；请填写计划达到的数值或标准，如“≥1000人次”',
        },
      ],
    },
    {
      name: '陈仓 (corpus): targets holding only the unit or sign the template printed (公里, 万亩, 万人, ≧ %)',
      ...CHENCANG,
      errors: [
        {
          messageId: 'filler',
          cell: 'E11',
          message: '指标“指标1:新建堤防、护岸长度”的指标值只有“公里”，等于未填写',
        },
        { messageId: 'filler', cell: 'E12', message: '只有“万亩”' },
        { messageId: 'filler', cell: 'E13', message: '只有“万人”' },
        { messageId: 'filler', cell: 'E14', message: '只有“公里”' },
        { messageId: 'filler', cell: 'E15', message: '只有“≧ %”，等于未填写；请填写计划达到的数值或标准，如“=100%”' },
      ],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定人数 with its 指标值 left blank (the unit 人 is still there)',
      ...withCells(APPRAISAL_FEES, { E13: null }),
      errors: [{ messageId: 'empty', cell: 'E13', message: '指标“劳动能力鉴定人数”未填写指标值' }],
    },
    {
      name: 'seed 000 variant: targets that are formula errors (#N/A from a failed lookup, #REF! after deleted cells)',
      ...withCells(APPRAISAL_FEES, { E13: { error: '#N/A' }, E16: { error: '#REF!' } }),
      errors: [
        {
          messageId: 'formulaError',
          cell: 'E13',
          message:
            '指标“劳动能力鉴定人数”的指标值单元格显示公式错误 #N/A，没有有效的指标值；请修正公式或直接填写计划达到的数值或标准，如“≥1000人次”',
        },
        { messageId: 'formulaError', cell: 'E16', message: '公式错误 #REF!' },
      ],
    },
    {
      name: 'seed 001 variant: the satisfaction target left blank',
      ...withCells(ARCHIVE, { E14: null }),
      errors: [{ messageId: 'empty', cell: 'E14', message: '如“≥90%”' }],
    },
  ],
});
