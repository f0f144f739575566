// The rule engine: runs every enabled rule over the tables, turns report locations into cells, formats and sorts findings.

import { a1, parseA1, parseAreaA1 } from '../a1';
import type { Finding, Indicator, IndicatorTable, Lang, ProfileName, Severity } from '../model';
import { SEVERITY_RANK } from '../order';
import { DEFAULT_THRESHOLDS, EMPTY_CONFIG, effectiveSeverity } from './config';
import type { ResolvedConfig } from './config';
import { DEFAULT_LANG, MessageFormatError, fillTemplate, fillTemplateOrNull } from './i18n';
import { allRules } from './index';
import { chooseProfile, getProfile } from './profiles';
import type { RuleContext, RuleModule } from './rule';
import type { Location, Report, Thresholds } from './types';
import { TableAnalysis } from './util/analysis';
import { partCell } from '../indicator-cells';

interface RunOptions {
  /** Validated configuration (see parseConfig); defaults apply when absent. */
  config?: ResolvedConfig;
  /** Message language; wins over config.lang. */
  lang?: Lang;
  /** The rules to run (default: the whole index). The RuleTester passes only the rule under test. */
  rules?: readonly RuleModule[];
  /**
   * Tests: a rule that throws, an unknown message id or an unfilled placeholder (in either language) throws
   * out of runRules instead of becoming a problem.
   */
  strict?: boolean;
}

/** Something that went wrong inside a rule; the run went on without that rule's output for that table. */
export interface RuleProblem {
  ruleId: string;
  /** Index of the table being checked. */
  table: number;
  sheet: string;
  message: string;
}

interface RunResult {
  findings: Finding[];
  problems: RuleProblem[];
}

/** Thresholds for a table: defaults, then the profile's, then the user's. */
function resolveThresholds(profile: ProfileName, config: ResolvedConfig): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...getProfile(profile).thresholds, ...config.thresholds };
}

/** The profile a table is checked with: the configuration's when it names one, else the auto choice. */
function profileFor(table: IndicatorTable, config: ResolvedConfig): ProfileName {
  return config.profile === 'auto' ? chooseProfile(table) : config.profile;
}

interface Owner {
  table: IndicatorTable;
  index: number;
}

function firstCell(table: IndicatorTable): string {
  const area = parseAreaA1(table.range);
  return a1(area.top, area.left);
}

class UnknownMessageError extends Error {
  constructor(ruleId: string, messageId: string) {
    super(`rule ${ruleId} reported unknown messageId "${messageId}"`);
    this.name = 'UnknownMessageError';
  }
}

/**
 * Runs the rules over every table. Sets each table's `profile`. Findings point at sheet cells, carry the index
 * of their table, are deduplicated and sorted by sheet (workbook order), row, column and rule id.
 */
export function runRules(tables: IndicatorTable[], options: RunOptions = {}): RunResult {
  const run = new RuleRun(tables, options);
  for (let index = 0; index < tables.length; index++) run.checkTable(tables[index] as IndicatorTable, index);
  return { findings: sortAndDedupe(run.findings, run.rows, run.cols, tables), problems: run.problems };
}

/**
 * One run of the rules over a workbook's tables: what is found so far, which rule and table are running, and the
 * lookups from a report's location to the table that owns it and the cell it names.
 */
class RuleRun {
  private readonly config: ResolvedConfig;
  private readonly lang: Lang;
  private readonly rules: readonly RuleModule[];
  private readonly strict: boolean;

  readonly findings: Finding[] = [];
  // Each finding's row and column, read from its cell when it is made (while the cell's text is at hand) for sorting.
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly problems: RuleProblem[] = [];

  // Rules may point at a table or an indicator other than the one they check: tables are mapped up front.
  private readonly owners: Owner[];
  private readonly tableOwner = new Map<IndicatorTable, Owner>();
  // A table listed twice owns its findings as its last listing, which is what a lookup by table gives.
  private readonly listedOnce: boolean;
  // Indicators are many and nearly every report points into the table being checked (an indicator belongs to one
  // table): only a report pointing elsewhere pays for the map of every indicator, built then, once.
  private indicatorOwner: Map<Indicator, Owner> | null = null;
  // The current table's indicators, as a set once the table is too big to search.
  private selfSet: Set<Indicator> | null = null;

