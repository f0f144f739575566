// The pane's reducer: messages get ids in order, a check resets the selection and shows the findings, saved settings
// restart the settings form, and a save before the session started changes nothing.

import type { CheckResult } from '../../src/core/check';
import type { Finding } from '../../src/core/model';
import { DEFAULT_SETTINGS, type PaneMessage } from '../../src/app/session';
import {
  checkFacts,
  initialPaneState,
  paneReducer,
  type PaneAction,
  type PaneState,
} from '../../src/taskpane/pane-state';

const message = (code: string): PaneMessage => ({ code, intent: 'info', 'zh-CN': code, 'en-US': code });
const result: CheckResult = { tables: [], findings: [], problems: [], unread: [] };
const finding = { ruleId: 'r', severity: 'warning', sheet: 'S', cell: 'A1' } as Finding;

function reduce(state: PaneState, ...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, state);
}

test('messages get increasing ids; dismissing one leaves the others; an empty list changes nothing', () => {
  const start = initialPaneState('active');
  const state = reduce(
    start,
    { type: 'show', messages: [message('a'), message('b')] },
    { type: 'show', messages: [message('c')] },
  );
  expect(state.messages.map((m) => [m.id, m.code])).toEqual([
    [1, 'a'],
    [2, 'b'],
    [3, 'c'],
  ]);
  expect(reduce(state, { type: 'dismiss', id: 2 }).messages.map((m) => m.code)).toEqual(['a', 'c']);
  expect(paneReducer(state, { type: 'show', messages: [] })).toBe(state);
});

test('a check shows the findings tab and forgets the selected finding', () => {
  const state = reduce(
    initialPaneState('all'),
    { type: 'tab', tab: 'mapping' },
    { type: 'select-finding', finding },
    { type: 'checked', result, sheets: ['S'] },
  );
  expect(state).toMatchObject({ tab: 'findings', current: null, result, sheets: ['S'], scope: 'all' });
});

test('started and saved settings restart the settings form; saving before the start changes nothing', () => {
  const before = initialPaneState('active');
  expect(paneReducer(before, { type: 'settings-saved', config: { lang: 'en-US' }, prefs: { preferNotes: true } })).toBe(
    before,
  );
  expect(paneReducer(before, { type: 'mapping-saved', overrides: [] })).toBe(before);
  const capabilities = { comments: true, notes: false, merges: true, settings: true };
  const started = reduce(before, { type: 'started', settings: DEFAULT_SETTINGS, capabilities });
  expect(started.settingsVersion).toBe(1);
  const saved = reduce(started, { type: 'settings-saved', config: { lang: 'en-US' }, prefs: { preferNotes: true } });
  expect(saved.settings).toEqual({ config: { lang: 'en-US' }, overrides: [], prefs: { preferNotes: true } });
  expect(saved.settingsVersion).toBe(2);
  const mapped = reduce(saved, { type: 'mapping-saved', overrides: [{ sheet: 'S', headerRow: 2 }] });
  expect(mapped.settings?.overrides).toEqual([{ sheet: 'S', headerRow: 2 }]);
  expect(mapped.settingsVersion).toBe(2);
  expect(reduce(before, { type: 'start-failed' }).settings).toEqual(DEFAULT_SETTINGS);
});

test('checkFacts: no check, a check that read no table, a header seen on a sheet it could not read', () => {
  expect(checkFacts(null)).toEqual({ noTable: false, unread: [], suggestedHeader: undefined, indicators: 0 });
  expect(checkFacts(result).noTable).toBe(true);
  const evidence = { sheet: 'S', headerRow: 4 } as CheckResult['unread'][number]['evidence'];
  expect(checkFacts({ ...result, unread: [{ evidence, reason: 'why' }] }).suggestedHeader).toEqual({
    sheet: 'S',
    row: 4,
  });
});
