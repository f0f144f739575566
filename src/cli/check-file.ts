// Checks one workbook for the CLI (read, detect, rules, optional annotated copy): the unit of work a worker runs.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkGrids } from '../core/check';
import { noTableReason, type SheetEvidence } from '../core/detect/missing';
import type { FileError, FileReport, Lang, MappingOverride } from '../core/model';
import { mappingFromSettingsJson, mergeMappings } from '../hosts/stored-settings';
import { annotateWorkbook } from '../hosts/file/annotate';
import { writeFileAtomic } from '../hosts/file/atomic';
import { fileError } from '../hosts/file/errors';
import { nativeDeflate, readWorkbookFile, webExtensionMapping, type InputFile } from '../hosts/file/node';

export interface CheckSettings {
  lang: Lang;
  /** A configuration parseConfig accepted (plain data, so it crosses to a worker thread as is). */
  config: unknown;
  summarySheet: boolean;
  /** Print stack traces of internal errors (the DEBUG environment variable). */
  debug: boolean;
  /** Mapping overrides from --map: used on every workbook, over the mapping stored in the workbook itself. */
  map?: MappingOverride[];
}

export interface CheckTask {
  input: InputFile;
  /** Where the annotated copy goes, or null without --out. */
  out: string | null;
  settings: CheckSettings;
}

export interface CheckOutcome {
  report: FileReport;
  /** Lines for stderr (rule problems, traces), printed by the main thread in input order. */
  warnings: string[];
}

export async function checkFile(task: CheckTask): Promise<CheckOutcome> {
  const { input, out, settings } = task;
  const warnings: string[] = [];
  const failed = (error: FileError): CheckOutcome => ({
    report: { file: input.path, status: 'unreadable', error, tables: [], findings: [] },
    warnings,
  });
  if (input.error) return failed(input.error);

  const read = await readWorkbookFile(input.path);
  if (!read.ok) return failed(read.error);
  const { bytes } = read;
  // The mapping a user made in the pane (WPS's settings sheet or Excel's document settings), then --map over it.
  const stored = mergeMappings(mappingFromSettingsJson(read.settingsJson), webExtensionMapping(bytes));
  const overrides = mergeMappings(stored, settings.map ?? []);

  let report: FileReport;
  try {
    const result = checkGrids(read.grids, { lang: settings.lang, config: settings.config, overrides });
    // The grids are not needed any more (the copy is patched from the bytes): let them go before annotating.
    read.grids = [];
    report = { file: input.path, status: 'checked', error: null, tables: result.tables, findings: result.findings };
    // A rule that failed on a table is a bug; its findings are missing, so say so rather than look clean.
    for (const p of result.problems)
      warnings.push(`indicator-checker: ${input.path}: ${p.sheet}: rule ${p.ruleId}: ${p.message}`);
    if (result.tables.length === 0) {
      // Nothing was read, so nothing was checked: never "no problems", and no copy that looks reviewed.
      report.status = 'no-table';
      report.error = {
        code: 'no-table',
        message: notChecked(
          result.unread.map((u) => u.evidence),
          out !== null,
        ),
      };
      return { report, warnings };
    }
    // Other sheets that look like indicator tables but were not read: the file was checked only in part.
    if (result.unread.length > 0) {
      report.warnings = result.unread.map((u) => ({
        code: 'sheet-not-read',
        message: both((l) => `${NOT_CHECKED[l]}${noTableReason(u.evidence, l)}`),
      }));
    }
  } catch (e) {
    // A bug in detection or a rule must not stop the other files; the trace is for whoever reports it.
    if (settings.debug) warnings.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return failed(fileError('internal', reason(e)));
  }
  if (out) {
    try {
      // The copy is the original package patched: macros, charts, pivot tables and every other part are kept.
      const annotated = await annotateWorkbook(bytes, report.findings, {
        lang: settings.lang,
        summarySheet: settings.summarySheet,
        // Node's zlib for the changed parts (a patched 34 MB sheet: 0.1 s against fflate's 2 s).
        deflate: nativeDeflate,
      });
      await fs.mkdir(path.dirname(out), { recursive: true });
      await writeFileAtomic(out, annotated);
      report.output = out;
    } catch (e) {
      report.error = fileError('write-failed', `${out}: ${reason(e)}`);
    }
  }
  return { report, warnings };
}

const NOT_CHECKED: Record<Lang, string> = { 'zh-CN': '未审核：', 'en-US': 'not checked: ' };

/** A message in both languages, "中文 / English", as every file error has. */
function both(text: (lang: Lang) => string): string {
  return `${text('zh-CN')} / ${text('en-US')}`;
}

/** Why a readable workbook was not checked: the evidence seen on each sheet, or that there was none. */
function notChecked(evidence: readonly SheetEvidence[], withOut: boolean): string {
  return both((lang) => {
    const en = lang === 'en-US';
    const why = evidence.length
      ? evidence.map((e) => noTableReason(e, lang)).join(en ? '; ' : '；')
      : en
        ? 'no sheet holds an indicator table header (一级指标/三级指标/指标值…) or indicator category words (产出指标/效益指标/满意度指标…)'
        : '没有任何工作表含指标表的表头（一级指标/三级指标/指标值等）或指标类别词（产出指标/效益指标/满意度指标等）';
    return en
      ? `No indicator table found, NOT checked (this does not mean the workbook is clean): ${why}.${withOut ? ' No annotated copy was written.' : ''} Map the table's columns by hand in the task pane or the standalone page.`
      : `未找到指标表，未审核（不代表没有问题）：${why}。${withOut ? '未写出标注副本。' : ''}可在审核面板或独立版中手动指定表格的列。`;
  });
}

/** An error's first line, with its errno code when it has one. */
export function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const err = e as NodeJS.ErrnoException;
    const line = err.message.split('\n')[0] ?? '';
    // Node's own messages already start with the code (ENOENT: no such file or directory, open 'x').
    return line.startsWith(`${err.code}:`) ? line : `${err.code}: ${line}`;
  }
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}
