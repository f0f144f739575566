// Shared helpers for the structure rules: name normalisation, placeholders and filler, examples for messages.

import { L1, L2 } from '../../categories';
import { Memo } from '../../memo';
import type { Indicator } from '../../model';
import { SENTENCE_UNITS } from '../../parse/units';

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const BR_TAG = /<br\s*\/?>/gi;

const NORMALISED = new Memo<string>();

/** Text as compared: NFKC (full-width → half-width), no spaces, line breaks or `<br>`. */
export function normaliseText(text: string): string {
  // NFKC is the costly part, and several rules compare the same names and values of every row.
  return NORMALISED.get(text, makeNormalised);
}

function makeNormalised(text: string): string {
  return text.replace(BR_TAG, '').normalize('NFKC').replace(WHITESPACE, '');
}

// Anything shown() or isFillerOnly() would change or skip; most cells hold none of it.
const SPACE_OR_TAG = /[\s\u00a0\u3000\u200b\ufeff<]/;

/** A cell's text shown in a message: line breaks and runs of spaces read as one space. */
export function shown(text: string): string {
  if (!SPACE_OR_TAG.test(text)) return text;
  return text.replace(BR_TAG, ' ').replace(WHITESPACE, ' ').trim();
}

// Only dots, ellipses and dashes: a value cell "filled" with …… or —— is in fact left empty (seed 002).
const FILLER_ONLY = /^[.…。·•‥⋯\-—－_]+$/u;

/** True for text that is nothing but filler punctuation (……, …, ..., ——); empty text is not filler. */
export function isFillerOnly(text: string): boolean {
  if (!SPACE_OR_TAG.test(text)) return text !== '' && FILLER_ONLY.test(text);
  const t = text.replace(WHITESPACE, '');
  return t !== '' && FILLER_ONLY.test(t);
}

// Template placeholders people leave in a form: ……/…/..., XX/xx/××, **, 待定, 暂定, TBD.
const PLACEHOLDER_TOKEN =
  /…|\.{3,}|⋯|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|[*＊]{2,}|待定|暂定|(?<![A-Za-z])TBD(?![A-Za-z])/iu;

// A character every placeholder token contains, with the same flags: most texts have none, and this one class is
// far cheaper to scan for than the token's alternatives and lookarounds.
const PLACEHOLDER_CHAR = /[….⋯XxＸｘ×*＊待暂T]/iu;

/** The first placeholder in the text, or null. */
export function findPlaceholder(text: string): string | null {
  if (!PLACEHOLDER_CHAR.test(text)) return null;
  const m = PLACEHOLDER_TOKEN.exec(text);
  return m ? m[0] : null;
}

// The error values a spreadsheet shows for a formula that failed (Excel, WPS, LibreOffice).
const FORMULA_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** True for a cell showing a formula error (#N/A, #REF!…): there is no value in it. */
export function isFormulaError(text: string): boolean {
  return FORMULA_ERROR.test(text.trim());
}

/**
 * A target left empty: no text, only filler (……), a formula error, or only a unit or sign a template printed (公里,
 * ≧ %). The empty-target rule owns these cells.
 */
export function isEmptyTarget(ind: Indicator): boolean {
  // Several rules ask of every row, and exports repeat the same few targets on thousands of rows.
  return ind.target.kind === 'empty' || EMPTY_TEXTS.get(ind.target.raw, isEmptyText);
}

const EMPTY_TEXTS = new Memo<boolean>();

function isEmptyText(raw: string): boolean {
  return raw.trim() === '' || isFillerOnly(raw) || isFormulaError(raw) || isUnitOnly(raw);
}

// What a template prints in the target cell before the figure is written: a unit (公里, 万亩), a sign (≥) or both
// (≧ %), as 专项 forms passed down to counties arrive (陕西 陈仓: 公里 | 万亩 | 万人 | ≧ %). No figure: not a target.
// The units as the target parser takes them (parse/target.ts: none holds a character special in a pattern).
const UNIT_ONLY = new RegExp(`^(?:[≥≤≧≦＞＜＝><=]|>=|<=)*万?(?:${SENTENCE_UNITS.join('|')})?$`, 'u');

function isUnitOnly(raw: string): boolean {
  return UNIT_ONLY.test(raw.replace(/\s+/gu, ''));
}

interface Example {
  name: string;
  target: string;
}

// What a well-filled row of each category looks like, worded for no project in particular (a budget table may be
// about anything: farming, schools, roads) and measurable as written; the 时效 deadline takes the table's own year.
const EXAMPLES: ReadonlyMap<string, Example> = new Map<string, Example>([
  [L2.quantity, { name: '服务人次', target: '≥1000人次' }],
  [L2.quality, { name: '验收合格率', target: '=100%' }],
  [L2.timeliness, { name: '完成时限', target: '12月31日前完成' }],
  [L2.cost, { name: '项目总成本', target: '≤50万元' }],
  [L2.economicCost, { name: '项目总成本', target: '≤50万元' }],
  [L2.economic, { name: '带动增收金额', target: '≥50万元' }],
  [L2.social, { name: '受益人数', target: '≥1000人' }],
  [L2.ecological, { name: '绿化覆盖率', target: '≥40%' }],
  [L2.sustainable, { name: '设施持续使用年限', target: '≥5年' }],
  [L2.satisfaction, { name: '服务对象满意度', target: '≥90%' }],
  [L1.satisfaction, { name: '服务对象满意度', target: '≥90%' }],
  [L1.benefit, { name: '受益人数', target: '≥1000人' }],
]);

const DEFAULT_EXAMPLE: Example = { name: '服务人次', target: '≥1000人次' };

/** Every example a message may quote, for the test that keeps them neutral and measurable. */
export const MESSAGE_EXAMPLES: readonly Example[] = [...EXAMPLES.values(), DEFAULT_EXAMPLE];

/**
 * A neutral indicator of the same category, to show what a well-filled row looks like; a deadline carries the
 * table's budget year when it has one.
 */
export function exampleFor(ind: Indicator, year: number | null = null): Example {
  const e = (ind.level2 && EXAMPLES.get(ind.level2)) || (ind.level1 && EXAMPLES.get(ind.level1)) || DEFAULT_EXAMPLE;
  if (year !== null && ind.level2 === L2.timeliness) return { name: e.name, target: `${year}年${e.target}` };
  return e;
}

/**
 * A row whose 一级 cell and name read the same text: one line spread across the row (the next form's unit line,
 * 207101天津市河北区人民法院, under a table with no gap), not an indicator.
 */
export function isBannerRow(ind: Indicator): boolean {
  const name = normaliseText(ind.name);
  return name !== '' && ind.level1 === null && normaliseText(ind.level1Raw ?? '') === name;
}

/** The category an indicator sits in, as written (二级, else 一级), for quoting. */
export function categoryText(ind: Indicator): string {
  return shown(ind.level2Raw ?? '') || shown(ind.level1Raw ?? '') || ind.level2 || ind.level1 || '';
}
