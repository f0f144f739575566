// The words detection recognises: indicator header words, flat-export project columns, project-block labels,
// titles and the labels that end a table. Matching is on normaliseLabel's form (half-width, no spaces).

import { normaliseLabel } from '../categories';
import type { IndicatorSet, ProjectField } from '../model';
import { Memo } from '../memo';
import { headerParts, PART_STARTS } from './header-parts';
import type { IndicatorRole } from './roles';

/** Columns of a flat export that carry the project block on every row. */
export type ProjectColumn = 'name' | 'implementer' | 'department' | 'budget' | 'type' | 'period';

export type HeaderWord =
  | {
      kind: 'indicator';
      role: IndicatorRole;
      /** A level-3 alias (指标名称, 绩效指标) that yields to an explicit 三级指标 in the same header. */
      weak: boolean;
      /** 中期指标值 / 年度指标值 name their set. */
      set: IndicatorSet | null;
    }
  | { kind: 'project'; field: ProjectColumn; moneyUnit: string | null };

const HIERARCHY_PREFIX: readonly (readonly [string, IndicatorRole])[] = [
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'level3'],
  ['四级指标', 'level4'],
];

function ind(role: IndicatorRole, weak = false, set: IndicatorSet | null = null): HeaderWord {
  return { kind: 'indicator', role, weak, set };
}

const EXACT_HEADER = new Map<string, HeaderWord>();
function addHeader(words: readonly string[], w: HeaderWord): void {
  for (const k of words) EXACT_HEADER.set(normaliseLabel(k), w);
}
addHeader(['指标名称', '绩效指标', '绩效指标名称', '指标内容', '具体指标', '指标项'], ind('level3', true));
addHeader(['指标值', '目标值', '绩效指标值', '指标目标值', '预期指标值', '预期目标值', '绩效目标值'], ind('value'));
// The value where the header has no other; beside a 指标值 it says what the value means (header.ts).
addHeader(['指标值内容'], ind('value', true));
addHeader(
  ['年度指标值', '年度目标值', '年度绩效指标值', '本年度指标值', '全年指标值', '年度计划值', '计划指标值'],
  ind('value', false, 'annual'),
);
addHeader(['中期指标值', '中期目标值', '长期指标值', '中长期指标值'], ind('value', false, 'midterm'));
addHeader(['计量单位', '度量单位', '单位', '指标单位', '指标值单位', '计量单位名称'], ind('unit'));
addHeader(
  [
    '指标值类型',
    '指标性质',
    '指标方向',
    '符号',
    '运算符',
    '运算符号',
    '计算符号',
    '比较符号',
    '指标值符号',
    '指标符号',
    '指标方向性',
  ],
  ind('operator'),
);
addHeader(['指标类型', '定量/定性', '定性/定量', '指标值属性'], ind('valueType'));
addHeader(
  [
    '绩效指标描述',
    '指标描述',
    '指标说明',
    '指标值说明',
    '指标解释',
    '指标定义',
    '指标内涵',
    '指标值描述',
    '指标说明及计算公式',
  ],
  ind('description'),
);
addHeader(
  [
    '绩效标准',
    '取值依据',
    '评(扣)分标准',
    '评/扣分标准',
    '评分标准',
    '扣分标准',
    '评价标准',
    '评分规则',
    '指标值设定依据',
    '指标值确定依据',
    '指标值来源',
    '评(扣)分标准及说明',
  ],
  ind('standard'),
);
addHeader(['备注', '说明'], ind('note'));
// Self-evaluation columns: the common wordings; headerParts reads the others by their parts.
addHeader(
  ['实际完成值', '全年实际值', '全年完成值', '实际值', '完成值', '实际完成数', '年度实际完成值'],
  ind('actual'),
);
addHeader(['分值', '权重', '指标分值', '指标权重', '权重分值', '权重占比'], ind('weight'));
addHeader(['得分', '自评得分', '指标得分', '单项指标得分'], ind('score'));
addHeader(
  [
    '偏差原因分析及改进措施',
    '未完成原因及拟采取的改进措施',
    '未完成原因和改进措施',
    '未完成原因分析',
    '偏差原因',
    '未完成原因',
  ],
  ind('deviation'),
);