  // Which rules run, at what severity, depends only on the profile: worked out once per profile, not per table.
  private readonly plans = new Map<ProfileName, { rule: RuleModule; severity: Severity }[]>();
  private readonly thresholdsOf = new Map<ProfileName, Thresholds>();

  // One report function for every rule and table: it reads which rule and table are running from these.
  private rule: RuleModule;
  private severity: Severity = 'info';
  private self: Owner;

  constructor(
    private readonly tables: IndicatorTable[],
    options: RunOptions,
  ) {
    this.config = options.config ?? EMPTY_CONFIG;
    this.lang = options.lang ?? this.config.lang ?? DEFAULT_LANG;
    this.rules = options.rules ?? allRules();
    this.strict = options.strict ?? false;
    this.owners = tables.map((table, index): Owner => ({ table, index }));
    for (const owner of this.owners) this.tableOwner.set(owner.table, owner);
    this.listedOnce = this.tableOwner.size === this.owners.length;
    this.rule = this.rules[0] as RuleModule;
    this.self = { table: tables[0] as IndicatorTable, index: 0 };
  }

  /** Runs the profile's rules over one table; a rule that throws loses its output for the table and becomes a problem. */
  checkTable(table: IndicatorTable, index: number): void {
    const profileName = profileFor(table, this.config);
    table.profile = profileName;
    this.self = this.listedOnce ? (this.owners[index] as Owner) : (this.tableOwner.get(table) as Owner);
    this.selfSet = null;
    const ctx: RuleContext = {
      table,
      tables: this.tables,
      profile: profileName,
      thresholds: this.thresholdsFor(profileName),
      report: this.report,
      analysis: new TableAnalysis(table),
    };

    for (const step of this.planFor(profileName)) {
      this.rule = step.rule;
      this.severity = step.severity;
      const before = this.findings.length;
      try {
        step.rule.check(ctx);
      } catch (err) {
        if (this.strict) throw err;
        // A broken rule must not cost the user the other rules' findings; its partial output is dropped.
        this.findings.length = before;
        this.rows.length = before;
        this.cols.length = before;
        this.problems.push({
          ruleId: step.rule.meta.id,
          table: index,
          sheet: table.sheet,
          message: err instanceof Error ? err.message : String(err),
        });
      }
    }
  }

  /** The rules a profile runs and their severities. */
  private planFor(profileName: ProfileName): { rule: RuleModule; severity: Severity }[] {
    let plan = this.plans.get(profileName);
    if (!plan) {
      const profile = getProfile(profileName);
      plan = [];
      for (const rule of this.rules) {
        const id = rule.meta.id;
        const severity = effectiveSeverity(rule.meta.defaultSeverity, profile.rules[id], this.config.rules[id]);
        if (severity !== null) plan.push({ rule, severity });
      }
      this.plans.set(profileName, plan);
    }
    return plan;
  }

  /** Frozen: one object serves every table of the profile, so a rule must not be able to change it for the others. */
  private thresholdsFor(profileName: ProfileName): Thresholds {
    let thresholds = this.thresholdsOf.get(profileName);
    if (!thresholds)
      this.thresholdsOf.set(profileName, (thresholds = Object.freeze(resolveThresholds(profileName, this.config))));
    return thresholds;
  }

