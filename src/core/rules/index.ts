// The rule index: every rule module of the three group lists, sorted by id, and lookup by id.

import { rules as moneyTimeRules } from './group-money-time';
import { rules as selfEvaluationRules } from './group-self-evaluation';
import { rules as structureRules } from './group-structure';
import { rules as targetRules } from './group-targets';
import type { RuleModule } from './types';

function buildIndex(): readonly RuleModule[] {
  const all = [...structureRules, ...targetRules, ...moneyTimeRules, ...selfEvaluationRules];
  const seen = new Set<string>();
  for (const r of all) {
    // Two modules with one id would make reports and configuration ambiguous: a bug, caught at load.
    if (seen.has(r.meta.id)) throw new Error(`duplicate rule id ${r.meta.id}`);
    seen.add(r.meta.id);
  }
  return Object.freeze(all.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)));
}

let index: readonly RuleModule[] | null = null;

/** Every rule, sorted by id. Built on first use so group modules can import helpers without load-order issues. */
export function allRules(): readonly RuleModule[] {
  if (!index) index = buildIndex();
  return index;
}

export function ruleIds(): string[] {
  return allRules().map((r) => r.meta.id);
}

export function getRule(id: string): RuleModule | undefined {
  return allRules().find((r) => r.meta.id === id);
}
