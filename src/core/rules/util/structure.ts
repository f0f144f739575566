// Shared helpers for the structure rules: name normalisation, placeholders and filler, examples for messages.

import { L1, L2 } from '../../categories';
import { Memo } from '../../detect/memo';
import type { Indicator } from '../../model';

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
const PLACEHOLDER_TOKEN = /…|\.{3,}|⋯|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|[*＊]{2,}|待定|暂定|(?<![A-Za-z])TBD(?![A-Za-z])/iu;

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
const FORMULA_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** True for a cell showing a formula error (#N/A, #REF!…): there is no value in it. */
export function isFormulaError(text: string): boolean {
  return FORMULA_ERROR.test(text.trim());
}

/** A target left empty: no text, only filler (……), or a formula error. The empty-target rule owns these cells. */
export function isEmptyTarget(ind: Indicator): boolean {
  // Several rules ask of every row, and exports repeat the same few targets on thousands of rows.
  return ind.target.kind === 'empty' || EMPTY_TEXTS.get(ind.target.raw, isEmptyText);
}

const EMPTY_TEXTS = new Memo<boolean>();

function isEmptyText(raw: string): boolean {
  return raw.trim() === '' || isFillerOnly(raw) || isFormulaError(raw);
}

interface Example {
  name: string;
  target: string;
}

// Real indicators of the seed tables, one per category, shown as "what a correct value looks like".
const EXAMPLES: ReadonlyMap<string, Example> = new Map<string, Example>([
  [L2.quantity, { name: '劳动能力鉴定人数', target: '1500人' }],
  [L2.quality, { name: '工伤鉴定合格率', target: '100%' }],
  [L2.timeliness, { name: '社保卡制卡费用支付时效', target: '2023年6月底前支付工本费欠款' }],
  [L2.cost, { name: '劳动能力鉴定费', target: '≤14万元' }],
  [L2.economicCost, { name: '保安服务费用', target: '≤753万元' }],
  [L2.economic, { name: '社保经办大厅工作环境改善', target: '工作环境得到改善，业务经办正常运转' }],
  [L2.social, { name: '社保经办大厅工作环境改善', target: '工作环境得到改善，业务经办正常运转' }],
  [L2.sustainable, { name: '社保卡可持续使用年限', target: '≥5年' }],
  [L2.satisfaction, { name: '鉴定对象满意度', target: '≥95%' }],
  [L1.satisfaction, { name: '鉴定对象满意度', target: '≥95%' }],
  [L1.benefit, { name: '社保经办大厅工作环境改善', target: '工作环境得到改善，业务经办正常运转' }],
]);

const DEFAULT_EXAMPLE: Example = { name: '劳动能力鉴定人数', target: '1500人' };

/** A seed indicator of the same category, to show what a well-filled row looks like. */
export function exampleFor(ind: Indicator): Example {
  return (ind.level2 && EXAMPLES.get(ind.level2)) || (ind.level1 && EXAMPLES.get(ind.level1)) || DEFAULT_EXAMPLE;
}

/** The category an indicator sits in, as written (二级, else 一级), for quoting. */
export function categoryText(ind: Indicator): string {
  return shown(ind.level2Raw ?? '') || shown(ind.level1Raw ?? '') || ind.level2 || ind.level1 || '';
}