  /** The rules' ctx.report: fills the message, resolves the cells and records the finding. */
  private readonly report = (r: Report): void => {
    const rule = this.rule;
    const id = rule.meta.id;
    const template = rule.meta.messages[r.messageId];
    if (!template) throw new UnknownMessageError(id, r.messageId);
    // The finding keeps the rule's data object as it is (rules build a fresh one per report); quoteLimited copies
    // it only when it must cut a long text.
    const data = r.data ? quoteLimited(r.data) : NO_DATA;
    const lang = this.lang;
    const text = fillTemplateOrNull(template[lang], data);
    if (text === null) throw this.unfilled(template[lang], data, lang, r.messageId);
    if (this.strict) {
      const other: Lang = lang === 'zh-CN' ? 'en-US' : 'zh-CN';
      if (fillTemplateOrNull(template[other], data) === null)
        throw this.unfilled(template[other], data, other, r.messageId);
    }
    const owner = this.ownerOf(r.at);
    const cell = cellOf(r.at, owner);
    let related = NO_CELLS;
    if (r.related) {
      const cells: string[] = [];
      for (const loc of r.related) {
        const c = cellOf(loc, this.ownerOf(loc));
        if (c !== cell && !cells.includes(c)) cells.push(c);
      }
      if (cells.length > 0) related = cells;
    }
    this.findings.push({
      ruleId: id,
      severity: r.severity ?? this.severity,
      sheet: owner.table.sheet,
      cell,
      related,
      message: text,
      messageId: r.messageId,
      data,
      table: owner.index,
    });
    placeCell(cell, this.rows, this.cols);
  };

  private unfilled(
    template: string,
    data: Record<string, string | number>,
    which: Lang,
    messageId: string,
  ): MessageFormatError {
    return new MessageFormatError(
      `rule ${this.rule.meta.id} message "${messageId}" (${which}): unfilled placeholder(s) ${fillTemplate(
        template,
        data,
      )
        .missing.map((m) => `{${m}}`)
        .join(', ')}`,
    );
  }

  /** The table a location points into: nearly always the one being checked; else the current table. */
  private ownerOf(loc: Location): Owner {
    const self = this.self;
    if ('indicator' in loc) return this.inSelf(loc.indicator) ? self : (this.ownerElsewhere(loc.indicator) ?? self);
    return loc.table === self.table ? self : (this.tableOwner.get(loc.table) ?? self);
  }

  private inSelf(ind: Indicator): boolean {
    const list = this.self.table.indicators;
    if (list.length <= 32) return list.includes(ind);
    this.selfSet ??= new Set(list);
    return this.selfSet.has(ind);
  }

  private ownerElsewhere(ind: Indicator): Owner | undefined {
    if (!this.indicatorOwner) {
      const map = new Map<Indicator, Owner>();
      for (const t of this.tables) for (const i of t.indicators) map.set(i, this.tableOwner.get(t) as Owner);
      this.indicatorOwner = map;
    }
    return this.indicatorOwner.get(ind);
  }
}

// Most findings name no related cell and many carry no data: they share one frozen empty array and object (a rule's
// finding is read, never changed, once reported).
const NO_CELLS: string[] = Object.freeze([]) as unknown as string[];
const NO_DATA: Record<string, string | number> = Object.freeze({});

/** The cell a location names, falling back to the row's name or target, then to the table's first cell. */
function cellOf(loc: Location, owner: Owner): string {
  if ('indicator' in loc) {
    const ind = loc.indicator;
    return partCell(ind, loc.part) ?? partCell(ind, 'name') ?? partCell(ind, 'target') ?? firstCell(owner.table);
  }
  return loc.table.project.cells[loc.field] ?? firstCell(loc.table);
}

/**
 * Longest text a message quotes from a cell. A cell may hold 32 767 characters; quoted whole, one finding's note would
 * pass Excel's limit for a note and bury the message. Longer texts are cut (at a code point) and end with '…'.
 */
export const MAX_QUOTE = 200;

function quoteLimited(data: Record<string, string | number>): Record<string, string | number> {
  let out: Record<string, string | number> | null = null;
  for (const k in data) {
    const v = data[k];
    if (typeof v !== 'string' || v.length <= MAX_QUOTE) continue;
    out ??= { ...data };
    out[k] = `${Array.from(v)
      .slice(0, MAX_QUOTE - 1)
      .join('')}…`;
  }
  return out ?? data;
}

