// The CLI's report: totals over the files, exit status, and the readable summary printed without --json.

import type { FileReport, Lang, Report, Severity, Summary } from '../core/model';
import { reviewGroups, splitGroup } from '../core/order';
import { ruleTitle } from '../core/rules/titles';
import { cliText } from './messages';

/**
 * What the totals need of one file's report: its status and error, and how many tables, indicators and findings of
 * each severity it has. A worker thread sends this with the file's rendered output instead of the whole report.
 */
export interface FileTally {
  status: FileReport['status'];
  error: FileReport['error'];
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function tally(f: FileReport): FileTally {
  const t: FileTally = {
    status: f.status,
    error: f.error,
    tables: f.tables.length,
    indicators: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const table of f.tables) t.indicators += table.indicators.length;
  for (const x of f.findings) {
    if (x.severity === 'error') t.errors++;
    else if (x.severity === 'warning') t.warnings++;
    else t.infos++;
  }
  return t;
}

export function summarize(files: readonly FileReport[]): Summary {
  return summarizeTallies(files.map(tally));
}

export function summarizeTallies(files: readonly FileTally[]): Summary {
  const s: Summary = { files: files.length, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 };
  let unchecked = 0;
  let unreadable = 0;
  for (const f of files) {
    if (f.status === 'no-table') unchecked++;
    else if (f.error !== null && f.error.code !== 'write-failed') unreadable++;
    s.tables += f.tables;
    s.indicators += f.indicators;
    s.errors += f.errors;
    s.warnings += f.warnings;
    s.infos += f.infos;
  }
  if (unchecked > 0) s.unchecked = unchecked;
  if (unreadable > 0) s.unreadable = unreadable;
  return s;
}

export function buildReport(version: string, files: FileReport[]): Report {
  return { tool: { name: 'indicator-checker', version }, files, summary: summarize(files) };
}

/**
 * 2 when nothing could be read or checked (or a requested copy could not be written); else 1 when any error-severity
 * finding, any workbook where no indicator table was read (not checked is never "clean"), or any file of the batch
 * that could not be read or was refused (a batch never hides a failure); else 0.
 */
export function exitStatus(
  report: Pick<Report, 'summary'> & { files: ReadonlyArray<Pick<FileReport, 'error'>> },
): 0 | 1 | 2 {
  const checked = report.files.filter((f) => f.error === null || f.error.code === 'write-failed');
  if (checked.length === 0) return 2;
  if (report.files.some((f) => f.error?.code === 'write-failed')) return 2;
  if (report.files.some((f) => f.error !== null)) return 1;
  return report.summary.errors > 0 ? 1 : 0;
}

/** One file's part of the readable summary. */
export function formatFile(file: FileReport, lang: Lang): string {
  const t = cliText(lang);
  const lines: string[] = [`== ${file.file}`];
  if (file.error && file.error.code === 'no-table') {
    lines.push(`  ${file.error.message}`);
    return lines.join('\n');
  }
  if (file.error && file.error.code !== 'write-failed') {
    lines.push(`  ${t.cannotRead(file.error.message)}`);
    return lines.join('\n');
  }
  if (file.tables.length === 0) {
    lines.push(`  ${t.noTables}`);
  } else {
    lines.push(`  ${t.tablesFound(file.tables.length)}`);
    for (const table of file.tables) {
      const kind = table.kind === 'department' ? t.departmentKind : t.projectKind;
      const name = table.project.name ?? table.title ?? t.unnamed;
      lines.push(`    ${t.tableLine(`${table.sheet}!${table.range}`, `${kind}「${name}」`, table.indicators.length)}`);
    }
  }
  const count = (s: Severity) => file.findings.filter((f) => f.severity === s).length;
  if (file.findings.length === 0) {
    lines.push(`  ${t.noFindings}`);
  } else {
    lines.push(`  ${t.counts(count('error'), count('warning'), count('info'))}`);
    let severity: Severity | null = null;
    for (const group of reviewGroups(file.findings)) {
      if (group.severity !== severity) {
        severity = group.severity;
        lines.push(`  ${t.severity[severity]}`);
      }
      lines.push(`    ${t.ruleGroup(ruleTitle(group.ruleId, lang), group.ruleId, group.findings.length)}`);
      const { first, restCells } = splitGroup(group);
      for (const f of first) lines.push(`      ${f.sheet}!${f.cell}  ${f.message}`);
      if (restCells.length > 0) lines.push(`      ${t.moreCells(restCells.length, restCells)}`);
    }
  }
  if (file.error) lines.push(`  ${file.error.message}`);
  else if (file.output) lines.push(`  ${t.wrote(file.output)}`);
  for (const w of file.warnings ?? []) lines.push(`  ${w.message}`);
  return lines.join('\n');
}

export function formatTotal(summary: Summary, lang: Lang): string {
  const s = summary;
  const t = cliText(lang);
  return (
    t.total(s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos) +
    (s.unchecked ? t.unchecked(s.unchecked) : '') +
    (s.unreadable ? t.unreadable(s.unreadable) : '')
  );
}
