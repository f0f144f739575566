// Scores detection on the corpus: tables found, indicators read exactly (row, set, 一级, 二级, name, target text),
// targets parsed exactly, project name and budget, the table's form, and a self-evaluation's actual, weight and score
// — per entry, per batch and per layout family.

import { canonicalLevel1, canonicalLevel2 } from '../../src/core/categories';
import { detectTables } from '../../src/core/detect';
import type { Indicator, IndicatorTable } from '../../src/core/model';
import { unitScale } from '../../src/core/parse/units';
import { corpusGrid, squeeze } from './load';
import type { CorpusEntry, CorpusIndicator, CorpusTable, Family } from './schema';

export interface Tally {
  tables: number;
  tablesFound: number;
  /** Detected tables that match no expected table (a template block, a summary read as a table). */
  spurious: number;
  /** Indicators read in a found table on rows the golden has none (a 总分 row, a template row, a sub-header). */
  extraIndicators: number;
  indicators: number;
  indicatorsExact: number;
  targetsExact: number;
  projects: number;
  projectsRight: number;
  /** Tables whose form (target / self-evaluation) is the golden's; a table not found counts as wrong. */
  formsRight: number;
  /** Indicators whose golden gives an actual, weight or score; those read with every given field right. */
  selfEvaluation: number;
  selfEvaluationExact: number;
}

export interface EntryScore extends Tally {
  id: string;
  batch: number;
  families: Family[];
  /** What went wrong, one line each (first few per entry). */
  misses: string[];
}

export function emptyTally(): Tally {
  return {
    tables: 0,
    tablesFound: 0,
    spurious: 0,
    extraIndicators: 0,
    indicators: 0,
    indicatorsExact: 0,
    targetsExact: 0,
    projects: 0,
    projectsRight: 0,
    formsRight: 0,
    selfEvaluation: 0,
    selfEvaluationExact: 0,
  };
}

export function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

/** A category as the golden writes it: canonical when known, else the form's words without numbering or points. */
function level(raw: string | null | undefined, canonical: string | null): string {
  if (canonical) return canonical;
  return squeeze(raw)
    .replace(/^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]/, '')
    .replace(/[（(][\d.\-－—~～]*分?[)）]$/, '');
}

function expectedLevel(v: string | null, which: 1 | 2): string {
  if (v === null) return '';
  const c = which === 1 ? canonicalLevel1(v) : canonicalLevel2(v);
  return level(v, c);
}

function unitOf(u: string | null | undefined): string | null {
  if (!u) return null;
  const s = squeeze(u);
  return s === '百分比' || s === '％' ? '%' : s;
}

function targetExact(exp: CorpusIndicator, got: Indicator): boolean {
  const p = exp.parsed;
  const t = got.target;
  const cls = (k: string) => (k === 'qualitative' || k === 'text' ? 'words' : k);
  if (cls(p.kind) !== cls(t.kind)) return false;
  if (p.kind !== 'quantitative') return true;
  const unit = unitOf(t.unit) ?? unitOf(got.unit);
  if (p.operator !== (t.operator ?? null)) return false;
  if (p.value === t.value && unitOf(p.unit) === unit) return true;
  // The same quantity either way: 6 万立方米 and 60 000 立方米.
  const a = scaled(p.value, unitOf(p.unit));
  const b = scaled(t.value, unit);
  return (
    a !== null &&
    b !== null &&
    a.unit === b.unit &&
    Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))
  );
}

function scaled(value: number | null, unit: string | null): { value: number; unit: string | null } | null {
  if (value === null) return null;
  if (unit === null) return { value, unit };
  const { base, factor } = unitScale(unit);
  return { value: value * factor, unit: base };
}

function indicatorExact(exp: CorpusIndicator, got: Indicator): string | null {
  const l1 = level(got.level1Raw, got.level1);
  const l2 = level(got.level2Raw, got.level2);
  if (expectedLevel(exp.level1, 1) !== l1) return `一级 ${exp.level1 ?? '∅'} ≠ ${l1 || '∅'}`;
  if (expectedLevel(exp.level2, 2) !== l2) return `二级 ${exp.level2 ?? '∅'} ≠ ${l2 || '∅'}`;
  if (squeeze(exp.name) !== squeeze(got.name)) return `name ${exp.name} ≠ ${got.name}`;
  if (squeeze(exp.target) !== squeeze(got.target.raw)) return `target ${exp.target} ≠ ${got.target.raw}`;
  return null;
}

/** Does the golden give any self-evaluation field for this indicator (null included: "the form has none here")? */
function givesSelfEvaluation(exp: CorpusIndicator): boolean {
  return exp.actual !== undefined || exp.weight !== undefined || exp.score !== undefined;
}

