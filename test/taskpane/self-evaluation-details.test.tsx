/** @jest-environment jsdom */
// The per-indicator view of a self-evaluation table (绩效自评表) in the 指标表 tab: closed at first; opened, the money
// block on one line and each indicator's target, actual, weight, score and deviation reason, a dash where nothing was
// written, the whole reason in the tooltip; a row selects its cell. Chinese and English.

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Indicator, IndicatorTable, Lang, Target } from '../../src/core/model';
import { SelfEvaluationDetails } from '../../src/taskpane/components/SelfEvaluationDetails';
import { TablesList } from '../../src/taskpane/components/TablesList';
import './render';

function target(raw: string): Target {
  return { raw, operator: null, value: null, unit: null, kind: raw === '' ? 'empty' : 'text' };
}

const REASON = '受疫情影响，部分宣传活动延期至次年举办，已调整工作计划并在下一年度补足印发数量。';

function indicator(row: number, name: string, extra: Partial<Indicator>): Indicator {
  return {
    row,
    set: 'annual',
    level1: '产出指标',
    level1Raw: '产出指标',
    level2: '数量指标',
    level2Raw: '数量指标',
    name,
    target: target('≥5000'),
    unit: '份',
    cells: { name: `C${row}`, target: `D${row}`, weight: `F${row}`, score: `G${row}` },
    ...extra,
  };
}

/** A hand-built table: one shortfall with its reason, one row whose actual column is missing, one blank row. */
const TABLE: IndicatorTable = {
  sheet: '自评表',
  range: 'A1:H12',
  headerRow: 8,
  kind: 'project',
  form: 'self-evaluation',
  profile: 'self-evaluation',
  project: {
    name: '宣传册印制项目',
    period: null,
    budget: 50,
    budgetUnit: '万元',
    executed: 43.1,
    executionRate: 86.2,
    executionWeight: 10,
    executionScore: 8.62,
    cells: { budget: 'C4', executed: 'D4', executionRate: 'F4', executionWeight: 'E4', executionScore: 'G4' },
  },
  columns: {},
  indicators: [
    indicator(9, '宣传册印发数量', {
      actual: target('3000'),
      weight: 10,
      score: 6,
      deviation: REASON,
      cells: { name: 'C9', target: 'D9', actual: 'E9', weight: 'F9', score: 'G9', deviation: 'H9' },
    }),
    indicator(10, '群众知晓率', { target: target('≥90%'), unit: null, weight: 20, score: 20 }),
    indicator(11, '', {
      target: target(''),
      unit: null,
      actual: target(''),
      weight: null,
      score: null,
      deviation: null,
    }),
  ],
};

function show(lang: Lang, onSelect: (sheet: string, cell: string) => void = () => undefined): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <SelfEvaluationDetails lang={lang} table={TABLE} onSelect={onSelect} />
    </FluentProvider>,
  );
}

/** The text of each field of the row read from `row`. */
function fields(row: number): Record<string, string> {
  const button = document.querySelector(`button[data-indicator-row="${row}"]`) as HTMLElement;
  const out: Record<string, string> = {};
  button.querySelectorAll('[data-field]').forEach((el) => {
    out[el.getAttribute('data-field') as string] = el.textContent ?? '';
  });
  return out;
}

async function open(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

test('closed at first; opened in English, the money line and each indicator as read, a dash where nothing is', async () => {
  show('en-US');
  expect(screen.queryByTestId('self-eval-details')).toBeNull();
  await open('Indicator details (3)');
  expect(screen.getByTestId('self-eval-money').textContent).toBe(
    'FundsBudget 50, spent 43.1 (万元) · rate 86.2% · weight 10 · score 8.62',
  );
  const list = screen.getByRole('list', { name: 'Indicator details of 宣传册印制项目' });
  expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  // The unit column's text follows the target and the actual.
  expect(fields(9)).toEqual({
    name: '宣传册印发数量',
    target: '≥5000 份',
    actual: '3000 份',
    weight: '10',
    score: '6',
    deviation: REASON,
  });
  // No actual column on this row: a dash; no deviation column: no reason line at all.
  expect(fields(10)).toEqual({ name: '群众知晓率', target: '≥90%', actual: '—', weight: '20', score: '20' });
  expect(fields(11)).toEqual({
    name: '(no indicator name)',
    target: '—',
    actual: '—',
    weight: '—',
    score: '—',
    deviation: '—',
  });
  // The reason is cut to one line on screen; the whole text is the tooltip.
  const reason = document.querySelector('button[data-indicator-row="9"] [title]') as HTMLElement;
  expect(reason.getAttribute('title')).toBe(REASON);
  expect(screen.getByText('Actual', { selector: 'button[data-indicator-row="10"] span' })).toBeTruthy();
});

test('in Chinese, a row selects its actual cell (or its score without one) and is marked current; the money line its amount spent', async () => {
  const selected: string[] = [];
  show('zh-CN', (sheet, cell) => selected.push(`${sheet}!${cell}`));
  await open('指标明细（3）');
  expect(screen.getByTestId('self-eval-money').textContent).toBe(
    '资金预算 50 万元 · 执行 43.1 万元 · 执行率 86.2% · 分值 10 · 得分 8.62',
  );
  const row9 = document.querySelector('button[data-indicator-row="9"]') as HTMLElement;
  expect(row9.textContent).toBe(`宣传册印发数量目标≥5000 份·实际3000 份分值10·得分6偏差原因${REASON}`);
  expect(row9.getAttribute('title')).toBe('点击定位到 自评表!E9');
  await act(async () => {
    fireEvent.click(row9);
  });
  await act(async () => {
    fireEvent.click(document.querySelector('button[data-indicator-row="10"]') as HTMLElement);
  });
  await act(async () => {
    fireEvent.click(screen.getByTestId('self-eval-money'));
  });
  expect(selected).toEqual(['自评表!E9', '自评表!G10', '自评表!D4']);
  expect(row9.getAttribute('aria-current')).toBeNull();
  expect(document.querySelector('button[data-indicator-row="10"]')?.getAttribute('aria-current')).toBe('true');
});

test('the 指标表 tab has the view for a self-evaluation table only', () => {
  const targetForm: IndicatorTable = { ...TABLE, form: 'target', range: 'A20:H30' };
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesList lang="zh-CN" tables={[TABLE, targetForm]} findings={[]} onSelect={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getAllByRole('button', { name: '指标明细（3）' })).toHaveLength(1);
});
