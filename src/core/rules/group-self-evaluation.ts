// The self-evaluation rules (绩效自评表: actual values, weights and scores), listed for the sorted index in index.ts.

import { rule as actualMissing } from './actual-missing';
import { rule as actualUnitMismatch } from './actual-unit-mismatch';
import { rule as deviationReasonMissing } from './deviation-reason-missing';
import { rule as executionRateMismatch } from './execution-rate-mismatch';
import { rule as level1Weights } from './level1-weights';
import { rule as scoreExceedsWeight } from './score-exceeds-weight';
import { rule as scoreInconsistent } from './score-inconsistent';
import { rule as totalScoreMismatch } from './total-score-mismatch';
import type { RuleModule } from './types';
import { rule as unfilledTemplateRows } from './unfilled-template-rows';
import { rule as weightsTotal } from './weights-total';

export const rules: RuleModule[] = [
  actualMissing,
  actualUnitMismatch,
  deviationReasonMissing,
  executionRateMismatch,
  level1Weights,
  scoreExceedsWeight,
  scoreInconsistent,
  totalScoreMismatch,
  unfilledTemplateRows,
  weightsTotal,
];
