// The structure rules, listed for the sorted index in index.ts.

import type { RuleModule } from './types';

export const rules: RuleModule[] = [];
