// What the per-indicator view of a self-evaluation table (绩效自评表) shows, as text: values as written, a dash for
// what is blank, and the cell a row selects.

import type { Indicator, Lang, ProjectBlock } from '../../core/model';
import { t } from '../../app/i18n';

/** Shown for a value that is blank or not on the form. */
export const BLANK = '—';

/** A target or actual as written, with the unit column's text after it when the value does not already end with it. */
export function shownValue(raw: string | undefined, unit: string | null): string {
  const text = (raw ?? '').trim();
  if (text === '') return BLANK;
  return unit && !text.endsWith(unit) ? `${text} ${unit}` : text;
}

/** A number of points or 万元 as a reviewer reads it (no trailing zeros); a dash when blank. */
export function shownNumber(value: number | null | undefined): string {
  return typeof value === 'number' ? String(value) : BLANK;
}

/** The cell an indicator row selects: its actual value, else its score, name or target. */
export function indicatorCell(indicator: Indicator): string | undefined {
  const c = indicator.cells;
  return c.actual ?? c.score ?? c.name ?? c.target;
}

/** Whether the form has the money block of a self-evaluation (全年执行数, 执行率, its 分值 and 得分). */
export function hasMoneyBlock(project: ProjectBlock): boolean {
  return [project.executed, project.executionRate, project.executionWeight, project.executionScore].some(
    (v) => v !== undefined,
  );
}

/** The money block on one line: budget and amount spent in 万元, the execution rate, its weight and score. */
export function moneyText(lang: Lang, project: ProjectBlock): string {
  const rate = project.executionRate;
  return t(lang, 'selfEvalMoney', {
    budget: shownNumber(project.budget),
    executed: shownNumber(project.executed),
    rate: typeof rate === 'number' ? `${rate}%` : BLANK,
    weight: shownNumber(project.executionWeight),
    score: shownNumber(project.executionScore),
  });
}

/** The cell the money line selects: the amount spent, else the rate or the budget. */
export function moneyCell(project: ProjectBlock): string | undefined {
  const c = project.cells;
  return c.executed ?? c.executionRate ?? c.budget;
}
