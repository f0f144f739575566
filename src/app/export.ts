// Report exports of the pane: findings as CSV (formula-looking text neutralised) and the CLI-shaped JSON report, as a
// download or, where the web view cannot save one, as text to paste.

import { formatMessage, type Catalog } from '../core/messages';
import type { CheckResult } from '../core/check';
import type { Finding, IndicatorTable, Lang, Report, Summary } from '../core/model';
import { TOOL_NAME, TOOL_VERSION } from '../core/version';
import { t } from './i18n';

/**
 * Text a spreadsheet would run as a formula (= + - @, and tab / carriage return, which some programs strip before
 * looking) gets a leading apostrophe, so opening the CSV shows the text instead of evaluating it (CSV injection).
 */
export function neutraliseCsvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseCsvText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report's column headers (core/messages.ts catalog shape), in column order. */
export const CSV_HEADERS = {
  severity: { 'zh-CN': '严重程度', 'en-US': 'Severity' },
  rule: { 'zh-CN': '规则', 'en-US': 'Rule' },
  sheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  cell: { 'zh-CN': '单元格', 'en-US': 'Cell' },
  project: { 'zh-CN': '项目', 'en-US': 'Project' },
  message: { 'zh-CN': '说明', 'en-US': 'Message' },
} as const satisfies Catalog;

function headers(lang: Lang): string[] {
  return (Object.keys(CSV_HEADERS) as Array<keyof typeof CSV_HEADERS>).map((id) =>
    formatMessage(CSV_HEADERS, lang, id),
  );
}

/** Findings as CSV, one row a finding, with a UTF-8 byte order mark so Excel reads the Chinese text correctly. */
export function findingsCsv(findings: readonly Finding[], tables: readonly IndicatorTable[], lang: Lang): string {
  const rows: string[] = [headers(lang).map(csvField).join(',')];
  for (const f of findings) {
    const project = f.table !== undefined ? (tables[f.table]?.project.name ?? '') : '';
    const severity = t(lang, `severity_${f.severity}`);
    rows.push([severity, f.ruleId, f.sheet, f.cell, project, f.message].map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * Findings as tab-separated text for the clipboard (where downloads are not possible): pasted into a workbook, each
 * field lands in its own column. No byte order mark; tabs and line breaks inside a field become spaces.
 */
export function findingsTsv(findings: readonly Finding[], tables: readonly IndicatorTable[], lang: Lang): string {
  const field = (value: string) => neutraliseCsvText(value.replace(/[\t\r\n]+/g, ' '));
  const rows: string[] = [headers(lang).join('\t')];
  for (const f of findings) {
    const project = f.table !== undefined ? (tables[f.table]?.project.name ?? '') : '';
    const severity = t(lang, `severity_${f.severity}`);
    rows.push([severity, f.ruleId, f.sheet, f.cell, project, f.message].map(field).join('\t'));
  }
  return `${rows.join('\n')}\n`;
}

function summarize(tables: readonly IndicatorTable[], findings: readonly Finding[]): Summary {
  const s: Summary = { files: 1, tables: tables.length, indicators: 0, errors: 0, warnings: 0, infos: 0 };
  for (const table of tables) s.indicators += table.indicators.length;
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** The same JSON document the CLI prints with --json, for the one workbook the pane checked. */
export function reportJson(file: string, tables: readonly IndicatorTable[], findings: readonly Finding[]): string {
  const report: Report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    files: [{ file, error: null, tables: [...tables], findings: [...findings] }],
    summary: summarize(tables, findings),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Counts of findings by severity (also used for a table's counts). */
export function severityCounts(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const s = summarize([], findings);
  return { errors: s.errors, warnings: s.warnings, infos: s.infos };
}

/** A file name without characters that Windows, macOS or a browser refuse in a download name. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return cleaned === '' ? 'workbook' : cleaned;
}

/**
 * Saves bytes or text as a download: a Blob behind an object URL and a temporary link. Nothing leaves the machine;
 * the browser writes the file where the user keeps downloads.
 */
export function downloadBlob(name: string, content: string | Uint8Array, type: string, doc: Document = document): void {
  // A copy of the bytes: a Blob needs an ArrayBuffer-backed view, and later writes must not change the download.
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = safeFileName(name);
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; a moment later is safe.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Exported files are named after the workbook (without its extension), or after the product when it has no name. */
function baseName(name: string | undefined): string {
  if (!name) return 'indicator-checker';
  return name.replace(/\.(xlsx|xlsm|xls)$/i, '');
}

/** One report export: the file to download, and the text to paste where a download is impossible. */
export interface ReportExport {
  name: string;
  type: string;
  /** The file's content, made only when it is downloaded. */
  file: () => string;
  /** The text to paste instead, and where it goes: a workbook (tab-separated findings) or a text file. */
  pasted: () => { text: string; into: 'workbook' | 'text-file' };
}

/** The findings as CSV (or tab-separated text to paste) or the report as JSON, named after `sourceName`. */
export function reportExport(kind: 'csv' | 'json', result: CheckResult, lang: Lang, sourceName?: string): ReportExport {
  if (kind === 'csv') {
    return {
      name: `${baseName(sourceName)}-findings.csv`,
      type: 'text/csv;charset=utf-8',
      file: () => findingsCsv(result.findings, result.tables, lang),
      pasted: () => ({ text: findingsTsv(result.findings, result.tables, lang), into: 'workbook' }),
    };
  }
  const name = `${baseName(sourceName)}-report.json`;
  const json = reportJson(sourceName ?? name, result.tables, result.findings);
  return { name, type: 'application/json', file: () => json, pasted: () => ({ text: json, into: 'text-file' }) };
}
