// unit-mismatch: a rate not in %, a 数量指标 in %, or the value cell's unit differing from the unit column.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';

// Shares may be written per mille, and a change of a rate in percentage points (提高5个百分点).
const SHARE_UNITS = new Set(['%', '‰', '百分点', '个百分点']);

// A figure with its operator and number taken away leaves the unit the cell writes, if any.
const FIGURE = /[≥≤=<>＞＜＝≧≦]|[-+]?[0-9０-９][0-9０-９,，.．]*|\s+/gu;

/** The cell writes a unit of its own after its figure (6万立方米), rather than a bare figure (6). */
function writesUnit(raw: string): boolean {
  return raw.replace(FIGURE, '') !== '';
}

export const rule: RuleModule = {
  meta: {
    id: 'unit-mismatch',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '单位与指标不符：比率类指标不用%，数量指标用%，或指标值中的单位与计量单位栏不一致',
      'en-US':
        'A unit that does not fit: a rate not in %, a quantity in %, or the cell’s unit differing from the unit column',
    },
    messages: {
      columnDiffers: {
        'zh-CN':
          '“{name}”的指标值“{shown}”用的单位是“{cellUnit}”，与计量单位栏的“{columnUnit}”不一致；两处应统一为同一单位',
        'en-US':
          'The target “{shown}” of “{name}” is in “{cellUnit}” but the unit column says “{columnUnit}”; use one unit in both',
      },
      quantityInPercent: {
        'zh-CN':
          '数量指标“{name}”的指标值“{shown}”是百分比；数量指标应写具体数量（如“1500人”“20次”），比率类指标应归入质量指标或时效指标',
        'en-US':
          'Quantity indicator “{name}” has a percentage target “{shown}”; a quantity states a count (e.g. “1500人”, “20次”), and a rate belongs under quality or timeliness',
      },
      rateNotPercent: {
        'zh-CN': '“{name}”是比率类指标，指标值“{shown}”的单位却是“{unit}”；比率应以%表示，如“≥95%”',
        'en-US': '“{name}” is a rate but its target “{shown}” is in “{unit}”; a rate is written in %, e.g. “≥95%”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      // A sentence may embed a figure about something else; only targets that are essentially a number are judged.
      if (t.kind !== 'quantitative' || t.value === null || !t.unit) continue;
      // The cell's own unit wins in the parsed target, so a differing unit column shows up as a difference here. A bare
      // figure takes the column's unit (6 | 万立方米 reads as 60000 立方米): only a cell that writes a unit can differ,
      // and only from a unit column that holds a unit (not a figure such as >=95%).
      if (ind.unit && t.unit !== ind.unit && writesUnit(t.raw) && !/[0-9０-９≥≤<>=]/u.test(ind.unit)) {
        const data = { name: row.displayName, shown: row.shownTarget, cellUnit: t.unit, columnUnit: ind.unit };
        ctx.report({ messageId: 'columnDiffers', data, at: { indicator: ind, part: 'target' } });
      } else if (row.quantity && t.unit === '%') {
        ctx.report({
          messageId: 'quantityInPercent',
          data: { name: row.displayName, shown: row.shownTarget },
          at: { indicator: ind, part: 'target' },
        });
      } else if (!SHARE_UNITS.has(t.unit) && row.rateName) {
        const data = { name: row.displayName, shown: row.shownTarget, unit: t.unit };
        ctx.report({ messageId: 'rateNotPercent', data, at: { indicator: ind, part: 'target' } });
      }
    }
  },
};
