// Loads the corpus (test/corpus/tables/*.json), validates each entry and checks its golden against its own sheet.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAreaA1 } from '../../src/core/a1';
import type { Cell, Grid } from '../../src/core/grid';
import { CorpusEntrySchema, type CorpusEntry } from './schema';

export const TABLES_DIR = join(__dirname, 'tables');

/** Places whose tables are kept aside for independent evaluation: never in the corpus. */
export const KEPT_ASIDE = [
  '湘潭',
  '临邑',
  '石嘴山',
  '宁德',
  '忠县',
  '东莞',
  '嘉峪关',
  '鄂州',
  '阳泉',
  '宁乡',
  '廊坊',
  '天长',
  '巴彦淖尔',
  '重庆西部科学城',
  '池州',
  '永州',
  '零陵',
  '临沧',
  '临翔',
  '眉山',
  '青神',
];

export function loadEntry(file: string): CorpusEntry {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return CorpusEntrySchema.parse(json);
}

export function loadCorpus(dir = TABLES_DIR): CorpusEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadEntry(join(dir, f)));
}

/** The Grid a host would give for the entry's sheet: origin A1, merged cells other than the top-left empty. */
export function corpusGrid(entry: CorpusEntry): Grid {
  const merges = entry.sheet.merges.map((m) => parseAreaA1(m));
  const cells: Cell[][] = entry.sheet.rows.map((row) => row.map((v) => (v === '' ? null : v)));
  return { sheet: entry.sheet.name, top: 1, left: 1, cells, merges };
}

/** What a person sees at a position: a merged cell shows its merge's top-left value. */
export function shown(entry: CorpusEntry, row: number, col: number): string {
  for (const m of entry.sheet.merges) {
    const a = parseAreaA1(m);
    if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)
      return text(entry.sheet.rows[a.top - 1]?.[a.left - 1]);
  }
  return text(entry.sheet.rows[row - 1]?.[col - 1]);
}

function text(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** Squeezes white space out, so a golden compares with a cell whatever line breaks the page put in. */
export function squeeze(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u3000]+/g, '');
}

/** Problems of an entry's own consistency: merges, kept-aside places, golden rows that do not hold their name/target. */
export function entryProblems(entry: CorpusEntry): string[] {
  const problems: string[] = [];
  const where = `${entry.id}`;
  for (const p of KEPT_ASIDE) {
    if (entry.place.includes(p) || entry.title.includes(p) || decodeURI(entry.source).includes(p))
      problems.push(`${where}: ${p} is kept aside`);
  }
  const width = Math.max(0, ...entry.sheet.rows.map((r) => r.length));
  const seen = new Set<string>();
  for (const m of entry.sheet.merges) {
    const a = parseAreaA1(m);
    if (a.bottom < a.top || a.right < a.left) problems.push(`${where}: merge ${m} is reversed`);
    if (a.bottom > entry.sheet.rows.length || a.right > width)
      problems.push(`${where}: merge ${m} lies outside the sheet`);
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const k = `${r},${c}`;
        if (seen.has(k)) problems.push(`${where}: merge ${m} overlaps another merge`);
        seen.add(k);
        const v = entry.sheet.rows[r - 1]?.[c - 1];
        if ((r !== a.top || c !== a.left) && v !== null && v !== undefined && v !== '') {
          problems.push(`${where}: ${m} holds a value at row ${r} column ${c} (only its top-left may)`);
        }
      }
    }
  }
  const rows = new Set<string>();
  entry.tables.forEach((t, ti) => {
    for (const ind of t.indicators) {
      const at = `${where} table ${ti + 1} row ${ind.row}`;
      const key = `${ind.row}/${ind.set}`;
      if (rows.has(key)) problems.push(`${at}: two indicators on row ${ind.row} in set ${ind.set}`);
      rows.add(key);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(squeeze(shown(entry, ind.row, c)));
      if (!cells.includes(squeeze(ind.name))) problems.push(`${at}: no cell of the row shows the name "${ind.name}"`);
      if (ind.target !== '' && !cells.includes(squeeze(ind.target)))
        problems.push(`${at}: no cell of the row shows the target "${ind.target}"`);
      const p = ind.parsed;
      if (p.kind === 'quantitative' && p.value === null) problems.push(`${at}: a quantitative target needs its value`);
      if (p.kind !== 'quantitative' && p.kind !== 'text' && (p.value !== null || p.operator !== null)) {
        problems.push(`${at}: only quantitative (or text) targets have an operator or value`);
      }
      if ((p.kind === 'empty') !== (ind.target === ''))
        problems.push(`${at}: kind empty exactly when the target is ''`);
    }
  });
  return problems;
}
