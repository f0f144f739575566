// The vocabulary rules, their helpers and the engine share: metadata, messages, report locations, thresholds. It imports
// only the model, so anything in src/core/rules may import it (rule.ts adds the context a check receives).

import type { Indicator, IndicatorPart, IndicatorTable, ProjectField, Severity } from '../model';

export type RuleCategory = 'structure' | 'target' | 'time' | 'money' | 'consistency' | 'self-evaluation';

/** A message template per language; placeholders are `{name}` and must all be filled by `data`. */
export interface MessageTemplate {
  'zh-CN': string;
  'en-US': string;
}

export interface RuleMeta {
  /** Stable id, kebab-case, equal to the file name under src/core/rules/. */
  id: string;
  category: RuleCategory;
  /** Severity in the project-2021 profile. */
  defaultSeverity: Severity;
  description: MessageTemplate;
  messages: Record<string, MessageTemplate>;
}

/** Where a finding points; the engine turns it into an A1 cell. */
export type Location = { indicator: Indicator; part: IndicatorPart } | { table: IndicatorTable; field: ProjectField };

export interface Report {
  messageId: string;
  /** The finding keeps this object (no copy): build a fresh one per report and leave it alone afterwards. */
  data?: Record<string, string | number>;
  at: Location;
  related?: Location[];
  /** Overrides the rule's severity for this one finding (e.g. satisfaction-range's exactly-100 % info). */
  severity?: Severity;
}

/** Thresholds a profile or the user's configuration sets. */
export interface Thresholds {
  /** satisfaction-range: lowest acceptable 满意度, in % (default 80). */
  satisfactionFloor: number;
  /** cost-exceeds-budget: relative tolerance before flagging (default 0.005 = 0.5 %). */
  costTolerance: number;
  /** unit-cost-inconsistent: unit cost × quantity below this share of the budget is flagged (default 0.01). */
  unitCostLowRatio: number;
}
