// The money and consistency rules (rules.md "Money" and "Consistency between sets and blocks"), listed for the sorted index in index.ts.

import { rule as budgetPartsMismatch } from './budget-parts-mismatch';
import { rule as costExceedsBudget } from './cost-exceeds-budget';
import { rule as costSumDiffers } from './cost-sum-differs';
import { rule as midtermAnnualMismatch } from './midterm-annual-mismatch';
import { rule as missingProjectField } from './missing-project-field';
import { rule as standardBasis } from './standard-basis';
import type { RuleModule } from './types';
import { rule as unitCostInconsistent } from './unit-cost-inconsistent';

export const rules: RuleModule[] = [
  budgetPartsMismatch,
  costExceedsBudget,
  costSumDiffers,
  midtermAnnualMismatch,
  missingProjectField,
  standardBasis,
  unitCostInconsistent,
];
