// What a ribbon command leaves behind for the user: a summary kept with the workbook, and its bilingual message.
//
// Excel has no notification API for function commands (Office.NotificationMessages is Outlook only) and we do not
// open dialogs, so a command's counts are stored under LAST_COMMAND_KEY; the task pane shows lastCommandMessage()
// when it opens, and 审核本表 also moves the selection to the worst finding so the user lands on it.

import { z } from 'zod';
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

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** The one-line message for a command summary, in both languages; `code` is stable for tests and the pane. */
export function summaryMessage(s: CommandSummary): HostMessage {
  const data = {
    sheet: s.sheets.join('、'),
    sheetEn: s.sheets.join(', '),
    tables: s.tables,
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
    cells: s.cells,
    reasonZh: s.messages[0]?.['zh-CN'] ?? '',
    reasonEn: s.messages[0]?.['en-US'] ?? '',
  };
  if (!s.ok) {
    const failed = s.messages.find((m) => m.intent === 'error') ?? s.messages[0];
    const d = { ...data, reasonZh: failed?.['zh-CN'] ?? '', reasonEn: failed?.['en-US'] ?? '' };
    return s.command === 'check'
      ? { code: 'command-check-failed', intent: 'error', 'zh-CN': fill('审核本表未完成：{reasonZh}', d), 'en-US': fill('Check Sheet did not finish: {reasonEn}', d) }
      : { code: 'command-clear-failed', intent: 'error', 'zh-CN': fill('清除标注未完成：{reasonZh}', d), 'en-US': fill('Clear Marks did not finish: {reasonEn}', d) };
  }
  if (s.command === 'clear') {
    return {
      code: 'command-clear-done',
      intent: 'info',
      'zh-CN': fill('清除标注：已清除 {cells} 个单元格的标注，原底色已恢复。', data),
      'en-US': fill('Clear Marks: marks removed from {cells} cell(s); their original fills are back.', data),
    };
  }
  if (s.tables === 0) {
    // Never "no problems": nothing was checked. The reason is the first sheet-not-read line, when there is one.
    const why = s.messages.find((m) => m.code === 'sheet-not-read');
    const d = { ...data, reasonZh: why ? `：${why['zh-CN']}` : '', reasonEn: why ? `: ${why['en-US']}` : '' };
    return {
      code: 'command-check-no-table',
      intent: 'warning',
      'zh-CN': fill('审核本表：{sheet} 上未找到指标表，未审核（这不代表没有问题）{reasonZh}。可在审核面板中手动指定表格的列。', d),
      'en-US': fill(
        'Check Sheet: no indicator table found on {sheetEn}, so nothing was checked (this does not mean there are no problems){reasonEn}. Map the table by hand in the review pane.',
        d,
      ),
    };
  }
  return {
    code: 'command-check-done',
    intent: s.errors > 0 ? 'warning' : 'info',
    'zh-CN': fill('审核本表：{sheet} 上找到 {tables} 张表；错误 {errors} 条、警告 {warnings} 条、提示 {infos} 条，已标注 {cells} 个单元格。', data),
    'en-US': fill(
      'Check Sheet: {tables} table(s) on {sheetEn}; {errors} error(s), {warnings} warning(s), {infos} info; {cells} cell(s) marked.',
      data,
    ),
  };
}

/** The message for whatever the workbook holds under LAST_COMMAND_KEY, or null when it holds nothing usable. */
export function lastCommandMessage(stored: unknown): HostMessage | null {
  const parsed = CommandSummarySchema.safeParse(stored);
  return parsed.success ? summaryMessage(parsed.data) : null;
}
