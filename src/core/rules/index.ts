// The rule index: every rule module, one import a rule, sorted by id (as ESLint's lib/rules/index). A rule's group is
// its meta.category; a new rule is one import and one entry here.

import { rule as actualMissing } from './actual-missing';
import { rule as actualUnitMismatch } from './actual-unit-mismatch';
import { rule as budgetPartsMismatch } from './budget-parts-mismatch';
import { rule as costExceedsBudget } from './cost-exceeds-budget';
import { rule as costOperator } from './cost-operator';
import { rule as costSumDiffers } from './cost-sum-differs';
import { rule as dateOutsidePeriod } from './date-outside-period';
import { rule as deviationReasonMissing } from './deviation-reason-missing';
import { rule as duplicateIndicator } from './duplicate-indicator';
import { rule as emptyName } from './empty-name';
import { rule as emptyTarget } from './empty-target';
import { rule as executionRateMismatch } from './execution-rate-mismatch';
import { rule as impossibleBound } from './impossible-bound';
import { rule as inputAsOutput } from './input-as-output';
import { rule as internalSatisfaction } from './internal-satisfaction';
import { rule as level1Weights } from './level1-weights';
import { rule as level2NotUnderLevel1 } from './level2-not-under-level1';
import { rule as midtermAnnualMismatch } from './midterm-annual-mismatch';
import { rule as misplacedIndicator } from './misplaced-indicator';
import { rule as missingCategory } from './missing-category';
import { rule as missingOperator } from './missing-operator';
import { rule as missingProjectField } from './missing-project-field';
import { rule as missingUnit } from './missing-unit';
import { rule as nameIsCategory } from './name-is-category';
import { rule as nonNumericQuantity } from './non-numeric-quantity';
import { rule as nonstandardCategory } from './nonstandard-category';
import { rule as percentOutOfRange } from './percent-out-of-range';
import { rule as placeholder } from './placeholder';
import { rule as quantityCeiling } from './quantity-ceiling';
import { rule as satisfactionDirection } from './satisfaction-direction';
import { rule as satisfactionRange } from './satisfaction-range';
import { rule as scoreExceedsWeight } from './score-exceeds-weight';
import { rule as scoreInconsistent } from './score-inconsistent';
import { rule as standardBasis } from './standard-basis';
import { rule as targetRestatesName } from './target-restates-name';
import { rule as timelinessVague } from './timeliness-vague';
import { rule as totalScoreMismatch } from './total-score-mismatch';
import { rule as unfilledTemplateRows } from './unfilled-template-rows';
import { rule as unitCostInconsistent } from './unit-cost-inconsistent';
import { rule as unitMismatch } from './unit-mismatch';
import { rule as unitNameMismatch } from './unit-name-mismatch';
import { rule as unknownLevel1 } from './unknown-level1';
import { rule as unknownLevel2 } from './unknown-level2';
import { rule as vagueTarget } from './vague-target';
import { rule as weightsTotal } from './weights-total';
import type { RuleModule } from './rule';
import type { RuleCategory } from './types';

/** Every rule, sorted by id. */
const RULES: readonly RuleModule[] = Object.freeze([
  actualMissing,
  actualUnitMismatch,
  budgetPartsMismatch,
  costExceedsBudget,
  costOperator,
  costSumDiffers,
  dateOutsidePeriod,
  deviationReasonMissing,
  duplicateIndicator,
  emptyName,
  emptyTarget,
  executionRateMismatch,
  impossibleBound,
  inputAsOutput,
  internalSatisfaction,
  level1Weights,
  level2NotUnderLevel1,
  midtermAnnualMismatch,
  misplacedIndicator,
  missingCategory,
  missingOperator,
  missingProjectField,
  missingUnit,
  nameIsCategory,
  nonNumericQuantity,
  nonstandardCategory,
  percentOutOfRange,
  placeholder,
  quantityCeiling,
  satisfactionDirection,
  satisfactionRange,
  scoreExceedsWeight,
  scoreInconsistent,
  standardBasis,
  targetRestatesName,
  timelinessVague,
  totalScoreMismatch,
  unfilledTemplateRows,
  unitCostInconsistent,
  unitMismatch,
  unitNameMismatch,
  unknownLevel1,
  unknownLevel2,
  vagueTarget,
  weightsTotal,
]);

const BY_ID = new Map<string, RuleModule>();
for (const [i, r] of RULES.entries()) {
  const id = r.meta.id;
  // Two modules with one id would make reports and configuration ambiguous, and an unsorted list would change the
  // order rules run and report in: bugs, caught at load.
  if (BY_ID.has(id)) throw new Error(`duplicate rule id ${id}`);
  const before = RULES[i - 1]?.meta.id;
  if (before !== undefined && before > id) throw new Error(`rule index not sorted: ${before} before ${id}`);
  BY_ID.set(id, r);
}

/** Every rule, sorted by id. */
export function allRules(): readonly RuleModule[] {
  return RULES;
}

export function ruleIds(): string[] {
  return RULES.map((r) => r.meta.id);
}

export function getRule(id: string): RuleModule | undefined {
  return BY_ID.get(id);
}

/** The rules of some categories (a group is its rules' meta.category), sorted by id. */
export function rulesIn(...categories: RuleCategory[]): RuleModule[] {
  return RULES.filter((r) => categories.includes(r.meta.category));
}
