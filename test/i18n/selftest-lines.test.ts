// The self-test's lines (label: value) are bilingual through catalogs, like the probes' titles: the sources write no
// line's words inline (only data: a product name, a requirement set, a unit), and the report renders the lines in
// the pane's language while its headings stay in both.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { errorDetail, lineText, reportText, type SelfTestReport } from '../../src/app/selftest';
import { roundTrip, textKept, yesNo } from '../../src/hosts/selftest-common';

const FILES = ['app/selftest.ts', 'hosts/excel/selftest.ts', 'hosts/wps/selftest.ts', 'hosts/selftest-common.ts'];

/** The literal labels and values the sources may write: data that reads the same in both languages. */
const DATA_LITERALS = [
  'value: `${TOOL_NAME} ${TOOL_VERSION}`',
  "label: 'Office.js'",
  'label: `ExcelApi ${v}`',
  // The capability's name, as the other capabilities' lines (label: key).
  "label: 'settings'",
  'value: `${kilobytes(PAYLOAD_CAP)} KB`',
  'value: `${kilobytes(env.budget)} KB`',
];

it('no self-test source writes a line’s words inline', () => {
  const found: string[] = [];
  for (const file of FILES) {
    const text = readFileSync(path.join(__dirname, '../../src', file), 'utf8');
    for (const m of text.matchAll(/\b(?:label|value):\s*(['`])[^'`]*\1/g)) found.push(m[0]);
  }
  expect(found.sort()).toEqual([...DATA_LITERALS].sort());
});

it('shared values come in both languages, data filled in', () => {
  expect(yesNo(true)).toEqual({ 'zh-CN': '是', 'en-US': 'yes' });
  expect(textKept('abcdef', 'abc')).toEqual({
    'zh-CN': '被截断为 3 个字符（共 6 个）',
    'en-US': 'cut to 3 of 6 characters',
  });
  expect(roundTrip(false, undefined)).toEqual({ 'zh-CN': '不一致：（无）', 'en-US': 'different: nothing' });
  expect(roundTrip(false, { a: 1 })['en-US']).toBe('different: {"a":1}');
  expect(lineText('16.0.1', 'zh-CN')).toBe('16.0.1');
});

it('errorDetail: where Office says where it failed, in both languages; otherwise the text as it is', () => {
  const e = Object.assign(new Error('nope'), { code: 'NotImplemented', debugInfo: { errorLocation: 'Range.format' } });
  expect(errorDetail(e)).toEqual({
    'zh-CN': 'NotImplemented: nope（位置：Range.format）',
    'en-US': 'NotImplemented: nope (at Range.format)',
  });
  expect(errorDetail(new Error('plain'))).toBe('plain');
});

describe('report text', () => {
  const report: SelfTestReport = {
    tool: 'indicator-checker',
    version: '0.1.0',
    at: '2026-12-07T08:00:00.000Z',
    host: 'excel',
    probes: [
      {
        id: 'excel.annotate',
        title: { 'zh-CN': '标注与清除（临时工作表）', 'en-US': 'Annotate and clear (scratch sheet)' },
        status: 'failed',
        lines: [
          { label: 'ExcelApi 1.9', value: yesNo(false), flag: 'warn' },
          { label: { 'zh-CN': '批注文字', 'en-US': 'comment text' }, value: textKept('abcdef', 'abc'), flag: 'fail' },
        ],
        error: errorDetail(
          Object.assign(new Error('nope'), { code: 'NotImplemented', debugInfo: { errorLocation: 'Range.format' } }),
        ),
        ms: 40,
      },
    ],
  };

  it.each([
    [
      'zh-CN',
      [
        '! ExcelApi 1.9: 否',
        'X 批注文字: 被截断为 3 个字符（共 6 个）',
        'X 错误 / Error: NotImplemented: nope（位置：Range.format）',
      ],
    ],
    [
      'en-US',
      [
        '! ExcelApi 1.9: no',
        'X comment text: cut to 3 of 6 characters',
        'X 错误 / Error: NotImplemented: nope (at Range.format)',
      ],
    ],
  ] as const)('%s: lines and errors in that language, headings in both', (lang, lines) => {
    const text = reportText(report, lang).split('\n');
    expect(text[0]).toBe('指标审核自检报告 / Indicator Checker self-test report');
    expect(text.slice(-4, -1)).toEqual(lines);
  });
});
