// Why no table was read on a sheet: the evidence detection saw (category words, header words) and what it missed,
// so a workbook where nothing was read is reported as "not checked" with a reason, never as clean.

import { columnLetters } from '../a1';
import { canonicalLevel1, canonicalLevel2 } from '../categories';
import { cellText, type Grid } from '../grid';
import type { Lang } from '../model';
import type { IndicatorRole } from './roles';
import { headerWord } from './vocabulary';

export interface SheetEvidence {
  sheet: string;
  /** Cells holding an indicator category (产出指标, 数量指标…): where an indicator table seems to be. */
  categoryCells: number;
  /** The first of them, A1. */
  firstCategory: string | null;
  /** The row with the most indicator header words, and the roles it names (role → column letter). */
  headerRow: number | null;
  roles: Partial<Record<IndicatorRole, string>>;
}

/** What a sheet holds that looks like an indicator table, or null when it holds nothing of the kind. */
export function sheetEvidence(grid: Grid): SheetEvidence | null {
  let categoryCells = 0;
  let firstCategory: string | null = null;
  let headerRow: number | null = null;
  let roles: Partial<Record<IndicatorRole, string>> = {};
  let best = 0;
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    const here: Partial<Record<IndicatorRole, string>> = {};
    let n = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const t = cellText(v);
      if (t.length === 0 || t.length > 40) continue;
      const at = `${columnLetters(grid.left + c)}${grid.top + r}`;
      if (t.length <= 16 && (canonicalLevel1(t) !== null || canonicalLevel2(t) !== null)) {
        categoryCells++;
        firstCategory ??= at;
      }
      const w = headerWord(t);
      if (w && w.kind === 'indicator' && here[w.role] === undefined) {
        here[w.role] = columnLetters(grid.left + c);
        n++;
      }
    }
    if (n > best) {
      best = n;
      headerRow = grid.top + r;
      roles = here;
    }
  }
  if (categoryCells === 0 && best === 0) return null;
  return { sheet: grid.sheet, categoryCells, firstCategory, headerRow, roles };
}

const ROLE_NAMES: Record<IndicatorRole, [string, string]> = {
  level1: ['一级指标', 'level-1 category'],
  level2: ['二级指标', 'level-2 category'],
  level3: ['三级指标（指标名称）', 'indicator name'],
  level4: ['四级指标', 'level-4 name'],
  description: ['指标说明', 'description'],
  operator: ['符号', 'operator'],
  value: ['指标值', 'target value'],
  unit: ['计量单位', 'unit'],
  standard: ['评分标准', 'standard'],
  note: ['备注', 'note'],
  valueType: ['指标值类型', 'value type'],
  actual: ['实际完成值', 'actual value'],
  weight: ['分值', 'weight'],
  score: ['得分', 'score'],
  deviation: ['偏差原因', 'deviation reason'],
};

/** The reason, in the report's language: what was seen on the sheet and what was missing. */
export function noTableReason(e: SheetEvidence, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const seen = (Object.entries(e.roles) as [IndicatorRole, string][]).map(([role, col]) =>
    zh ? `${col} 列是${ROLE_NAMES[role][0]}` : `column ${col} is the ${ROLE_NAMES[role][1]}`,
  );
  const missing: string[] = [];
  const has = (r: IndicatorRole) => e.roles[r] !== undefined;
  if (!has('value')) missing.push(zh ? '指标值列' : 'target value column');
  if (!has('level3') && !has('level4')) missing.push(zh ? '指标名称列' : 'indicator name column');
  if (!has('level1') && !has('level2')) missing.push(zh ? '一级/二级指标列' : 'level-1/level-2 category column');
  const categories =
    e.categoryCells > 0
      ? zh
        ? `（另有 ${e.categoryCells} 个指标类别词，如 ${e.firstCategory}）`
        : ` (and ${e.categoryCells} indicator category words, e.g. ${e.firstCategory})`
      : '';
  if (seen.length > 0 && e.headerRow !== null) {
    return zh
      ? `工作表「${e.sheet}」第 ${e.headerRow} 行：${seen.join('、')}，但没有找到${missing.join('、') || '能读出指标的数据行'}${categories}`
      : `sheet "${e.sheet}" row ${e.headerRow}: ${seen.join(', ')}, but found no ${missing.join(', no ') || 'rows that read as indicators'}${categories}`;
  }
  return zh
    ? `工作表「${e.sheet}」有 ${e.categoryCells} 个指标类别词（如 ${e.firstCategory}），但没有找到含一级指标/三级指标/指标值等的表头行`
    : `sheet "${e.sheet}" holds ${e.categoryCells} indicator category words (e.g. ${e.firstCategory}) but no header row with 一级指标/三级指标/指标值 or the like`;
}
