// The Excel host's messages for the pane (a catalog of the core/messages.ts shape, keyed by the messages' codes) and
// the mapping of Office.js errors to them.

import { formatBoth, type Catalog, type MessageData } from '../../core/messages';
import { HostError, type HostMessage } from '../host';
import { commonMessages, hostMessage } from '../messages';

export const FINDINGS_SHEET_NAME = '审核结果';

/** Bytes as megabytes with two decimals. */
function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2);
}

export const EXCEL_MESSAGES = {
  'cell-edit-mode': {
    'zh-CN': 'Excel 正在编辑某个单元格，无法读取或写入，工作簿未作任何修改。请按 Enter 或 Esc 结束编辑后重试。',
    'en-US':
      'Excel is editing a cell and cannot be read or changed right now; the workbook was not changed. ' +
      'Press Enter or Esc to finish editing, then try again.',
  },
  'row-too-large': {
    'zh-CN':
      '工作表“{sheet}”第 {row} 行的内容超过 Excel 一次能传送的数据量，未读取。请检查该行是否有超长文字，或选择表格所在区域后按“审核选定区域”重试。',
    'en-US':
      'Row {row} of sheet "{sheet}" holds more than Excel can send in one request; nothing was read. ' +
      'Check that row for very long text, or select the table and check the selection instead.',
  },
  'range-too-large': {
    'zh-CN':
      '工作表“{sheet}”的已用区域有 {cells} 个单元格，超过可读取的上限 {cap} 个，未读取。请选择表格所在区域后按“审核选定区域”重试。',
    'en-US':
      'The used range of sheet "{sheet}" has {cells} cells, more than the {cap} that can be read; nothing was read. ' +
      'Select the table and check the selection instead.',
  },
  'too-many-annotations': {
    'zh-CN':
      '需要标注 {cells} 个单元格，超过单次可写入的上限 {cap} 个，工作簿未作任何修改。请分表审核或关闭部分规则后重试。',
    'en-US':
      '{cells} cells would be annotated, more than the {cap} one run can write; the workbook was not changed. ' +
      'Check fewer sheets at a time or switch some rules off.',
  },
  'record-too-large': {
    'zh-CN':
      '标注 {cells} 个单元格需要保存约 {megabytes} MB 的标注记录（清除标注时靠它恢复原来的底色、删除批注），而 Excel ' +
      '只允许加载项在工作簿中保存约 2 MB 的设置，还须留出面板设置的空间。工作簿未作任何修改。请先清除已有标注，' +
      '或一次审核较少的工作表（也可关闭部分规则）后重试。',
    'en-US':
      'Annotating {cells} cells needs an annotation record of about {megabytes} MB (clear uses it to restore ' +
      'the original fills and remove the comments), but Excel lets an add-in keep only about 2 MB of settings in a ' +
      "workbook, the pane's settings included. The workbook was not changed. Clear the existing annotations first, or " +
      'check fewer sheets at a time (or switch some rules off), and try again.',
  },
  'record-changed': {
    'zh-CN': '标注记录刚被另一处（功能区按钮或另一个窗格）修改，本次未写入任何内容。请重试。',
    'en-US':
      'The annotation record was just changed elsewhere (a ribbon button or another pane); nothing was written. Try again.',
  },
  'merges-unknown': {
    'zh-CN':
      '此版本的 Excel 无法读取合并单元格（需要 ExcelApi 1.13，即 Office 2021 或 Microsoft 365），已按“空白即同上”推断层级。',
    'en-US':
      'This version of Excel cannot read merged cells (needs ExcelApi 1.13: Office 2021 or Microsoft 365); ' +
      'blank hierarchy cells were read as "same as above".',
  },
  'merges-not-read': {
    'zh-CN':
      '此次未能读取合并单元格（ExcelApi 1.13 之前的 Excel，即 Office 2021 和 Microsoft 365 之前的版本，不支持读取；或 Excel ' +
      '拒绝了该请求），落在合并区域内的审核意见可能标注在该单元格本身，而不是合并区域左上角的单元格。',
    'en-US':
      'Merged cells could not be read this time (Excel before ExcelApi 1.13, that is before Office 2021 and ' +
      'Microsoft 365, cannot read them, or Excel refused the request), so a finding inside a merged area may be ' +
      "annotated on its own cell rather than on the area's top-left cell.",
  },
  'findings-sheet': {
    'zh-CN':
      '此版本的 Excel 不支持批注和备注（需要 ExcelApi 1.10），已只填充单元格颜色，并在“{sheet}”工作表中逐条列出审核意见（点击链接可跳转）。',
    'en-US':
      'This version of Excel has neither comments nor notes (they need ExcelApi 1.10), so only fills were written; ' +
      'every finding is listed on sheet "{sheet}" with a link to its cell.',
  },
  'notes-unavailable': {
    'zh-CN': '此版本的 Excel 不支持通过加载项写入备注（需要 ExcelApi 1.18），已改用批注。',
    'en-US':
      'This version of Excel cannot write notes from an add-in (needs ExcelApi 1.18); comments were used instead.',
  },
  'reply-to-person': {
    'zh-CN': '{count} 个单元格已有他人的批注；审核意见作为回复添加在该批注下，原批注内容未改动。',
    'en-US':
      "{count} cell(s) already had someone's comment; the findings were added as a reply to it, leaving the comment itself unchanged.",
  },
  'comments-blocked': {
    'zh-CN':
      '部分单元格无法添加批注（可能已有此版本 Excel 无法读取的备注），本次改为只填充颜色，并在“{sheet}”工作表中列出全部审核意见。',
    'en-US':
      'Comments could not be added to some cells (they may hold notes this version of Excel cannot read); ' +
      'only fills were written and every finding is listed on the "{sheet}" sheet.',
  },
  'state-not-saved': {
    'zh-CN': '标注已写入，但标注记录未能保存到工作簿（{detail}）；清除标注时可能无法恢复原来的填充色。',
    'en-US':
      'The annotations were written but their record could not be saved in the workbook ({detail}); ' +
      'clearing may not restore the original fills.',
  },
  'comments-unavailable-notes': {
    'zh-CN': '此 Excel 报告支持批注，但读取批注时出错（{detail}），批注无法使用。审核不受影响；标注将改用备注。',
    'en-US':
      'This Excel reports comment support but failed to read comments ({detail}), so comments cannot be used. ' +
      'The check is not affected; annotations use notes instead.',
  },
  'comments-unavailable-sheet': {
    'zh-CN':
      '此 Excel 报告支持批注，但读取批注时出错（{detail}），批注无法使用。审核不受影响；标注将改用' +
      '“{sheet}”工作表逐条列出（点击链接可跳转）。',
    'en-US':
      'This Excel reports comment support but failed to read comments ({detail}), so comments cannot be used. ' +
      'The check is not affected; annotations are listed on sheet "{sheet}" instead, with a link to each cell.',
  },
  'comments-not-cleared': {
    'zh-CN': '批注无法使用，以下单元格上本加载项此前写入的批注未能清除，仍记在标注记录中，待批注可用时再清除：{cells}',
    'en-US':
      'Comments cannot be used, so the comments this add-in wrote earlier on these cells were not cleared; they stay ' +
      'in the annotation record and are cleared once comments work again: {cells}',
  },
  'notes-blocked': {
    'zh-CN':
      '部分单元格无法添加备注（可能已有此 Excel 无法读取的批注），本次改为只填充颜色，并在“{sheet}”工作表中列出全部审核意见。',
    'en-US':
      'Notes could not be added to some cells (they may hold comments this Excel cannot read); ' +
      'only fills were written and every finding is listed on the "{sheet}" sheet.',
  },
  'others-comments-kept': {
    'zh-CN':
      'Excel 不允许修改或删除其他审阅者（{authors}）名下的批注，以下单元格上的批注已原样保留（其余标注已清除）：' +
      '{cells}。请由该审阅者清除标注，或在 Excel 中手动删除这些批注。',
    'en-US':
      'Excel refused to change or delete comments in the name of another reviewer ({authors}); the ' +
      'comments on these cells were left as they are (everything else was cleared): {cells}. ' +
      'Ask that reviewer to clear the annotations, or delete those comments by hand in Excel.',
  },
  'selection-not-one-range': {
    'zh-CN':
      '当前选定的不是一个单元格区域（可能按住 Ctrl 选了多个区域，或选中了图表、形状），未读取。请只选定表格所在的一个连续区域后重试。',
    'en-US':
      'The selection is not one range of cells (several areas picked with Ctrl, or a chart or shape selected); ' +
      'nothing was read. Select the one block of cells the table is in and try again.',
  },
  'selection-areas': {
    'zh-CN': '选定了 {count} 个区域，已审核包含它们的整个矩形区域 {range}。',
    'en-US': '{count} areas were selected; the rectangle that contains them, {range}, was checked.',
  },
  'office-error': { 'zh-CN': 'Excel 报告错误：{detail}', 'en-US': 'Excel reported an error: {detail}' },
} as const satisfies Catalog;

