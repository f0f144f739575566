// What a ribbon command leaves behind for the user: a summary kept with the workbook, and its bilingual message.
//
// Excel has no notification API for function commands (Office.NotificationMessages is Outlook only) and we do not
// open dialogs, so a command's counts are stored under LAST_COMMAND_KEY; the task pane shows lastCommandMessage()
// when it opens, and 审核本表 also moves the selection to the worst finding so the user lands on it.

import { z } from 'zod';
import { formatBoth, type Catalog } from '../core/messages';
import type { Lang } from '../core/model';
import type { HostMessage } from '../hosts/host';

/** The workbook setting (Host.saveSetting) holding the last ribbon command's summary. */
export const LAST_COMMAND_KEY = 'lastCommand';

const CommandMessageSchema = z.object({
  code: z.string(),
  intent: z.enum(['info', 'success', 'warning', 'error']),
  'zh-CN': z.string(),
  'en-US': z.string(),
});

const Count = z.number().int().min(0);

export const CommandSummarySchema = z.object({
  version: z.literal(1),
  command: z.enum(['check', 'clear']),
  /** When the command finished, ISO 8601. */
  at: z.string(),
  /** False when the command stopped on an error (the first message says which). */
  ok: z.boolean(),
  /** Sheets the command read (check) — the active sheet. */
  sheets: z.array(z.string()),
  tables: Count,
  errors: Count,
  warnings: Count,
  infos: Count,
  /** Cells written (check) or cleared (clear). */
  cells: Count,
  /** Where the selection was moved: the worst finding's cell. */
  selected: z.object({ sheet: z.string(), cell: z.string() }).nullable(),
  /** Everything the settings, the read, the check and the host said along the way. */
  messages: z.array(CommandMessageSchema),
});
export type CommandSummary = z.infer<typeof CommandSummarySchema>;

/** The ribbon commands' summaries (core/messages.ts catalog shape), keyed by their codes. */
export const COMMAND_MESSAGES = {
  'command-check-failed': { 'zh-CN': '审核本表未完成：{reason}', 'en-US': 'Check Sheet did not finish: {reason}' },
  'command-clear-failed': { 'zh-CN': '清除标注未完成：{reason}', 'en-US': 'Clear Marks did not finish: {reason}' },
  'command-clear-done': {
    'zh-CN': '清除标注：已清除 {cells} 个单元格的标注，原底色已恢复。',
    'en-US': 'Clear Marks: marks removed from {cells} cell(s); their original fills are back.',
  },
  'command-check-no-table': {
    'zh-CN': '审核本表：{sheet} 上未找到指标表，未审核（这不代表没有问题）{reason}。可在审核面板中手动指定表格的列。',
    'en-US':
      'Check Sheet: no indicator table found on {sheet}, so nothing was checked (this does not mean there are no problems){reason}. Map the table by hand in the review pane.',
  },
  'command-check-done': {
    'zh-CN':
      '审核本表：{sheet} 上找到 {tables} 张表；错误 {errors} 条、警告 {warnings} 条、提示 {infos} 条，已标注 {cells} 个单元格。',
    'en-US':
      'Check Sheet: {tables} table(s) on {sheet}; {errors} error(s), {warnings} warning(s), {infos} info; {cells} cell(s) marked.',
  },
} as const satisfies Catalog;

type CommandCode = keyof typeof COMMAND_MESSAGES;

/** The one-line message for a command summary, in both languages; `code` is stable for tests and the pane. */
export function summaryMessage(s: CommandSummary): HostMessage {
  const counts = {
    sheet: s.sheets,
    tables: s.tables,
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
    cells: s.cells,
  };
  const message = (code: CommandCode, intent: HostMessage['intent'], reason?: (lang: Lang) => string): HostMessage => ({
    code,
    intent,
    ...formatBoth(COMMAND_MESSAGES, code, (lang) => ({ ...counts, reason: reason?.(lang) ?? '' })),
  });
  if (!s.ok) {
    const failed = s.messages.find((m) => m.intent === 'error') ?? s.messages[0];
    const reason = (lang: Lang) => failed?.[lang] ?? '';
    return s.command === 'check'
      ? message('command-check-failed', 'error', reason)
      : message('command-clear-failed', 'error', reason);
  }
  if (s.command === 'clear') return message('command-clear-done', 'info');
  if (s.tables === 0) {
    // Never "no problems": nothing was checked. The reason is the first sheet-not-read line, when there is one.
    const why = s.messages.find((m) => m.code === 'sheet-not-read');
    return message('command-check-no-table', 'warning', (lang) =>
      why ? `${lang === 'zh-CN' ? '：' : ': '}${why[lang]}` : '',
    );
  }
  return message('command-check-done', s.errors > 0 ? 'warning' : 'info');
}

/** The message for whatever the workbook holds under LAST_COMMAND_KEY, or null when it holds nothing usable. */
export function lastCommandMessage(stored: unknown): HostMessage | null {
  const parsed = CommandSummarySchema.safeParse(stored);
  return parsed.success ? summaryMessage(parsed.data) : null;
}
