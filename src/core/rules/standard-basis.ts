// standard-basis: a 绩效标准 / 取值依据 cell that is not one of the four bases (计划标准, 行业标准, 历史标准, 其他标准).

import type { RuleModule } from './rule';

// The bases named by 财预〔2020〕10号 and 财预〔2021〕101号; 其他标准 may be spelt out as "财政部门和预算部门确认或认可的其他标准".
const BASIS = /计划标准|行业标准|历史标准|其他标准|(财政|预算)部门.{0,12}(确认|认可).{0,4}标准/;
// Nothing written: blanks, dashes and placeholders (the placeholder rule deals with those).
const NOTHING = /^[\s\-—–―/／…\.。·、无]*$/;
// A scoring rule (评/扣分标准 columns) is not a basis: 完成得满分，每低1%扣0.5分.
const SCORING = /[扣得]\s*[\d.]*\s*分|满分|不得分|分值|按比例/;

// What the written basis most likely is, so the message can say what to write instead.
const SUGGESTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/历史|上年|去年|往年|以前年度|近[一二三四五两\d]+年|同期/, '历史标准'],
  [/行业|国家标准|国标|技术规范|行标/, '行业标准'],
  [/计划|预算|定额|目标|任务|方案/, '计划标准'],
  [/文件|规定|要求|政策|上级|办法|通知/, '其他标准'],
];

export const rule: RuleModule = {
  meta: {
    id: 'standard-basis',
    category: 'consistency',
    defaultSeverity: 'info',
    description: {
      'zh-CN': '绩效标准（取值依据）应为计划标准、行业标准、历史标准或其他标准',
      'en-US':
        'A performance standard (basis of the value) should be a plan, industry, historical or other recognised standard',
    },
    messages: {
      notBasisSuggest: {
        'zh-CN':
          '绩效标准“{standard}”不是规定的取值依据；应填写计划标准、行业标准、历史标准或其他标准之一，此处宜写“{suggested}”',
        'en-US':
          'Standard "{standard}" is not one of the recognised bases (计划标准, 行业标准, 历史标准, 其他标准); here write "{suggested}"',
      },
      notBasis: {
        'zh-CN': '绩效标准“{standard}”不是规定的取值依据；应填写计划标准、行业标准、历史标准或其他标准之一',
        'en-US':
          'Standard "{standard}" is not one of the recognised bases: write 计划标准, 行业标准, 历史标准 or 其他标准',
      },
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      // Most forms have no 绩效标准 column at all.
      if (!ind.standard) continue;
      const standard = ind.standard.trim();
      if (NOTHING.test(standard) || BASIS.test(standard) || SCORING.test(standard)) continue;
      const suggested = SUGGESTIONS.find(([re]) => re.test(standard))?.[1];
      ctx.report({
        messageId: suggested ? 'notBasisSuggest' : 'notBasis',
        data: suggested ? { standard, suggested } : { standard },
        at: { indicator: ind, part: 'standard' },
      });
    }
  },
};