type ExcelId = keyof typeof EXCEL_MESSAGES;

/** Message `id` of the Excel catalog as a HostMessage with `code` (the id, unless given). */
function message(id: ExcelId, intent: HostMessage['intent'], data?: MessageData, code: string = id): HostMessage {
  return hostMessage(code, intent, formatBoth(EXCEL_MESSAGES, id, data));
}

export const messages = {
  ...commonMessages,
  cellEditMode: () => message('cell-edit-mode', 'error'),
  rowTooLarge: (sheet: string, row: number) => message('row-too-large', 'error', { sheet, row }),
  rangeTooLarge: (sheet: string, cells: number, cap: number) =>
    message('range-too-large', 'error', { sheet, cells, cap }),
  tooManyAnnotations: (cells: number, cap: number) => message('too-many-annotations', 'error', { cells, cap }),
  recordTooLarge: (cells: number, bytes: number) =>
    message('record-too-large', 'error', { cells, megabytes: megabytes(bytes) }),
  recordChanged: () => message('record-changed', 'error'),
  mergesUnknown: () => message('merges-unknown', 'warning'),
  mergesNotRead: () => message('merges-not-read', 'warning'),
  findingsSheetInstead: (sheet: string) => message('findings-sheet', 'info', { sheet }),
  notesUnavailable: () => message('notes-unavailable', 'info'),
  replyToPerson: (count: number) => message('reply-to-person', 'info', { count }),
  // The sheet's Chinese name in both languages: it is the sheet's name in the workbook.
  commentsBlocked: () => message('comments-blocked', 'warning', { sheet: FINDINGS_SHEET_NAME }),
  stateNotSaved: (detail: string) => message('state-not-saved', 'warning', { detail }),
  commentsUnavailable: (detail: string, notes: boolean) =>
    notes
      ? message('comments-unavailable-notes', 'warning', { detail }, 'comments-unavailable')
      : message(
          'comments-unavailable-sheet',
          'warning',
          { detail, sheet: FINDINGS_SHEET_NAME },
          'comments-unavailable',
        ),
  commentsNotCleared: (cells: string[]) => message('comments-not-cleared', 'warning', { cells }),
  notesBlocked: () => message('notes-blocked', 'warning', { sheet: FINDINGS_SHEET_NAME }),
  othersCommentsKept: (authors: string[], cells: string[]) =>
    message('others-comments-kept', 'warning', { authors, cells }),
  selectionNotOneRange: () => message('selection-not-one-range', 'error'),
  selectionAreas: (count: number, range: string) => message('selection-areas', 'info', { count, range }),
  officeError: (detail: string) => message('office-error', 'error', { detail }),
};

