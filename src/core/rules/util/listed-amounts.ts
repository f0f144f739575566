// The amounts a 其他说明 / 测算依据 text lists as spending (专家劳务费 14 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元),
// read conservatively: a text whose amounts could be anything but separate items of spending gives none.

/** One amount as written and in 万元. */
export interface ListedAmount {
  raw: string;
  wan: number;
}

// A number (1,000 / 14 / 0.5) with its money unit; a bare 万 counts only before punctuation or the end (4 万人 is a count).
const AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|万(?=$|[\s，,。；;、:：)）]))/g;
const FACTORS: Readonly<Record<string, number>> = { 亿元: 10000, 万元: 1, 万: 1, 千元: 0.1, 元: 0.0001 };
/** Where a sentence ends, and where a clause (one listed item) starts. */
const SENTENCE_END = /[。；;\n]/;
const CLAUSE_START = /[，,。；;、\n:：(（)）]/;
/** Amounts after these in a sentence break down one already listed (其中：电脑 6 万元). */
const SUB_AMOUNTS = /其中|含|包括/;
/**
 * A clause with one of these makes the whole text unreadable as a list of spending: a total (总预算为 23 万元, 合计),
 * the budget itself, a cut or a rise (核减 24.4 万元), a rate or a unit price (每人 500 元, 元/天, 3000元×30套).
 */
const NOT_A_LIST =
  /总|合计|共计|小计|累计|预算|资金|核减|减少|压减|调减|削减|扣减|节约|结余|增加|追加|上年|去年|每|单价|标准|人均|均价|[/×*＊]|乘/;

/** The amounts a note lists as items of spending, at least two of them; null when it lists fewer or reads otherwise. */
export function listedAmounts(text: string): ListedAmount[] | null {
  const out: ListedAmount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    if (before !== undefined && /[\d.]/.test(before)) continue;
    // A unit price: 500 元/人, 2 万元每次.
    if (/^\s*[/每]/.test(text.slice(end, end + 2))) return null;
    const sentence = text.slice(lastIndexOf(text, SENTENCE_END, start) + 1, start);
    if (SUB_AMOUNTS.test(sentence)) continue;
    const clause = text.slice(lastIndexOf(text, CLAUSE_START, start) + 1, end);
    if (NOT_A_LIST.test(clause)) return null;
    const value = Number((m[1] as string).replace(/,/g, ''));
    if (!Number.isFinite(value) || value <= 0) continue;
    out.push({ raw: m[0], wan: value * (FACTORS[m[2] as string] as number) });
  }
  return out.length >= 2 ? out : null;
}

/** The index of the last character before `end` matching `re` (a one-character pattern), or -1. */
function lastIndexOf(text: string, re: RegExp, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (re.test(text[i] as string)) return i;
  return -1;
}
