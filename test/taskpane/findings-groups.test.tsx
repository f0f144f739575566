/** @jest-environment jsdom */
// The findings list groups a rule's findings: the Chinese title first with the id beside it, the rarest rule first,
// five rows shown and the other cells named; "show more" adds the rest, a selected row still selects its cell.

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Finding, Severity } from '../../src/core/model';
import { checkGrids } from '../../src/core/check';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { TablesList } from '../../src/taskpane/components/TablesList';
import { selfEvaluation, toGrid } from '../fixtures/layouts';
import './render';

function finding(ruleId: string, severity: Severity, row: number): Finding {
  return {
    ruleId,
    severity,
    sheet: '表1',
    cell: `E${row}`,
    related: [],
    message: `${ruleId} 第${row}行`,
    messageId: 'm',
    data: {},
  };
}

const findings = [
  ...Array.from({ length: 22 }, (_, i) => finding('vague-target', 'warning', 10 + i)),
  finding('cost-operator', 'warning', 40),
];

test('22 × vague-target: 5 rows and the other 17 cells named; the single cost-operator finding comes first', async () => {
  const selected: Finding[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList lang="zh-CN" findings={findings} onSelect={(f) => selected.push(f)} />
    </FluentProvider>,
  );
  const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
  expect(headings[0]).toMatch(/^成本指标方向错误（1）cost-operator · /);
  expect(headings[1]).toMatch(/^指标值笼统无法衡量（22）vague-target · /);
  const list = screen.getByRole('list', { name: '警告：指标值笼统无法衡量' });
  expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  expect(screen.getByTestId('more-cells').textContent).toBe(
    `另 17 处：${Array.from({ length: 17 }, (_, i) => `E${15 + i}`).join('、')}`,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '再显示 17 条' }));
  });
  expect(within(list).getAllByRole('listitem')).toHaveLength(22);
  expect(screen.queryByTestId('more-cells')).toBeNull();
  await act(async () => {
    fireEvent.click(within(list).getAllByRole('button')[21] as HTMLElement);
  });
  expect(selected.map((f) => f.cell)).toEqual(['E31']);
});

test('the 指标表 tab shows a self-evaluation table’s 总分 and weights as stated beside the sums recomputed from its rows', async () => {
  const { tables, findings: found } = checkGrids(selfEvaluation.sheets.map(toGrid), { lang: 'zh-CN' });
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesList lang="zh-CN" tables={tables} findings={found} onSelect={() => undefined} />
    </FluentProvider>,
  );
  // 中江: 总分 says 100 for weights and scores; the rows add up to 110 (100 + the execution rate's 10).
  expect(screen.getByTestId('total-score').textContent).toBe('表中 100，复算 110');
  expect(screen.getByTestId('total-weight').textContent).toBe('表中 100，复算 110');
});