function samePoints(want: number | null, got: number | null | undefined): boolean {
  if (want === null) return got === null || got === undefined;
  return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

/** Why the given actual/weight/score fields differ from what was read, or null when they all agree. */
function selfEvaluationMiss(exp: CorpusIndicator, got: Indicator): string | null {
  if (exp.actual !== undefined) {
    const read = got.actual ? squeeze(got.actual.raw) : '';
    if (squeeze(exp.actual) !== read) return `actual ${exp.actual ?? '∅'} ≠ ${read || '∅'}`;
  }
  if (exp.weight !== undefined && !samePoints(exp.weight, got.weight))
    return `weight ${exp.weight ?? '∅'} ≠ ${got.weight ?? '∅'}`;
  if (exp.score !== undefined && !samePoints(exp.score, got.score))
    return `score ${exp.score ?? '∅'} ≠ ${got.score ?? '∅'}`;
  return null;
}

function overlap(exp: CorpusTable, got: IndicatorTable): number {
  const rows = new Set(got.indicators.map((i) => `${i.row}/${i.set}`));
  return exp.indicators.filter((i) => rows.has(`${i.row}/${i.set}`)).length;
}

export function scoreEntry(entry: CorpusEntry): EntryScore {
  const s: EntryScore = { id: entry.id, batch: entry.batch, families: entry.families, misses: [], ...emptyTally() };
  let detected: IndicatorTable[];
  try {
    detected = detectTables(corpusGrid(entry));
  } catch (e) {
    detected = [];
    s.misses.push(`detection threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  const used = new Set<IndicatorTable>();
  for (const exp of entry.tables) {
    s.tables++;
    s.indicators += exp.indicators.length;
    s.projects++;
    for (const ind of exp.indicators) if (givesSelfEvaluation(ind)) s.selfEvaluation++;
    let best: IndicatorTable | null = null;
    let bestN = 0;
    for (const t of detected) {
      const n = overlap(exp, t);
      if (n > bestN && !used.has(t)) [best, bestN] = [t, n];
    }
    if (!best) {
      s.misses.push(
        `table not found (${exp.projectName ?? exp.kind}, ${exp.indicators.length} indicators from row ${exp.indicators[0]?.row})`,
      );
      continue;
    }
    used.add(best);
    s.tablesFound++;
    const form = best.form ?? 'target';
    if (form === exp.form) s.formsRight++;
    else s.misses.push(`form ${exp.form} read as ${form}`);
    const nameOk = exp.projectName === null ? true : squeeze(exp.projectName) === squeeze(best.project.name);
    const budgetOk =
      exp.budget === null
        ? true
        : best.project.budget !== null && Math.abs(best.project.budget - exp.budget) <= 1e-6 * Math.max(1, exp.budget);
    if (nameOk && budgetOk) s.projectsRight++;
    else
      s.misses.push(
        `project: name ${exp.projectName} / ${best.project.name}, budget ${exp.budget} / ${best.project.budget}`,
      );
    const byRow = new Map(best.indicators.map((i) => [`${i.row}/${i.set}`, i]));
    const expected = new Set(exp.indicators.map((i) => `${i.row}/${i.set}`));
    for (const i of best.indicators) {
      if (expected.has(`${i.row}/${i.set}`)) continue;
      // Past the golden's last row the page was cut off: rows the transcription kept but the golden left out.
      if (i.row > Math.max(...exp.indicators.map((x) => x.row)) + 1) continue;
      s.extraIndicators++;
      s.misses.push(`row ${i.row} read as an indicator: ${i.name} / ${i.target.raw}`);
    }
    for (const ind of exp.indicators) {
      const got = byRow.get(`${ind.row}/${ind.set}`);
      if (!got) {
        s.misses.push(`row ${ind.row} (${ind.set}) not read: ${ind.name}`);
        continue;
      }
      const why = indicatorExact(ind, got);
      if (why) s.misses.push(`row ${ind.row}: ${why}`);
      else s.indicatorsExact++;
      if (targetExact(ind, got)) s.targetsExact++;
      else
        s.misses.push(
          `row ${ind.row}: target "${ind.target}" parsed ${got.target.kind} ${got.target.operator ?? ''}${got.target.value ?? ''} ${got.target.unit ?? got.unit ?? ''}`,
        );
      if (givesSelfEvaluation(ind)) {
        const miss = selfEvaluationMiss(ind, got);
        if (miss) s.misses.push(`row ${ind.row}: ${miss}`);
        else s.selfEvaluationExact++;
      }
    }
  }
  for (const t of detected) {
    if (!used.has(t) && t.indicators.length > 0) {
      s.spurious++;
      s.misses.push(`spurious table at ${t.range} (${t.indicators.length} indicators)`);
    }
  }
  return s;
}

export function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}
