// The CLI's JSON report written piece by piece (src/cli/render.ts): byte for byte JSON.stringify(report, null, 2).

import type { FileReport, Report } from '../../src/core/model';
import { jsonChunks, jsonReport } from '../../src/cli/render';
import { summarize } from '../../src/cli/report';

function pieced(report: Report, pretty = true): string {
  const decoder = new TextDecoder();
  let out = jsonReport.head(report.tool, pretty);
  report.files.forEach((f, i) => {
    out += jsonReport.before(i, pretty);
    for (const piece of jsonChunks(f, '    ', 2, pretty)) out += decoder.decode(piece);
  });
  return out + jsonReport.tail(report.files.length, report.summary, pretty);
}

const tool = { name: 'indicator-checker' as const, version: '9.9.9' };

function file(name: string, extra: Record<string, unknown> = {}): FileReport {
  return {
    file: name,
    status: 'checked',
    error: null,
    tables: [
      {
        sheet: '表 "1"\n',
        range: 'A1:B2',
        indicators: [{ row: 1, name: '指标' }],
        nested: { empty: {}, list: [], deep: [[1, [2, {}]], { a: undefined, b: null }] },
        when: new Date(Date.UTC(2024, 11, 31)),
        skippedFn: () => 1,
        arr: [undefined, () => 1, 'x', -0, 1e21, 0.1],
      } as unknown as FileReport['tables'][number],
    ],
    findings: [],
    output: undefined,
    ...extra,
  } as FileReport;
}

describe('JSON report in pieces', () => {
  it.each([
    ['no file', []],
    ['one file', [file('a.xlsx')]],
    [
      'several files, errors and warnings',
      [
        file('中文/预算.xlsx', { warnings: [{ code: 'output-renamed', message: '改名 / renamed' }] }),
        { file: 'b.xls', error: { code: 'not-a-workbook', message: 'x / y' }, tables: [], findings: [] } as FileReport,
        file('c.xlsx', {
          findings: [{ ruleId: 'r', severity: 'error', sheet: 'S', cell: 'A1', related: [], message: '\u2028"' }],
        }),
      ],
    ],
  ])('%s', (_what, files) => {
    const report = { tool, files: files as FileReport[], summary: summarize(files as FileReport[]) } as Report;
    expect(pieced(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // Compact (stdout not a terminal): JSON.stringify without indentation, the same document.
    const compact = pieced(report, false);
    expect(compact).toBe(`${JSON.stringify(report)}\n`);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pieced(report)));
  });

  it('cuts a big report into pieces', () => {
    const big = file('big.xlsx', {
      findings: Array.from({ length: 12000 }, (_, i) => ({
        ruleId: 'r',
        severity: 'info',
        cell: `A${i}`,
        message: `${'很长的消息'.repeat(40)}😀`,
      })),
    });
    const pieces = jsonChunks(big, '    ', 2);
    expect(pieces.length).toBeGreaterThan(1);
    const text = pieces.map((p) => new TextDecoder().decode(p)).join('');
    expect(text).toBe(JSON.stringify(big, null, 2).replace(/\n/g, '\n    '));
    const compact = jsonChunks(big, '    ', 2, false);
    expect(compact.length).toBeGreaterThan(1);
    expect(compact.map((p) => new TextDecoder().decode(p)).join('')).toBe(JSON.stringify(big));
  });

  it('writes a file compactly down to any depth', () => {
    const f = file('deep.xlsx');
    for (const depth of [0, 1, 2, 3, 6]) {
      const text = jsonChunks(f, '', depth, false)
        .map((p) => new TextDecoder().decode(p))
        .join('');
      expect(text).toBe(JSON.stringify(f));
    }
  });
});
