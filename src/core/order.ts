// The one order of findings and cells: severity rank, cells in reading order, the key of a workbook cell, and the order
// of findings for people to read: severity first, then the rarest rule first (a rule that fires on many rows is
// usually one habit of the form, and the single findings that matter must not drown below it).

import { parseA1 } from './a1';
import type { Finding, Severity } from './model';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Two A1 cells of one sheet in reading order: by row, then by column. */
export function compareCells(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  return pa.row - pb.row || pa.col - pb.col;
}

/** Two strings in code-unit order: the same on every machine, whatever its locale (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two findings by severity alone, the worse first. */
export function compareSeverity(a: Pick<Finding, 'severity'>, b: Pick<Finding, 'severity'>): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** Two findings in the order a cell's comment lists them: the worse severity first, then by rule id. */
export function worstFirst(a: Pick<Finding, 'severity' | 'ruleId'>, b: Pick<Finding, 'severity' | 'ruleId'>): number {
  return compareSeverity(a, b) || compareText(a.ruleId, b.ruleId);
}

/** One key for a cell of a workbook, for maps and sets: no sheet name or A1 address holds U+0000. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** Findings of one rule listed one by one before the rest are summarised as a list of cells. */
export const GROUP_SHOWN = 5;

interface FindingGroup {
  severity: Severity;
  ruleId: string;
  /** In report order. */
  findings: Finding[];
}

/**
 * Findings grouped by severity and rule: errors first, then warnings, then infos; within a severity the rule with
 * the fewest findings first (ties by rule id). Each group keeps its findings in report order.
 */
export function reviewGroups(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    const g = groups.get(key);
    if (g) g.findings.push(f);
    else groups.set(key, { severity: f.severity, ruleId: f.ruleId, findings: [f] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.findings.length - b.findings.length ||
      compareText(a.ruleId, b.ruleId),
  );
}

/** The group's first `shown` findings, and the cells of the rest (`Sheet!A1`, the sheet left out when it is the same). */
export function splitGroup(group: FindingGroup, shown = GROUP_SHOWN): { first: Finding[]; restCells: string[] } {
  const first = group.findings.slice(0, shown);
  const sheet = first[0]?.sheet;
  const restCells = group.findings.slice(shown).map((f) => (f.sheet === sheet ? f.cell : `${f.sheet}!${f.cell}`));
  return { first, restCells };
}

/** Cells named in a group's summary line: all up to `max`, then an ellipsis (enough to see where, not a wall). */
export function listCells(cells: readonly string[], sep: string, max = 30): string {
  return cells.length <= max ? cells.join(sep) : `${cells.slice(0, max).join(sep)}${sep}…`;
}
