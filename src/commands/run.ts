// The ribbon commands' work over any Host: 审核本表 (check the active sheet and annotate) and 清除标注 (clear).
//
// They run the task pane's own pipeline (src/app/session.ts: the same settings, mapping, check and plan), so a
// button and the pane's 审核 + 写入标注 give the same result. Every outcome, failure included, ends in a stored
// summary (see src/app/summary.ts) and the Office event is always completed.

import { noTableReason } from '../core/detect/missing';
import type { Finding } from '../core/model';
import { compareCells, compareSeverity, compareText } from '../core/order';
import type { Host } from '../hosts/host';
import { langFromDisplayLanguage } from '../app/i18n';
import { errorToMessage, loadPaneSettings, runCheck, writeAnnotations, type PaneMessage } from '../app/session';
import { LAST_COMMAND_KEY, type CommandSummary } from '../app/summary';

export interface CommandEnv {
  createHost: () => Host;
  /** Office.context.displayLanguage; the stored configuration's language wins when set. */
  displayLanguage: () => string | undefined;
  now?: () => Date;
  /** Where a failure that cannot reach the user is reported (the function file has no UI): console.error. */
  report?: (message: string, error?: unknown) => void;
}

/** The Office event a function command receives; only completed() matters here. */
export interface CommandEvent {
  completed: () => void;
}

function compareFindings(a: Finding, b: Finding): number {
  return compareSeverity(a, b) || compareText(a.sheet, b.sheet) || compareCells(a.cell, b.cell);
}

/** The finding to show first: the worst severity, then the first in reading order (sheet, row, column). */
export function firstFinding(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) if (best === null || compareFindings(f, best) < 0) best = f;
  return best;
}

function emptySummary(command: CommandSummary['command'], at: Date): CommandSummary {
  return {
    version: 1,
    command,
    at: at.toISOString(),
    ok: true,
    sheets: [],
    tables: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    cells: 0,
    selected: null,
    messages: [],
  };
}

function toMessage(m: PaneMessage): CommandSummary['messages'][number] {
  return { code: m.code, intent: m.intent, 'zh-CN': m['zh-CN'], 'en-US': m['en-US'] };
}

/** Stores the summary; a failure to store is reported, never thrown, so the command still completes. */
async function keep(host: Host | null, summary: CommandSummary, env: CommandEnv): Promise<void> {
  const report = env.report ?? ((m: string, e?: unknown) => (e === undefined ? console.error(m) : console.error(m, e)));
  if (!summary.ok) report(`[indicator-checker] ${summary.command} failed: ${summary.messages[0]?.['en-US'] ?? ''}`);
  if (!host) return;
  try {
    await host.saveSetting(LAST_COMMAND_KEY, summary);
  } catch (e) {
    report('[indicator-checker] could not store the command summary', e);
  }
}

/** 审核本表: reads the active sheet, checks it with the workbook's settings, annotates, selects the worst finding. */
export async function checkActiveSheet(env: CommandEnv): Promise<CommandSummary> {
  const summary = emptySummary('check', (env.now ?? (() => new Date()))());
  let host: Host | null = null;
  try {
    host = env.createHost();
    const { settings, messages: settingMessages } = await loadPaneSettings(host);
    summary.messages.push(...settingMessages.map(toMessage));
    const lang = settings.config.lang ?? langFromDisplayLanguage(env.displayLanguage());
    const { result, sheets, messages } = await runCheck(host, 'active', settings, lang);
    summary.messages.push(...messages.map(toMessage));
    summary.sheets = sheets;
    summary.tables = result.tables.length;
    for (const f of result.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
    if (result.tables.length === 0) {
      // Nothing was read, so nothing was checked: the sheet's earlier marks stay (removing them would make it look
      // clean), and the reason goes with the summary.
      for (const u of result.unread) {
        summary.messages.push({
          code: 'sheet-not-read',
          intent: 'warning',
          'zh-CN': noTableReason(u.evidence, 'zh-CN'),
          'en-US': noTableReason(u.evidence, 'en-US'),
        });
      }
    } else {
      // Always applied, even with no findings: that is how the marks of findings since fixed are removed.
      const applied = await writeAnnotations(host, result, settings.prefs);
      summary.cells = applied.written.length;
      summary.messages.push(...applied.messages.map(toMessage));
      const first = firstFinding(result.findings);
      if (first) {
        try {
          await host.select(first.sheet, first.cell);
          summary.selected = { sheet: first.sheet, cell: first.cell };
        } catch (e) {
          // The marks are written; not being able to move the selection is worth saying but is no failure.
          summary.messages.push({ ...toMessage(errorToMessage(e)), intent: 'warning' });
        }
      }
    }
  } catch (e) {
    summary.ok = false;
    summary.messages.unshift(toMessage(errorToMessage(e)));
  }
  await keep(host, summary, env);
  return summary;
}

/** 清除标注: removes every mark the product wrote and restores the original fills. */
export async function clearAnnotations(env: CommandEnv): Promise<CommandSummary> {
  const summary = emptySummary('clear', (env.now ?? (() => new Date()))());
  let host: Host | null = null;
  try {
    host = env.createHost();
    const cleared = await host.clear();
    summary.cells = cleared.written.length;
    summary.messages.push(...cleared.messages.map(toMessage));
  } catch (e) {
    summary.ok = false;
    summary.messages.unshift(toMessage(errorToMessage(e)));
  }
  await keep(host, summary, env);
  return summary;
}

/** The functions the manifest's ExecuteFunction buttons name, each completing its event whatever happens. */
export function commandHandlers(
  env: CommandEnv,
): Record<'checkActiveSheet' | 'clearAnnotations', (event?: CommandEvent) => Promise<CommandSummary>> {
  const completing =
    (work: (env: CommandEnv) => Promise<CommandSummary>) =>
    async (event?: CommandEvent): Promise<CommandSummary> => {
      try {
        return await work(env);
      } finally {
        // Office queues the next command until this one completes; never leave it waiting.
        event?.completed();
      }
    };
  return { checkActiveSheet: completing(checkActiveSheet), clearAnnotations: completing(clearAnnotations) };
}

export interface OfficeActions {
  actions?: { associate: (id: string, fn: (event?: CommandEvent) => unknown) => void };
}

/**
 * Registers the handlers with Office.actions.associate, and also as globals: clients from before the actions API
 * look the function up by name in the function file's global scope.
 */
export function registerCommands(office: OfficeActions, globals: Record<string, unknown>, env: CommandEnv): void {
  const handlers = commandHandlers(env);
  for (const [name, fn] of Object.entries(handlers)) {
    globals[name] = fn;
    office.actions?.associate(name, fn);
  }
}
