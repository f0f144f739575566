// vague-target: a bare unmeasurable word (是, 较高, 优, 显著, 提升…) standing as the whole target.

import { L1 } from '../categories';
import { Memo } from '../memo';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';

/** Subjects a vague target may open with (影响程度 较高, 效果 显著). */
export const VAGUE_SUBJECTS: readonly string[] = [
  '影响程度',
  '影响',
  '程度',
  '效果',
  '作用',
  '成效',
  '水平',
  '质量',
  '效益',
];
/** Degree words before the evaluative word (较, 明显, 进一步…). */
export const VAGUE_DEGREES: readonly string[] = [
  '较为',
  '较',
  '很',
  '更',
  '非常',
  '十分',
  '明显',
  '显著',
  '有所',
  '进一步',
  '逐步',
  '持续',
  '稳步',
  '大幅度',
  '大幅',
  '有效',
];
/** Evaluative words that, standing as the whole target, measure nothing (是, 较高, 提升, 改善…). */
export const VAGUE_WORDS: readonly string[] = [
  '是',
  '高',
  '好',
  '优',
  '优秀',
  '优良',
  '良',
  '良好',
  '显著',
  '明显',
  '有效',
  '提升',
  '提高',
  '积极',
  '达标',
  '完成',
  '增强',
  '加强',
  '改善',
  '大',
];

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

// An optional subject (影响程度, 效果…), an optional degree (较, 明显…) and an evaluative word: nothing to measure.
const VAGUE = new RegExp(
  `^(?:${alternatives(VAGUE_SUBJECTS)})?(?:${alternatives(VAGUE_DEGREES)})?(?:${alternatives(VAGUE_WORDS)})$`,
  'u',
);
const PUNCTUATION = /[\s\u3000。.，,；;！!]+/gu;

/** The target, punctuation aside, is nothing but a vague word. Exports repeat a few targets (是, 较高) on many rows. */
export function isVagueWord(raw: string): boolean {
  return VAGUE_MEMO.get(raw, (r) => VAGUE.test(r.replace(PUNCTUATION, '')));
}

const VAGUE_MEMO = new Memo<boolean>();

// 是/否 answers a yes-or-no question (是否发生安全事故): a checkable fact, not a vague claim.
const YES_NO_QUESTION = /是否/u;

export const rule: RuleModule = {
  meta: {
    id: 'vague-target',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '指标值只是一个无法衡量的笼统词语（是、较高、优、显著、提升等）',
      'en-US': 'A target that is only a vague, unmeasurable word (是, 较高, 优, 显著, 提升…)',
    },
    messages: {
      vague: {
        'zh-CN':
          '“{name}”的指标值“{shown}”是笼统的评价词，无法衡量和考核；应写成可衡量的数值或比率（如“≥95%”），或写明可核实的结果（如“通过验收”“零投诉”）',
        'en-US':
          'The target “{shown}” of “{name}” is a vague word that cannot be measured; write a measurable value or rate (e.g. “≥95%”) or a result that can be verified (e.g. “通过验收”, “零投诉”)',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if (t.value !== null || (t.kind !== 'qualitative' && t.kind !== 'text')) continue;
      // Other rules own these rows: 时效 → timeliness-vague, 数量/成本 → non-numeric-quantity.
      if (row.timeliness || row.quantity || row.amountCost) continue;
      // The department form's 投入管理 rows are graded in words by design (相关, 科学, 合理, 规范).
      if (ctx.profile === 'department' && ind.level1 === L1.input) continue;
      if (!isVagueWord(t.raw)) continue;
      const word = t.raw.replace(PUNCTUATION, '');
      if ((word === '是' || word === '否') && YES_NO_QUESTION.test(ind.name)) continue;
      ctx.report({
        messageId: 'vague',
        data: { name: row.displayName, shown: row.shownTarget },
        at: { indicator: ind, part: 'target' },
      });
    }
  },
};
