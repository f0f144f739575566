// The readable summary groups a rule's findings: its Chinese title first (id beside it), errors before warnings, the
// rarest rule first, five findings listed and the rest as a list of cells — the JSON keeps one finding per cell.

import type { FileReport, Finding, Severity } from '../../src/core/model';
import { formatFile } from '../../src/cli/report';

function finding(ruleId: string, severity: Severity, row: number): Finding {
  return {
    ruleId,
    severity,
    sheet: 'Sheet1',
    cell: `E${row}`,
    related: [],
    message: `${ruleId} at row ${row}`,
    messageId: 'm',
    data: {},
  };
}

function file(findings: Finding[]): FileReport {
  return { file: 'a.xlsx', error: null, tables: [], findings, status: 'checked' } as unknown as FileReport;
}

describe('CLI summary: findings grouped per rule', () => {
  const findings = [
    ...Array.from({ length: 22 }, (_, i) => finding('vague-target', 'warning', 10 + i)),
    finding('cost-operator', 'warning', 40),
    finding('satisfaction-range', 'info', 41),
    finding('empty-target', 'error', 42),
  ];

  test('zh-CN: title（id）×n, errors first, the rarest warning before the common one, 5 listed + the other cells', () => {
    const lines = formatFile(file(findings), 'zh-CN').split('\n');
    const headings = lines.filter((l) => /^ {4}\S/.test(l)).map((l) => l.trim());
    expect(headings).toEqual([
      '缺少指标值（empty-target）×1',
      '成本指标方向错误（cost-operator）×1',
      '指标值笼统无法衡量（vague-target）×22',
      '满意度目标偏低或为 100%（satisfaction-range）×1',
    ]);
    const vague = lines.slice(lines.findIndex((l) => l.includes('vague-target）×22')) + 1);
    expect(vague.slice(0, 5).map((l) => l.trim().split(' ')[0])).toEqual([
      'Sheet1!E10',
      'Sheet1!E11',
      'Sheet1!E12',
      'Sheet1!E13',
      'Sheet1!E14',
    ]);
    expect(vague[5].trim()).toBe(`……另 17 处：${Array.from({ length: 17 }, (_, i) => `E${15 + i}`).join('、')}`);
    expect(lines.filter((l) => l.includes('vague-target at row'))).toHaveLength(5);
  });

  test('en-US and a long rest: at most 30 cells named, then an ellipsis', () => {
    const many = Array.from({ length: 50 }, (_, i) => finding('missing-unit', 'warning', 100 + i));
    const text = formatFile(file(many), 'en-US');
    expect(text).toContain('Unit missing (missing-unit) ×50');
    const rest = text.split('\n').find((l) => l.includes('45 more'));
    expect(rest?.trim()).toBe(`… 45 more: ${Array.from({ length: 30 }, (_, i) => `E${105 + i}`).join(', ')}, …`);
  });
});