/** The `code` of an OfficeExtension.Error (or anything shaped like one). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function errorDetail(error: unknown): string {
  const code = officeErrorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

/**
 * Cell-edit mode: Excel rejects the whole batch, unchanged, with this one code (Excel.ErrorCodes
 * .invalidOperationInCellEditMode). A plain InvalidOperation is an ordinary error (a hidden sheet activated, …).
 */
export function isEditModeError(error: unknown): boolean {
  return officeErrorCode(error) === 'InvalidOperationInCellEditMode';
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * A request Excel refused for its size before carrying out any of it: RequestPayloadSizeLimitExceeded, or the
 * GeneralException old Excel on the web builds gave instead, taken as that only for a batch near the limit
 * (`nearLimit`: the sender's estimate filled at least half of what a sync may carry). ResponsePayloadSizeLimitExceeded
 * is not one: the request ran, only its answer was lost.
 */
export function isOversizedRequest(error: unknown, nearLimit: boolean): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || (nearLimit && code === 'GeneralException');
}

/** Errors a user can act on become a HostError; a HostError passes through; anything else becomes an office-error. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (isEditModeError(error)) return new HostError(messages.cellEditMode());
  return new HostError(messages.officeError(errorDetail(error)));
}

/** The titles of the Excel host's self-test probes (the pane's 诊断 page and the report), keyed by the probes' ids. */
export const EXCEL_SELFTEST = {
  'excel.office': { 'zh-CN': 'Office 版本与要求集', 'en-US': 'Office version and requirement sets' },
  'excel.capabilities': {
    'zh-CN': '宿主能力（要求集与已加载的 Office.js）',
    'en-US': 'Capabilities (requirement sets and the loaded Office.js)',
  },
  'excel.settings': { 'zh-CN': '设置读写与大小', 'en-US': 'Settings round trip and size' },
  'excel.requests': { 'zh-CN': '请求大小', 'en-US': 'Request sizes' },
  'excel.annotate': { 'zh-CN': '标注与清除（临时工作表）', 'en-US': 'Annotate and clear (scratch sheet)' },
} as const satisfies Catalog;

/** The words of the Excel probes' lines (those the WPS probes share are SELFTEST_LINES); data fills the placeholders. */
export const EXCEL_SELFTEST_LINES = {
  platform: { 'zh-CN': '平台', 'en-US': 'platform' },
  capNo: { 'zh-CN': '否（{why}）', 'en-US': 'no ({why})' },
  setMissing: { 'zh-CN': 'ExcelApi {set}：不支持', 'en-US': 'ExcelApi {set}: no' },
  libraryLacks: { 'zh-CN': '已加载的 Office.js 缺少 {members}', 'en-US': 'the loaded Office.js lacks {members}' },
  turnedOff: { 'zh-CN': '本次会话已停用：{failure}', 'en-US': 'turned off this session: {failure}' },
  off: { 'zh-CN': '已停用', 'en-US': 'off' },
  store: { 'zh-CN': '存储位置', 'en-US': 'store' },
  storeWorkbook: {
    'zh-CN': 'Workbook.settings（ExcelApi 1.4，直接读写）',
    'en-US': 'Workbook.settings (ExcelApi 1.4, read and written live)',
  },
  storeDocument: {
    'zh-CN': 'Office.context.document.settings（每个运行时一份副本，每次读写前刷新）',
    'en-US': 'Office.context.document.settings (a copy per runtime, refreshed before every read and write)',
  },
  sameBytes: { 'zh-CN': '一致（{bytes} 字节）', 'en-US': 'same ({bytes} bytes)' },
  recordSize: { 'zh-CN': '{cells} 个单元格，{bytes} 字节', 'en-US': '{cells} cells, {bytes} bytes' },
  bytes: { 'zh-CN': '{bytes} 字节', 'en-US': '{bytes} bytes' },
  size: { 'zh-CN': '大小', 'en-US': 'size' },
  sizeOfLimit: {
    'zh-CN': '{used} KB，上限约 {limit} KB（{share} %）',
    'en-US': '{used} KB of about {limit} KB ({share} %)',
  },
  requestLimit: { 'zh-CN': '请求上限', 'en-US': 'request limit' },
  budgetPerSync: { 'zh-CN': '每次同步的预算', 'en-US': 'budget per sync' },
  oneCell: { 'zh-CN': '一个标注单元格', 'en-US': 'one annotated cell' },
  aboutBytes: { 'zh-CN': '约 {bytes} 字节', 'en-US': 'about {bytes} bytes' },
  cells: { 'zh-CN': '{cells} 个单元格', 'en-US': '{cells} cells' },
  aboutSyncs: { 'zh-CN': '约 {syncs} 次同步', 'en-US': 'about {syncs} {syncs:sync|syncs}' },
  fills: { 'zh-CN': '填充色', 'en-US': 'fills' },
  fillsPerColour: {
    'zh-CN': '每种颜色一个请求（RangeAreas，1.9）',
    'en-US': 'one request per colour (RangeAreas, 1.9)',
  },
  fillsPerCell: { 'zh-CN': '每个单元格一个请求（1.9 之前）', 'en-US': 'one request per cell (before 1.9)' },
  mostCells: { 'zh-CN': '最多标注的单元格数', 'en-US': 'most annotated cells' },
  comments: { 'zh-CN': '批注', 'en-US': 'comments' },
  notes: { 'zh-CN': '备注', 'en-US': 'notes' },
  notAvailable: { 'zh-CN': '不可用', 'en-US': 'not available' },
  annotations: { 'zh-CN': '标注', 'en-US': 'annotations' },
  findingsSheetOnly: {
    'zh-CN': '审核结果写入“审核结果”工作表（没有批注或备注接口）',
    'en-US': 'findings go to the 审核结果 sheet (no comments or notes API)',
  },
  restoredByColour: {
    'zh-CN': '完全恢复（无填充，以及 {fill}；ExcelApi 1.9 之前只能按颜色区分无填充与白色）',
    'en-US': 'exactly (no fill, and {fill}; no fill told from white by colour only, before ExcelApi 1.9)',
  },
  commentText: { 'zh-CN': '批注文字', 'en-US': 'comment text' },
  commentRemoved: { 'zh-CN': '批注已删除', 'en-US': 'comment removed' },
  noteText: { 'zh-CN': '备注文字', 'en-US': 'note text' },
  noteRemoved: { 'zh-CN': '备注已删除', 'en-US': 'note removed' },
} as const satisfies Catalog;
