// The targets rules, listed for the sorted index in index.ts.

import { rule as costOperator } from './cost-operator';
import { rule as dateOutsidePeriod } from './date-outside-period';
import { rule as impossibleBound } from './impossible-bound';
import { rule as missingOperator } from './missing-operator';
import { rule as missingUnit } from './missing-unit';
import { rule as nonNumericQuantity } from './non-numeric-quantity';
import { rule as percentOutOfRange } from './percent-out-of-range';
import { rule as quantityCeiling } from './quantity-ceiling';
import { rule as satisfactionDirection } from './satisfaction-direction';
import { rule as satisfactionRange } from './satisfaction-range';
import { rule as targetRestatesName } from './target-restates-name';
import { rule as timelinessVague } from './timeliness-vague';
import type { RuleModule } from './types';
import { rule as unitMismatch } from './unit-mismatch';
import { rule as unitNameMismatch } from './unit-name-mismatch';
import { rule as vagueTarget } from './vague-target';

export const rules: RuleModule[] = [
  costOperator,
  dateOutsidePeriod,
  impossibleBound,
  missingOperator,
  missingUnit,
  nonNumericQuantity,
  percentOutOfRange,
  quantityCeiling,
  satisfactionDirection,
  satisfactionRange,
  targetRestatesName,
  timelinessVague,
  unitMismatch,
  unitNameMismatch,
  vagueTarget,
];