/**
 * Findings sorted by sheet (workbook order), row, column, rule id, severity and message, ties in the order reported;
 * of identical findings (same rule, cell, severity, message, related cells) only the first reported is kept.
 * Identical findings sort next to each other, so each is compared only with the few findings of its own cell,
 * rule and message instead of keying every finding by a long string.
 */
function sortAndDedupe(
  findings: Finding[],
  row: number[],
  col: number[],
  tables: readonly IndicatorTable[],
): Finding[] {
  const n = findings.length;
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  // Numeric sort keys, one slot per finding: the comparator reads them instead of parsing cells.
  const sheet = new Float64Array(n);
  const severity = new Uint8Array(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i] as Finding;
    if (Number.isNaN(row[i])) {
      const pos = parseA1(f.cell);
      row[i] = pos.row;
      col[i] = pos.col;
    }
    sheet[i] = sheetOrder.get(f.sheet) ?? sheetOrder.size;
    severity[i] = SEVERITY_RANK[f.severity];
    order[i] = i;
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sameKey = (a: number, b: number) =>
    sheet[a] === sheet[b] &&
    row[a] === row[b] &&
    col[a] === col[b] &&
    severity[a] === severity[b] &&
    (findings[a] as Finding).ruleId === (findings[b] as Finding).ruleId &&
    (findings[a] as Finding).message === (findings[b] as Finding).message;
  order.sort(
    (a, b) =>
      sheet[a] - sheet[b] ||
      row[a] - row[b] ||
      col[a] - col[b] ||
      text((findings[a] as Finding).ruleId, (findings[b] as Finding).ruleId) ||
      severity[a] - severity[b] ||
      text((findings[a] as Finding).message, (findings[b] as Finding).message) ||
      a - b,
  );

  const out: Finding[] = [];
  // Where the run of findings with the current sort key starts in `out`, and, for a long run, their keys.
  let runStart = 0;
  let runKeys: Set<string> | null = null;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const f = findings[i] as Finding;
    if (k === 0 || !sameKey(order[k - 1] as number, i)) {
      runStart = out.length;
      runKeys = null;
    }
    // One cell reported with many different related cells would make pairwise comparison quadratic: key those.
    if (runKeys === null && out.length - runStart > 16) runKeys = new Set(out.slice(runStart).map(identity));
    let duplicate = false;
    if (runKeys !== null) {
      const key = identity(f);
      duplicate = runKeys.has(key);
      if (!duplicate) runKeys.add(key);
    } else {
      for (let j = runStart; j < out.length && !duplicate; j++) duplicate = identical(out[j] as Finding, f);
    }
    if (!duplicate) out.push(f);
  }
  return out;
}

/**
 * Appends a cell's row and column as parseA1 reads them. Findings point at plain cells (H12), read here without a
 * regex match and an object per finding; anything else gets NaN, for sortAndDedupe to leave to parseA1 (and its
 * error, which must not pass for the reporting rule's).
 */
function placeCell(cell: string, rows: number[], cols: number[]): void {
  let k = 0;
  let col = 0;
  for (; k < cell.length && k < 3; k++) {
    const c = cell.charCodeAt(k);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const digits = k;
  let row = 0;
  for (; k < cell.length; k++) {
    const c = cell.charCodeAt(k);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  // Up to 15 digits the sum is exact, as Number() of the digits is.
  const plain = digits > 0 && k === cell.length && k > digits && k - digits <= 15;
  rows.push(plain ? row : NaN);
  cols.push(plain ? col : NaN);
}

/** Same finding: equal sort keys are not enough (a sheet missing from the tables, another spelling of a cell). */
function identical(a: Finding, b: Finding): boolean {
  if (a.sheet !== b.sheet || a.cell !== b.cell || a.messageId !== b.messageId || a.related.length !== b.related.length)
    return false;
  for (let i = 0; i < a.related.length; i++) if (a.related[i] !== b.related[i]) return false;
  return true;
}

/** What identical() compares, as one string. Control characters cannot occur in A1 cells, ids or sheet names. */
function identity(f: Finding): string {
  return `${f.sheet}\u0000${f.cell}\u0000${f.messageId}\u0000${f.related.join('\u0001')}`;
}
