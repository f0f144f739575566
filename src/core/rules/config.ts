// The user's review configuration (profile, rules on/off and severities, thresholds, language): schema, defaults, parsing.

import { z } from 'zod';
import { formatBoth, type Catalog } from '../messages';
import { LangSchema, ProfileNameSchema, SeveritySchema } from '../model';
import type { Lang, ProfileName, Severity } from '../model';
import type { Thresholds } from './types';

const RuleSettingSchema = z.union([z.literal('off'), SeveritySchema]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  satisfactionFloor: 80,
  costTolerance: 0.005,
  unitCostLowRatio: 0.01,
});

const ThresholdsSchema = z
  .object({
    /** satisfaction-range: lowest acceptable 满意度, in %. */
    satisfactionFloor: z.number().min(0).max(100).optional(),
    /** cost-exceeds-budget: relative tolerance before flagging. */
    costTolerance: z.number().min(0).max(1).optional(),
    /** unit-cost-inconsistent: unit cost × quantity below this share of the budget is flagged. */
    unitCostLowRatio: z.number().min(0).max(1).optional(),
  })
  .strict();

export const ConfigSchema = z
  .object({
    /** 'auto' chooses per table from its title, kind and categories. */
    profile: z.union([z.literal('auto'), ProfileNameSchema]).optional(),
    /** Rule id → 'off' or the severity to report it with; ids are checked against the rule index. */
    rules: z.record(z.string(), RuleSettingSchema).optional(),
    thresholds: ThresholdsSchema.optional(),
    lang: LangSchema.optional(),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

/** A configuration with every default applied; what the engine works with. */
export interface ResolvedConfig {
  profile: 'auto' | ProfileName;
  rules: Readonly<Record<string, RuleSetting>>;
  /** Only the thresholds the user set; the profile's and the defaults fill the rest per table. */
  thresholds: Readonly<Partial<Thresholds>>;
  lang: Lang;
}

interface ConfigError {
  /** Dotted path of the offending key, e.g. `rules.no-such-rule`, or '' for the whole value. */
  path: string;
  /** Bilingual, zh-CN first: `rules.no-such-rule: 未知规则 / unknown rule`. */
  message: string;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; errors: ConfigError[] };

export const EMPTY_CONFIG: ResolvedConfig = Object.freeze({
  profile: 'auto',
  rules: Object.freeze({}),
  thresholds: Object.freeze({}),
  lang: 'zh-CN',
}) as ResolvedConfig;

/** What can be wrong with a configuration (core/messages.ts catalog shape), keyed by ConfigError codes. */
export const CONFIG_ERRORS = {
  'unknown-key': { 'zh-CN': '未知配置项', 'en-US': 'unknown key' },
  'wrong-type': { 'zh-CN': '类型错误，应为 {expected}', 'en-US': 'wrong type, expected {expected}' },
  'out-of-range': { 'zh-CN': '数值超出允许范围', 'en-US': 'value out of range' },
  'invalid-value': { 'zh-CN': '取值无效', 'en-US': 'invalid value' },
  // zod's own words, which are English only.
  invalid: { 'zh-CN': '取值无效', 'en-US': '{reason}' },
  'unknown-rule': { 'zh-CN': '未知规则', 'en-US': 'unknown rule' },
} as const satisfies Catalog;

type ConfigErrorCode = keyof typeof CONFIG_ERRORS;

function describeIssue(issue: z.core.$ZodIssue): { code: ConfigErrorCode; data: Record<string, string> } {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { code: 'unknown-key', data: {} };
    case 'invalid_type':
      return { code: 'wrong-type', data: { expected: String(issue.expected) } };
    case 'too_small':
    case 'too_big':
      return { code: 'out-of-range', data: {} };
    case 'invalid_union':
    case 'invalid_value':
      return { code: 'invalid-value', data: {} };
    default:
      return { code: 'invalid', data: { reason: issue.message } };
  }
}

/** A configuration error: its path and its line in both languages (`path: 中文 / English`), from the catalog. */
function configError(path: string, code: ConfigErrorCode, data: Record<string, string>, hint = ''): ConfigError {
  const { 'zh-CN': zh, 'en-US': en } = formatBoth(CONFIG_ERRORS, code, data);
  return { path, message: `${path || '(config)'}: ${zh} / ${en}${hint}` };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** Shown after a bad rule setting so the user sees what is accepted. */
const SETTING_HINT = "'off' | 'error' | 'warning' | 'info'";

/**
 * Validates configuration from any source (a JSON file, the workbook's stored settings, CLI flags merged in).
 * `knownRuleIds` are the ids a setting may name (the rule index's: check.ts parseConfig passes them); any other id is
 * an error naming it.
 */
export function parseConfig(input: unknown, knownRuleIds: readonly string[]): ConfigResult {
  if (input === undefined || input === null) return { ok: true, config: EMPTY_CONFIG };
  const parsed = ConfigSchema.safeParse(input);
  const errors: ConfigError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { code, data } = describeIssue(issue);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push(configError(joinPath([...issue.path, key]), code, data));
        continue;
      }
      const hint = issue.path[0] === 'rules' && issue.path.length === 2 ? ` (${SETTING_HINT})` : '';
      errors.push(configError(joinPath(issue.path), code, data, hint));
    }
    return { ok: false, errors };
  }
  const value = parsed.data;
  const known = new Set(knownRuleIds);
  for (const id of Object.keys(value.rules ?? {})) {
    if (!known.has(id)) {
      errors.push(configError(`rules.${id}`, 'unknown-rule', {}));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      profile: value.profile ?? 'auto',
      rules: { ...(value.rules ?? {}) },
      thresholds: { ...(value.thresholds ?? {}) },
      lang: value.lang ?? 'zh-CN',
    },
  };
}

/** One line per error, for the CLI's usage error and the pane's message bar. */
export function formatConfigErrors(errors: readonly ConfigError[]): string {
  return errors.map((e) => e.message).join('\n');
}

/** The severity a rule runs with, or null when off: rule default → profile → configuration. */
export function effectiveSeverity(
  defaultSeverity: Severity,
  profileSetting: RuleSetting | undefined,
  configSetting: RuleSetting | undefined,
): Severity | null {
  const s = configSetting ?? profileSetting ?? defaultSeverity;
  return s === 'off' ? null : s;
}