function proj(field: ProjectColumn, moneyUnit: string | null = null): HeaderWord {
  return { kind: 'project', field, moneyUnit };
}
// 专项 is a special fund, a project: 湖南's exports list a unit's row, then each of its 专项 with its indicators under
// one 单位(专项)名称 column.
addHeader(['项目名称', '专项名称', '项目(专项)名称', '专项(项目)名称', '单位(专项)名称'], proj('name'));
addHeader(
  [
    '单位名称',
    '预算单位',
    '实施单位',
    '预算执行单位',
    '申报单位',
    '部门名称',
    '部门(单位)名称',
    '单位(部门)名称',
    '预算单位名称',
  ],
  proj('implementer'),
);
addHeader(['主管部门', '主管部门名称', '主管单位'], proj('department'));
addHeader(['项目类型', '项目属性'], proj('type'));
addHeader(['项目期限', '项目日期', '实施期限'], proj('period'));
const BUDGET_COLUMNS = [
  '项目金额',
  '预算金额',
  '项目预算',
  '预算数',
  '年度预算',
  '年度预算数',
  '年度资金总额',
  '项目资金',
  '资金总额',
  '本年预算',
  '本年度预算',
  '项目预算金额',
  '金额',
];

const MONEY_SUFFIX = /\((万元|千元|亿元|元)\)$/;
const VALUE_PREFIX = /^(?:指标值|目标值)\(/;

// The first two characters of every header word, as one number: most data cells are rejected by one Set lookup,
// before any string is built, normalised or looked up.
const HEADER_STARTS = new Set<number>();
// Cheaper still, by a cell's first character alone: 1 where it may begin a header word (or is skipped before one).
const MAY_START = new Uint8Array(0x10000);
function addStart(key: string): void {
  HEADER_STARTS.add((key.charCodeAt(0) << 16) | key.charCodeAt(1));
  const first = key.charCodeAt(0);
  MAY_START[first] = 1;
  // Its full-width form, which startOf reads as this character.
  if (first >= 0x21 && first <= 0x7e) MAY_START[first + 0xfee0] = 1;
}
for (const k of EXACT_HEADER.keys()) addStart(k);
for (const [p] of HIERARCHY_PREFIX) addStart(p);
for (const k of BUDGET_COLUMNS) addStart(k);
addStart('指标');
addStart('目标');
for (const k of PART_STARTS) if (k.length >= 2) addStart(k);

// Characters skipped before the first two that matter: the required-field star, spaces, line breaks.
const SKIPPED_START = new Set([0x2a, 0xff0a, 0x203b, 0x20, 0x0a, 0x0d, 0x09, 0x3000]);
for (const code of SKIPPED_START) MAY_START[code] = 1;

/** The first two characters that matter, full-width forms made half-width, as one number. */
function startOf(text: string): number {
  let key = 0;
  let taken = 0;
  for (let i = 0; i < text.length && taken < 2; i++) {
    let code = text.charCodeAt(i);
    if (SKIPPED_START.has(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    key = (key << 16) | code;
    taken++;
  }
  return key;
}

const headerWords = new Memo<HeaderWord | null>();

/** The header word a cell holds, or null. Cheap for data cells (long, or not starting like a header word). */
export function headerWord(text: string): HeaderWord | null {
  if (text.length < 2 || text.length > 40) return null;
  if (MAY_START[text.charCodeAt(0)] === 0 || !HEADER_STARTS.has(startOf(text))) return null;
  return headerWords.get(text, headerWordOf);
}

function headerWordOf(text: string): HeaderWord | null {
  const key = normaliseLabel(text);
  const exact = EXACT_HEADER.get(key);
  if (exact) return exact;
  for (const [prefix, role] of HIERARCHY_PREFIX) {
    if (key.startsWith(prefix)) return ind(role);
  }
  if (VALUE_PREFIX.test(key)) return ind('value');
  const money = MONEY_SUFFIX.exec(key);
  const bare = money ? key.slice(0, money.index) : key;
  if (BUDGET_COLUMNS.includes(bare)) return proj('budget', money ? (money[1] ?? null) : null);
  if (money) {
    const w = EXACT_HEADER.get(bare);
    if (w) return w;
  }
  // Not a word of the list: read its parts (区域目标值, 预期达到目标, 绩效指标性质*, 指标值及单位, 年初指标值…).
  const parts = headerParts(bare);
  return parts ? ind(parts.role, parts.weak, parts.set) : null;
}

// ---- project block labels ----

/**
 * Which figure a column of a block's money cross-table holds (年初预算数 | 全年预算数 | 全年执行数 on self-evaluations),
 * or, on a self-evaluation, the execution rate and its weight and score (分值 | 执行率 | 得分).
 */
export type AmountColumn = 'initial' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score';

const AMOUNT_COLUMNS: readonly (readonly [RegExp, AmountColumn])[] = [
  [/^(?:全年预算数|调整后预算数|调整预算数|全年预算|预算调整数)(?:\([a-z]\))?$/, 'adjusted'],
  // A bare 预算数 is the budget's own label (天津's 预算数 | 财政资金 | 其他资金); 预算数(A) heads a column.
  [/^(?:(?:年初预算数|年初预算|年初数|预算批复数)(?:\([a-z]\))?|预算数\([a-z]\))$/, 'initial'],
  // A column's letter may have lost a bracket to the scan (黄石: 预算数(A) | 执行数B) | 执行率B/A)).
  [/^(?:全年执行数|执行数|实际执行数|预算执行数|全年支出数|实际支出数)(?:\(?[a-z]\)?)?$/, 'executed'],
  // 执行率(B/A), 预算执行率, 执行率(%), 预算执行进度(%) (成安).
  [/^(?:全年|预算|资金)?执行(?:率|进度)(?:\(?[a-z]\/[a-z]\)?|\(%\))?$/, 'rate'],
  [/^(?:分值|权重)$/, 'weight'],
  // 得分, 得分(20分*执行率).
  [/^得分(?:\([^)]*\))?$/, 'score'],
];

/** The figure a block column header names, or null. */
export function amountColumn(text: string): AmountColumn | null {
  if (text.length > 16) return null;
  const key = normaliseLabel(text);
  for (const [re, kind] of AMOUNT_COLUMNS) if (re.test(key)) return kind;
  return null;
}

export interface BlockLabel {
  /** The field the label names; null for a recognised label that carries no field (总体目标, 年度绩效指标). */
  field: ProjectField | null;
  /** A money unit written in the label: 项目资金申请(万元). */
  moneyUnit: string | null;
  /** The value written after a colon in the same cell (申报单位：枣庄市社会保险服务中心), when there is one. */
  inline: string | null;
  /** 部门（单位）名称, 年度履职目标, 部门预算总额: labels of a department-wide form. */
  department: boolean;
  /** 合计: the budget only on a department-wide form (收入构成 … 合计). */
  departmentOnly: boolean;
}

const FIELD_LABELS: readonly (readonly [RegExp, ProjectField | null, ('department' | 'departmentOnly')?])[] = [
  // 项目名称, 专项名称, 专项资金名称, and either word qualified by the other: 项目(专项)名称, 专项(项目)名称 (陕西 陈仓).
  [/^(?:项目|专项(?:资金)?)(?:\((?:项目|专项(?:资金)?)\))?名称$/, 'name'],
  [/^主管(?:部门|单位)(?:及代码|\(及代码\)|及编码|名称|\(代码\))?$/, 'department'],
  [/^(?:部门\(单位\)名称|单位\(部门\)名称|部门名称)$/, 'implementer', 'department'],
  [/^(?:项目)?(?:实施|预算执行|申报|执行|承担|填报|预算)单位(?:名称)?(?:\(盖章\))?$/, 'implementer'],
  [/^单位名称$/, 'implementer'],
  [/^项目(?:类型|属性|性质|类别)$/, 'type'],
  [
    /^(?:项目(?:实施)?期限|项目日期|实施期限|执行期限|项目周期|实施周期|(?:项目)?起止(?:时间|日期)|项目实施期)$/,
    'period',
  ],
  [/^(?:中期资金总额|项目总预算|总预算|中期预算|中期资金|项目中期资金总额)$/, 'midtermBudget'],
  [/^(?:预算|执行)?年度$/, 'year'],
  [
    /^(?:部门预算总额|部门\(单位\)预算总额|(?:区级|县级|市级|省级)?支出预算总量|部门支出预算总量)$/,
    'budget',
    'department',
  ],
  [/^(?:合计|收入合计|资金合计|总计)$/, 'budget', 'departmentOnly'],
  [
    /^(?:项目资金申请|项目资金|预算数|年度资金总额|本年度申请(?:数|金额)?|项目金额|项目本年度预算|项目年度预算|年度预算(?:数|金额)?|本年(?:度)?预算(?:数)?|预算金额|申请金额|年度资金|当年预算|资金总额|预算总额|项目预算|年度金额|项目资金申请额|年度预算资金|项目资金总额|年度财政资金总额|年度财政资金|当年年度预算|当年预算数|年度预算总额)$/,
    'budget',
  ],
  // The same words composed: (项目)(本年度|年度|当年)(项目)预算(资金)数/额/金额/总额 — 项目预算金额(万元) (天津 宁河).
  [/^(?:项目)?(?:本年度|本年|年度|当年)?(?:项目)?预算(?:资金)?(?:数|额|金额|总额)$/, 'budget'],
  // An investment project's budget: 下达中央预算内投资(万元) (the 中央预算内投资 form), 计划投资额(万元) (海南's 自评表).
  // Not 总投资: a multi-year project's whole cost.
  [/^(?:(?:下达|安排)?(?:中央|省级|市级|县级)?预算内投资(?:计划|额|金额)?|计划投资(?:额|金额)?)$/, 'budget'],
  // The amount spent beside its label, where no money table's columns head it (成安: 执行数 | 6.84; 安居: 执行数：2.38).
  [/^(?:全年执行数|执行数|实际执行数|预算执行数|资金执行数|全年支出数|实际支出数)$/, 'executed'],
  [/^(?:年度履职目标)(?:\d+|[一二三四五六七八九十]+)?(?:\(.*\))?$/, 'annualGoal', 'department'],
  [
    /^(?:项目绩效年度目标|项目年度绩效目标|年度绩效目标|年度目标|绩效目标|年度总体目标|项目绩效目标|项目年度目标|年度绩效总目标)(?:\d+|[一二三四五六七八九十]+)?(?:\(.*\))?$/,
    'annualGoal',
  ],
  [
    /^(?:中期目标|长期目标|中期绩效目标|长期绩效目标|项目中长期目标|中长期目标|中长期绩效目标|(?:中长期|中期|长期)绩效指标)(?:\(.*\))?(?:\d+)?$/,
    'midtermGoal',
  ],
  [
    /^(?:预算规模及资金用途|资金用途|总体目标|项目绩效总目标|整体绩效总目标|绩效总目标|年度绩效指标|绩效指标|项目概况|填报人|联系电话|填报日期|预算情况|年度主要任务|任务名称|主要内容|项目支出情况|收入构成|支出构成|资金来源|项目主要支出方向和用途|部门职能概述|年度工作任务|项目资金构成|资金情况|总体资金情况|部门总体资金情况|近两年收支金额|其他说明|备注|项目负责人|上年结转(?:资金)?|单位负责人|审核意见|单位领导审签|绩效指标表|项目基本情况|项目基本信息)$/,
    null,
  ],
];

// A part may name its figure: 其中：财政拨款数 (乌海), 其他资金数.
// 四川's form lists them as (一)财政拨款小计, (二)自有资金小计, (三)其他收入 under a 年度资金总额 left blank.
const FISCAL =
  /^(?:当年|本年|本年度|年度)?(?:财政(?:性)?资金|财政拨款(?:资金)?|财政资金拨款|一般公共预算(?:拨款|资金)?)(?:数|额|金额)?(?:小计)?$/;
const OTHER = /^(?:其他资金|其他来源资金|其他来源|自有资金|单位自有资金|其他收入)(?:数|额|金额)?(?:小计)?$/;
// 其中：, 1、资金来源：, (1) — the wording around a budget part.
const PART_PREFIX = /^(?:其中|\d+[、.]|资金来源|\(\d+\)|[:,、])+/;

const DEPARTMENT_WORDS = /部门整体|整体支出|部门\(单位\)|整体绩效|单位整体/;

/** List numbering before a label: (一), 一、, 1. */
const LABEL_NUMBERING = /^(?:\([一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.])/;

function matchLabelKey(numbered: string): Omit<BlockLabel, 'inline'> | null {
  const key = numbered.replace(LABEL_NUMBERING, '');
  if (key.length === 0 || key.length > 30) return null;
  const money = MONEY_SUFFIX.exec(key);
  const bare = money ? key.slice(0, money.index) : key;
  const moneyUnit = money ? (money[1] ?? null) : null;
  for (const [re, field, form] of FIELD_LABELS) {
    if (re.test(bare))
      return { field, moneyUnit, department: form === 'department', departmentOnly: form === 'departmentOnly' };
  }
  const part = bare.replace(PART_PREFIX, '');
  if (FISCAL.test(part)) return { field: 'fiscal', moneyUnit, department: false, departmentOnly: false };
  if (OTHER.test(part)) return { field: 'other', moneyUnit, department: false, departmentOnly: false };
  return null;
}

const COLON = /[:：]/;

const blockLabels = new Memo<BlockLabel | null>();

/** The project-block label a cell holds (whole, or before a colon with its value after it), or null. */
export function blockLabel(text: string): BlockLabel | null {
  if (text.length === 0) return null;
  return text.length <= 120 ? blockLabels.get(text, blockLabelOf) : blockLabelOf(text);
}

function blockLabelOf(text: string): BlockLabel | null {
  if (text.length <= 60) {
    const whole = matchLabelKey(normaliseLabel(text));
    if (whole) return { ...whole, inline: null };
  }
  // A label before a colon is short: look for the colon near the start only, whatever the text's length.
  const at = text.slice(0, 24).search(COLON);
  if (at <= 0) return null;
  const head = matchLabelKey(normaliseLabel(text.slice(0, at)));
  if (!head) return null;
  const rest = text.slice(at + 1).trim();
  return { ...head, inline: rest === '' ? null : rest };
}

const UNIT_ROW = /^\(?(?:金额|资金|计量)?单位:\(?(万元|千元|亿元|元)\)?\)?$/;

// A block's cells are asked about several times each (opens a block? a side note? a label?), and forms repeat.
const unitLines = new Memo<string | null>();
const yearLines = new Memo<boolean>();

/** The money unit a `单位：万元` line sets for the block's amounts, or null. */
export function unitLine(text: string): string | null {
  if (text.length > 40) return null;
  return unitLines.get(text, unitLineOf);
}

function unitLineOf(text: string): string | null {
  const key = normaliseLabel(text);
  const m = UNIT_ROW.exec(key);
  if (m) return m[1] ?? null;
  const bare = /^\((万元|千元|亿元|元)\)$/.exec(key);
  return bare ? (bare[1] ?? null) : null;
}

const YEAR_LINE = /^\(?(?:19|20)\d{2}年度?\)?$/;

/** `(2021 年度)`: a line that only states the budget year. */
export function isYearLine(text: string): boolean {
  return text.length <= 20 && yearLines.get(text, isYearLineOf);
}

function isYearLineOf(text: string): boolean {
  return YEAR_LINE.test(normaliseLabel(text));
}

const TITLE_WORDS = /绩效目标|目标表|申报表|批复表|指标表|审核表|汇总表|绩效表|自评表|评价表/;
const SENTENCE_MARKS = /[，。；;]/;

/** A table title such as 项目支出绩效目标批复表 or 97.社保经办大厅运转经费绩效目标表. */
export function isTitleText(text: string): boolean {
  if (text.length > 60 || text.length < 4) return false;
  if (SENTENCE_MARKS.test(text)) return false;
  if (!TITLE_WORDS.test(text)) return false;
  return blockLabel(text) === null;
}

export function isDepartmentTitle(text: string): boolean {
  return DEPARTMENT_WORDS.test(normaliseLabel(text));
}

const STOP_LABEL = /^(?:其他说明|备注|填报说明|说明[:]|注[:\d、]|注$|审核意见|单位负责人|填报人|财务负责人|项目负责人)/;

/** A row starting with 其他说明 / 备注 / 注： ends the table above it. */
export function isStopText(text: string): boolean {
  if (text.length > 200) return STOP_LABEL.test(normaliseLabel(text.slice(0, 20)));
  return STOP_LABEL.test(normaliseLabel(text));
}

const OPERATOR_WORDS: ReadonlyMap<string, '≥' | '≤' | '=' | '>' | '<'> = new Map([
  ['≥', '≥'],
  ['>=', '≥'],
  ['≧', '≥'],
  ['⩾', '≥'],
  ['≥=', '≥'],
  ['大于等于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['正向', '≥'],
  ['正向指标', '≥'],
  ['≤', '≤'],
  ['<=', '≤'],
  ['≦', '≤'],
  ['⩽', '≤'],
  ['≤=', '≤'],
  ['小于等于', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['反向', '≤'],
  ['反向指标', '≤'],
  ['=', '='],
  ['==', '='],
  ['﹦', '='],
  ['等于', '='],
  ['>', '>'],
  ['大于', '>'],
  ['<', '<'],
  ['小于', '<'],
] as const);

/** What an operator column (指标值类型 / 指标性质 / 指标方向) says: an operator, 定性, or nothing usable. */
export function operatorColumnValue(text: string): '≥' | '≤' | '=' | '>' | '<' | 'qualitative' | null {
  if (text === '') return null;
  const key = normaliseLabel(text);
  const op = OPERATOR_WORDS.get(key);
  if (op) return op;
  if (key.startsWith('定性')) return 'qualitative';
  return null;
}
