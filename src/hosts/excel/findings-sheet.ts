// The findings sheet (Excel without comments and notes): one row per line, a HYPERLINK to the cell; and the
// operations that replace ours from an earlier run with a new one.

import { LABELS, type AnnotationEntry } from '../../core/annotate/types';
import { compareCells } from '../../core/order';
import { FINDINGS_SHEET_NAME } from './messages';
import { jsonBytes, qualified } from './payload';
import type { ExcelSnapshot, WriteOp } from './snapshot';

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
  const sorted = [...entries].sort(
    (a, b) => (order.get(a.sheet) ?? 1e9) - (order.get(b.sheet) ?? 1e9) || compareCells(a.cell, b.cell),
  );
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

/**
 * The findings sheet's operations: ours from an earlier run goes; with entries (old Excel: no comments, no notes), a
 * new one gets a row per line, in chunks sized to the payload. `name`: the new sheet, or null.
 */
export function findingsSheetOps(
  snap: Pick<ExcelSnapshot, 'allSheets' | 'prev' | 'caps' | 'budget'>,
  entries: readonly AnnotationEntry[],
): { ops: WriteOp[]; name: string | null } {
  const { allSheets, prev, caps, budget } = snap;
  const ops: WriteOp[] = [];
  const names = new Set(allSheets.items.map((w) => w.name));
  if (prev.findingsSheet && names.has(prev.findingsSheet)) {
    const old = prev.findingsSheet;
    ops.push({ bytes: 60, queue: () => allSheets.getItem(old).delete() });
    names.delete(old);
  }
  if (entries.length === 0) return { ops, name: null };
  const name = uniqueSheetName(FINDINGS_SHEET_NAME, names);
  const rows = findingsRows(
    entries,
    allSheets.items.map((w) => w.name),
  );
  ops.push({ bytes: 60, queue: () => void allSheets.add(name) });
  const perChunk = Math.max(1, Math.floor(budget / 4 / Math.max(1, jsonBytes(rows) / rows.length)));
  for (let i = 0; i < rows.length; i += perChunk) {
    const part = rows.slice(i, i + perChunk);
    const start = i;
    ops.push({
      bytes: jsonBytes(part),
      queue: () => {
        allSheets.getItem(name).getRange(`A${start + 1}:C${start + part.length}`).formulas = part;
      },
    });
  }
  ops.push({
    bytes: 60,
    queue: () => {
      const ws = allSheets.getItem(name);
      ws.getRange('A1:C1').format.font.bold = true;
      if (caps.autofit) ws.getRange('A:C').format.autofitColumns();
    },
  });
  return { ops, name };
}
