// The rule engine: runs every enabled rule over the tables, turns report locations into cells, formats and sorts findings.

import { a1, parseA1, parseAreaA1 } from '../a1';
import type { Finding, Indicator, IndicatorTable, Lang, ProfileName, Severity } from '../model';
import { DEFAULT_THRESHOLDS, EMPTY_CONFIG, effectiveSeverity } from './config';
import type { ResolvedConfig } from './config';
import { DEFAULT_LANG, MessageFormatError, fillTemplate } from './i18n';
import { allRules } from './index';
import { chooseProfile, getProfile } from './profiles';
import type { Location, Report, RuleContext, RuleModule, Thresholds } from './types';

export interface RunOptions {
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

export interface RunResult {
  findings: Finding[];
  problems: RuleProblem[];
}

/** Thresholds for a table: defaults, then the profile's, then the user's. */
export function resolveThresholds(profile: ProfileName, config: ResolvedConfig): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...getProfile(profile).thresholds, ...config.thresholds };
}

/** The profile a table is checked with: the configuration's when it names one, else the auto choice. */
export function profileFor(table: IndicatorTable, config: ResolvedConfig): ProfileName {
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
  const config = options.config ?? EMPTY_CONFIG;
  const lang = options.lang ?? config.lang ?? DEFAULT_LANG;
  const rules = options.rules ?? allRules();
  const strict = options.strict ?? false;

  // Rules may point at an indicator or a table other than the one they check: find each one's owner once.
  const indicatorOwner = new Map<Indicator, Owner>();
  const tableOwner = new Map<IndicatorTable, Owner>();
  tables.forEach((table, index) => {
    const owner = { table, index };
    tableOwner.set(table, owner);
    for (const ind of table.indicators) indicatorOwner.set(ind, owner);
  });

  const findings: Finding[] = [];
  const problems: RuleProblem[] = [];

  const locate = (loc: Location, fallback: Owner): { owner: Owner; cell: string } => {
    if ('indicator' in loc) {
      const owner = indicatorOwner.get(loc.indicator) ?? fallback;
      const c = loc.indicator.cells;
      return { owner, cell: c[loc.part] ?? c.name ?? c.target ?? firstCell(owner.table) };
    }
    const owner = tableOwner.get(loc.table) ?? fallback;
    return { owner, cell: loc.table.project.cells[loc.field] ?? firstCell(loc.table) };
  };

  // Which rules run, at what severity, depends only on the profile: work it out once per profile, not per table.
  const plans = new Map<ProfileName, { rule: RuleModule; severity: Severity }[]>();
  const planFor = (profileName: ProfileName) => {
    let plan = plans.get(profileName);
    if (!plan) {
      const profile = getProfile(profileName);
      plan = [];
      for (const rule of rules) {
        const id = rule.meta.id;
        const severity = effectiveSeverity(rule.meta.defaultSeverity, profile.rules[id], config.rules[id]);
        if (severity !== null) plan.push({ rule, severity });
      }
      plans.set(profileName, plan);
    }
    return plan;
  };
  const thresholdsOf = new Map<ProfileName, Thresholds>();

  // One report function for every rule and table: it reads which rule and table are running from these.
  let rule: RuleModule = rules[0] as RuleModule;
  let severity: Severity = 'info';
  let self: Owner = { table: tables[0] as IndicatorTable, index: 0 };
  const report = (r: Report): void => {
    const id = rule.meta.id;
    const template = rule.meta.messages[r.messageId];
    if (!template) throw new UnknownMessageError(id, r.messageId);
    const data = quoteLimited(r.data ?? {});
    const { text, missing } = fillTemplate(template[lang], data);
    if (missing.length > 0) {
      throw new MessageFormatError(
        `rule ${id} message "${r.messageId}" (${lang}): unfilled placeholder(s) ${missing.map((m) => `{${m}}`).join(', ')}`,
      );
    }
    if (strict) {
      const other: Lang = lang === 'zh-CN' ? 'en-US' : 'zh-CN';
      const o = fillTemplate(template[other], data);
      if (o.missing.length > 0) {
        throw new MessageFormatError(
          `rule ${id} message "${r.messageId}" (${other}): unfilled placeholder(s) ${o.missing.map((m) => `{${m}}`).join(', ')}`,
        );
      }
    }
    const at = locate(r.at, self);
    const related: string[] = [];
    for (const loc of r.related ?? []) {
      const { cell } = locate(loc, self);
      if (cell !== at.cell && !related.includes(cell)) related.push(cell);
    }
    findings.push({
      ruleId: id,
      severity: r.severity ?? severity,
      sheet: at.owner.table.sheet,
      cell: at.cell,
      related,
      message: text,
      messageId: r.messageId,
      data: { ...data },
      table: at.owner.index,
    });
  };

  tables.forEach((table, index) => {
    const profileName = profileFor(table, config);
    table.profile = profileName;
    let thresholds = thresholdsOf.get(profileName);
    // Frozen: one object serves every table of the profile, so a rule must not be able to change it for the others.
    if (!thresholds) thresholdsOf.set(profileName, (thresholds = Object.freeze(resolveThresholds(profileName, config))));
    self = tableOwner.get(table) ?? { table, index };
    const ctx: RuleContext = { table, tables, profile: profileName, thresholds, report };

    for (const step of planFor(profileName)) {
      rule = step.rule;
      severity = step.severity;
      const before = findings.length;
      try {
        rule.check(ctx);
      } catch (err) {
        if (strict) throw err;
        // A broken rule must not cost the user the other rules' findings; its partial output is dropped.
        findings.length = before;
        problems.push({
          ruleId: rule.meta.id,
          table: index,
          sheet: table.sheet,
          message: err instanceof Error ? err.message : String(err),
        });
      }
    }
  });

  return { findings: sortFindings(dedupe(findings), tables), problems };
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
    out[k] = `${Array.from(v).slice(0, MAX_QUOTE - 1).join('')}…`;
  }
  return out ?? data;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    // Control characters cannot occur in ids, A1 cells or sheet names, so they separate the parts unambiguously.
    const key = `${f.ruleId}\u0000${f.sheet}\u0000${f.cell}\u0000${f.severity}\u0000${f.messageId}\u0000${f.message}\u0000${f.related.join('\u0001')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function sortFindings(findings: Finding[], tables: readonly IndicatorTable[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const keyed = findings.map((f) => ({ f, pos: parseA1(f.cell), sheet: sheetOrder.get(f.sheet) ?? sheetOrder.size }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.pos.row - b.pos.row ||
      a.pos.col - b.pos.col ||
      (a.f.ruleId < b.f.ruleId ? -1 : a.f.ruleId > b.f.ruleId ? 1 : 0) ||
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  return keyed.map((k) => k.f);
}
