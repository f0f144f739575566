// Checks one workbook for the CLI (read, detect, rules, optional annotated copy): the unit of work a worker runs.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkGrids } from '../core/check';
import type { FileError, FileReport, Lang } from '../core/model';
import { annotateLoaded, annotateWorkbook, loadForAnnotation, type LoadedWorkbook } from '../hosts/file/annotate';
import { writeFileAtomic } from '../hosts/file/atomic';
import { fileError } from '../hosts/file/errors';
import { readWorkbookFile, type InputFile } from '../hosts/file/node';
import { droppedFeatures, droppedWarning } from '../hosts/file/preserve';
import { writeWorkbook } from '../hosts/file/xlsx-writer';

export interface CheckSettings {
  lang: Lang;
  /** A configuration parseConfig accepted (plain data, so it crosses to a worker thread as is). */
  config: unknown;
  summarySheet: boolean;
  /** Print stack traces of internal errors (the DEBUG environment variable). */
  debug: boolean;
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
  const failed = (error: FileError): CheckOutcome => ({ report: { file: input.path, error, tables: [], findings: [] }, warnings });
  if (input.error) return failed(input.error);

  // With --out the workbook is parsed once, by the annotation loader, and serves both reading and writing: exceljs's
  // parse is the largest cost of a big workbook. Without --out only the grids are kept, so exceljs's model can be
  // collected before the rules run.
  const kept: { loaded: LoadedWorkbook | null } = { loaded: null };
  const load = out
    ? async (bytes: Uint8Array) => {
        kept.loaded = await loadForAnnotation(bytes);
        return kept.loaded.workbook;
      }
    : undefined;
  const read = await readWorkbookFile(input.path, { load });
  if (!read.ok) return failed(read.error);
  const { grids, bytes } = read;

  let report: FileReport;
  try {
    const result = checkGrids(grids, { lang: settings.lang, config: settings.config });
    report = { file: input.path, error: null, tables: result.tables, findings: result.findings };
    // A rule that failed on a table is a bug; its findings are missing, so say so rather than look clean.
    for (const p of result.problems) warnings.push(`indicator-checker: ${input.path}: ${p.sheet}: rule ${p.ruleId}: ${p.message}`);
  } catch (e) {
    // A bug in detection or a rule must not stop the other files; the trace is for whoever reports it.
    if (settings.debug) warnings.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return failed(fileError('internal', reason(e)));
  }
  if (out) {
    try {
      const opts = { lang: settings.lang, summarySheet: settings.summarySheet, write: writeWorkbook };
      const annotated = kept.loaded
        ? await annotateLoaded(kept.loaded, report.findings, opts)
        : await annotateWorkbook(bytes, report.findings, opts);
      kept.loaded = null;
      await fs.mkdir(path.dirname(out), { recursive: true });
      await writeFileAtomic(out, annotated);
      report.output = out;
      const dropped = droppedWarning(droppedFeatures(bytes, annotated));
      if (dropped) report.warnings = [dropped];
    } catch (e) {
      report.error = fileError('write-failed', `${out}: ${reason(e)}`);
    }
  }
  return { report, warnings };
}

/** An error's first line, with its errno code when it has one. */
export function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const err = e as NodeJS.ErrnoException;
    return `${err.code}: ${err.message.split('\n')[0]}`;
  }
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}
