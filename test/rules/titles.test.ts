// Every rule has a short title in both languages (the pane's and the CLI summary's group headings), and no title
// names a rule that does not exist.

import { ruleIds } from '../../src/core/rules/index';
import { RULE_TITLES, ruleTitle } from '../../src/core/rules/titles';

test('every rule has a Chinese and an English title, short and distinct; no title for an unknown rule', () => {
  const ids = ruleIds();
  expect(Object.keys(RULE_TITLES).sort()).toEqual([...ids].sort());
  for (const id of ids) {
    const t = RULE_TITLES[id];
    expect([
      id,
      t?.['zh-CN'].length && t['zh-CN'].length <= 20,
      t?.['en-US'].length && t['en-US'].length <= 50,
    ]).toEqual([id, true, true]);
    expect(/[\u4e00-\u9fff]/.test(t?.['zh-CN'] ?? '')).toBe(true);
  }
  expect(new Set(ids.map((id) => ruleTitle(id, 'zh-CN'))).size).toBe(ids.length);
  expect(ruleTitle('no-such-rule', 'zh-CN')).toBe('no-such-rule');
});
