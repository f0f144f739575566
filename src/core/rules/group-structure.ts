// The structure rules (rules.md "Structure"), listed for the sorted index in index.ts.

import { rule as duplicateIndicator } from './duplicate-indicator';
import { rule as emptyName } from './empty-name';
import { rule as emptyTarget } from './empty-target';
import { rule as inputAsOutput } from './input-as-output';
import { rule as internalSatisfaction } from './internal-satisfaction';
import { rule as level2NotUnderLevel1 } from './level2-not-under-level1';
import { rule as misplacedIndicator } from './misplaced-indicator';
import { rule as missingCategory } from './missing-category';
import { rule as nameIsCategory } from './name-is-category';
import { rule as nonstandardCategory } from './nonstandard-category';
import { rule as placeholder } from './placeholder';
import type { RuleModule } from './types';
import { rule as unknownLevel1 } from './unknown-level1';
import { rule as unknownLevel2 } from './unknown-level2';

export const rules: RuleModule[] = [
  duplicateIndicator,
  emptyName,
  emptyTarget,
  inputAsOutput,
  internalSatisfaction,
  level2NotUnderLevel1,
  misplacedIndicator,
  missingCategory,
  nameIsCategory,
  nonstandardCategory,
  placeholder,
  unknownLevel1,
  unknownLevel2,
];
