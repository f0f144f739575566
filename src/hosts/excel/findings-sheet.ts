// The findings sheet (Excel without comments and notes): one row per line, a HYPERLINK to the cell.

import { parseA1 } from '../../core/a1';
import { LABELS, type AnnotationEntry } from '../../core/annotate/types';
import { qualified } from './payload';

/** Text a spreadsheet would take for a formula (= + - @, or a leading tab/CR) gets Excel's text prefix, an apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The findings sheet's cells as `formulas` (row 1 the header). Links are formulas; every text is plain text. */
export function findingsRows(entries: readonly AnnotationEntry[], sheetOrder: readonly string[]): string[][] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const sorted = [...entries].sort((a, b) => {
    const pa = parseA1(a.cell);
    const pb = parseA1(b.cell);
    return (order.get(a.sheet) ?? 1e9) - (order.get(b.sheet) ?? 1e9) || pa.row - pb.row || pa.col - pb.col;
  });
  const rows: string[][] = [['位置 / Cell', '级别 / Severity', '审核意见 / Finding']];
  for (const e of sorted) {
    const target = `#${qualified(e.sheet, e.cell)}`;
    const shown = `${e.sheet}!${e.cell}`;
    for (const line of e.lines) {
      rows.push([
        `=HYPERLINK(${formulaString(target)},${formulaString(shown)})`,
        neutralise(LABELS[e.severity]),
        neutralise(line),
      ]);
    }
  }
  return rows;
}

export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
