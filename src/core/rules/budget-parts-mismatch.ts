// budget-parts-mismatch: a project block whose budget total is not the sum of its sources (财政拨款 + 其他资金).

import type { RuleModule } from './rule';
import { formatWan, isProjectTable } from './util/money';

// Budgets are written to the cent of a 万元 at most; a smaller gap is rounding, not a mismatch.
const EPSILON_WAN = 0.00005;

/** The project fields that hold an amount in 万元. */
type AmountField = 'budget' | 'fiscal' | 'other' | 'midtermBudget' | 'midtermFiscal' | 'midtermOther';

interface Parts {
  messageId: 'annual' | 'midterm';
  total: AmountField;
  fiscal: AmountField;
  other: AmountField;
}

const PARTS: readonly Parts[] = [
  { messageId: 'annual', total: 'budget', fiscal: 'fiscal', other: 'other' },
  { messageId: 'midterm', total: 'midtermBudget', fiscal: 'midtermFiscal', other: 'midtermOther' },
];

export const rule: RuleModule = {
  meta: {
    id: 'budget-parts-mismatch',
    category: 'money',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '项目资金总额应等于财政拨款与其他资金之和',
      'en-US': "A project's budget total must equal its fiscal funds plus its other funds",
    },
    messages: {
      annual: {
        'zh-CN':
          '项目资金总额 {total} 万元不等于财政拨款 {fiscal} 万元 + 其他资金 {other} 万元 = {sum} 万元；总额应等于各资金来源之和，请核对金额',
        'en-US':
          'The budget total of {total} (10k yuan) is not fiscal funds {fiscal} + other funds {other} = {sum}; the total must equal the sum of its sources',
      },
      midterm: {
        'zh-CN':
          '中期资金总额 {total} 万元不等于财政拨款 {fiscal} 万元 + 其他资金 {other} 万元 = {sum} 万元；总额应等于各资金来源之和，请核对金额',
        'en-US':
          'The mid-term budget total of {total} (10k yuan) is not fiscal funds {fiscal} + other funds {other} = {sum}; the total must equal the sum of its sources',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    const p = table.project;
    for (const parts of PARTS) {
      const total = p[parts.total];
      const fiscal = p[parts.fiscal];
      const other = p[parts.other];
      // Without a total or without any part there is nothing to add up (a missing budget is missing-project-field's).
      if (typeof total !== 'number' || (typeof fiscal !== 'number' && typeof other !== 'number')) continue;
      const sum = (fiscal ?? 0) + (other ?? 0);
      if (Math.abs(total - sum) <= EPSILON_WAN) continue;
      const related = [parts.fiscal, parts.other]
        .filter((f) => typeof p[f] === 'number')
        .map((field) => ({ table, field }));
      ctx.report({
        messageId: parts.messageId,
        data: {
          total: formatWan(total),
          fiscal: formatWan(fiscal ?? 0),
          other: formatWan(other ?? 0),
          sum: formatWan(sum),
        },
        at: { table, field: parts.total },
        related,
      });
    }
  },
};
