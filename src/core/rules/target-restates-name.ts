// target-restates-name: a target that only repeats the indicator's name (及时告知公告人相关信息 → 及时告知公告人相关信息).

import { L1 } from '../categories';
import { Memo } from '../memo';
import type { Indicator, IndicatorPart } from '../model';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { normaliseText, shown } from './util/structure';

// Punctuation and brackets do not change what a text says.
const PUNCTUATION = /[，,。.、；;：:！!？?“”"‘’'（）()《》〈〉【】[\]\-—_·…]+/gu;
// A few characters a target may add to the name and still say nothing more (的, 情况, 工作).
const FILLER = /^(?:的|了|情况|情形|工作)$/u;
const QUALITY_NAME = /(?:性|度|程度)$/u;
// Shorter texts are the vague words other rules own (及时, 完成, 达标, 合规).
const MIN_LENGTH = 4;
// A degree and an evaluative word (显著提升, 有效改善): vague-target's finding, the same words as its list.
const VAGUE_WORD =
  /^(?:较为|较|很|更|非常|十分|明显|显著|有所|进一步|逐步|持续|稳步|大幅度?|有效)(?:是|高|好|优|优秀|优良|良|良好|显著|明显|有效|提升|提高|积极|达标|完成|增强|加强|改善|大)$/u;

const KEYS = new Memo<string>();

function key(text: string): string {
  return KEYS.get(text, (t) => normaliseText(t).replace(PUNCTUATION, ''));
}

/** True when the target says nothing the text does not: the same words, part of them, or them plus a filler word. */
function restates(target: string, text: string): boolean {
  if (target.length < MIN_LENGTH || text.length < MIN_LENGTH) return false;
  // A quality named as such (资金使用合规性, 信息公开透明度) answered by the quality itself (资金使用合规) is a graded
  // answer, as 合规 alone would be.
  if (QUALITY_NAME.test(text) && text.replace(QUALITY_NAME, '') === target) return false;
  if (text.includes(target)) return true;
  if (!target.includes(text)) return false;
  const rest = target.replace(text, '');
  return rest === '' || FILLER.test(rest);
}

/**
 * The part the target restates, or null: the name, or a 绩效指标描述 the target repeats whole (a description column may
 * hold the specific name under a generic 三级, or an explanation whose key words a fair target may share).
 */
function restatedPart(ind: Indicator): IndicatorPart | null {
  const t = key(ind.target.raw);
  if (restates(t, key(ind.name))) return 'name';
  if (!ind.description) return null;
  const d = key(ind.description);
  return d.length >= MIN_LENGTH && (t === d || (t.includes(d) && FILLER.test(t.replace(d, '')))) ? 'description' : null;
}

export const rule: RuleModule = {
  meta: {
    id: 'target-restates-name',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '指标值只是重复了指标名称，没有写出要达到的程度',
      'en-US': 'A target that only restates the indicator’s name and sets no level to reach',
    },
    messages: {
      restates: {
        'zh-CN':
          '“{name}”的指标值“{shown}”只是重复了指标名称，没有写出要达到什么程度，无法考核；应写明可考核的目标值：做到多少（数量或比率，如“≥95%”）或何时完成',
        'en-US':
          'The target “{shown}” of “{name}” only restates the indicator’s name and sets no level to reach, so it cannot be assessed; state a checkable value: how much (a count or a rate, e.g. “≥95%”) or by when',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if (t.kind !== 'qualitative' && t.kind !== 'text') continue;
      // A figure is a level; 时效 → timeliness-vague, 数量/成本 → non-numeric-quantity; placeholders are the structure rules'.
      if (t.value !== null || /[0-9０-９]/u.test(t.raw)) continue;
      if (row.timeliness || row.quantity || row.amountCost || row.leftToStructureRules || row.namePlaceholder !== null)
        continue;
      // The department form's 投入管理 rows are graded in words by design (相关, 科学, 合理).
      if (ctx.profile === 'department' && ind.level1 === L1.input) continue;
      if (VAGUE_WORD.test(key(t.raw))) continue;
      const part = restatedPart(ind);
      if (part === null) continue;
      const name = part === 'name' ? row.displayName : shown(ind.description ?? '');
      ctx.report({
        messageId: 'restates',
        data: { name, shown: row.shownTarget },
        at: { indicator: ind, part: 'target' },
      });
    }
  },
};
