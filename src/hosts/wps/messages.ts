// The WPS host's messages for the pane and the ribbon: a catalog (core/messages.ts shape) keyed by the messages' codes,
// which match the Excel host's.

import { formatBoth, type Catalog, type MessageData } from '../../core/messages';
import { commonMessages, hostMessage } from '../messages';

/** Whatever was thrown, as one line for a message. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export const WPS_MESSAGES = {
  'no-workbook': {
    'zh-CN': '没有打开的工作簿。请先打开要审核的表格。',
    'en-US': 'No workbook is open. Open the workbook to check first.',
  },
  'workbook-structure-protected': {
    'zh-CN':
      '工作簿结构受保护，无法添加保存标注记录所需的隐藏工作表，工作簿未作任何修改。请先撤销工作簿保护（审阅 → 保护工作簿）后重试。',
    'en-US':
      'The workbook structure is protected, so the hidden sheet that keeps the annotation record cannot be added; ' +
      'the workbook was not changed. Unprotect the workbook (Review → Protect Workbook) and try again.',
  },
  'state-sheet-conflict': {
    'zh-CN': '工作簿中已有名为“{sheet}”的工作表，但不是本加载项写入的，工作簿未作任何修改。请将其改名后重试。',
    'en-US':
      'The workbook already has a sheet named "{sheet}" that this add-in did not write; the workbook was not changed. ' +
      'Rename that sheet and try again.',
  },
  'no-such-sheet': { 'zh-CN': '找不到工作表“{sheet}”。', 'en-US': 'There is no sheet named "{sheet}".' },
  'summary-not-removed': {
    'zh-CN': '上次由命令行写入的“{sheet}”工作表未能删除（{detail}），其内容已过时，可手动删除。',
    'en-US':
      'The "{sheet}" sheet written by an earlier command-line run could not be removed ({detail}); it is out of date and can be deleted by hand.',
  },
  'comment-cut': {
    'zh-CN':
      'WPS 未能完整写入单元格 {cell} 的批注（文字被截断或改动），本次已写入的内容已全部撤销，工作簿保持原样。' +
      '请将此提示和 WPS 的版本号告知管理员。',
    'en-US':
      'WPS did not keep the whole comment text written to {cell} (it was cut or changed); everything this run had ' +
      'written was undone, the workbook is as it was. Please tell your administrator, with the WPS version.',
  },
  'record-cut': {
    'zh-CN':
      'WPS 未能完整保存隐藏工作表“{sheet}”中的记录（文字被截断或改动），该记录可能已无法读取。' +
      '请将此提示和 WPS 的版本号告知管理员。',
    'en-US':
      'WPS did not keep the whole record on the hidden sheet "{sheet}" (its text was cut or changed); the record may ' +
      'no longer be readable. Please tell your administrator, with the WPS version.',
  },
  'wps-error': { 'zh-CN': 'WPS 报告错误：{detail}', 'en-US': 'WPS reported an error: {detail}' },
} as const satisfies Catalog;

type WpsId = keyof typeof WPS_MESSAGES;

/** The message with code `id` of the WPS catalog. */
function message(id: WpsId, intent: 'info' | 'warning' | 'error', data?: MessageData) {
  return hostMessage(id, intent, formatBoth(WPS_MESSAGES, id, data));
}

export const messages = {
  ...commonMessages,
  noWorkbook: () => message('no-workbook', 'error'),
  structureProtected: () => message('workbook-structure-protected', 'error'),
  foreignSheet: (sheet: string) => message('state-sheet-conflict', 'error', { sheet }),
  noSuchSheet: (sheet: string) => message('no-such-sheet', 'error', { sheet }),
  summaryNotRemoved: (sheet: string, detail: string) => message('summary-not-removed', 'warning', { sheet, detail }),
  commentCut: (cell: string) => message('comment-cut', 'error', { cell }),
  recordCut: (sheet: string) => message('record-cut', 'error', { sheet }),
  wpsError: (detail: string) => message('wps-error', 'error', { detail }),
};

/** The titles of the WPS host's self-test probes (the pane's 诊断 page and the report), keyed by the probes' ids. */
export const WPS_SELFTEST = {
  'wps.application': { 'zh-CN': 'WPS 版本', 'en-US': 'WPS version' },
  'wps.settings': { 'zh-CN': '设置读写与大小（隐藏工作表）', 'en-US': 'Settings round trip and size (hidden sheet)' },
  'wps.annotate': { 'zh-CN': '标注与清除（临时工作表）', 'en-US': 'Annotate and clear (scratch sheet)' },
  'wps.strings': { 'zh-CN': '超过 255 个字符的文字', 'en-US': 'Strings over 255 characters' },
} as const satisfies Catalog;

/** The words of the WPS probes' lines (those the Excel probes share are SELFTEST_LINES); data fills the placeholders. */
export const WPS_SELFTEST_LINES = {
  build: { 'zh-CN': '内部版本号', 'en-US': 'build' },
  operatingSystem: { 'zh-CN': '操作系统', 'en-US': 'operating system' },
  uiLanguage: { 'zh-CN': '界面语言', 'en-US': 'UI language' },
  readOnly: { 'zh-CN': '工作簿只读', 'en-US': 'workbook read-only' },
  structureProtected: { 'zh-CN': '工作簿结构受保护', 'en-US': 'workbook structure protected' },
  settingsSheet: { 'zh-CN': '设置工作表', 'en-US': 'settings sheet' },
  present: { 'zh-CN': '已有', 'en-US': 'present' },
  noneYet: { 'zh-CN': '尚无', 'en-US': 'none yet' },
  sameChunks: {
    'zh-CN': '一致（{chars} 个字符，每块 {chunk} 个）',
    'en-US': 'same ({chars} characters, in chunks of {chunk})',
  },
  recordSize: { 'zh-CN': '{cells} 个单元格，{chars} 个字符', 'en-US': '{cells} cells, {chars} characters' },
  characters: { 'zh-CN': '{chars} 个字符', 'en-US': '{chars} characters' },
  authorLabel: { 'zh-CN': 'AddComment 文字前的作者标签', 'en-US': 'author label before AddComment text' },
  textChanged: { 'zh-CN': '文字被改动：{text}', 'en-US': 'text changed: {text}' },
  recognised: { 'zh-CN': '批注被识别为本加载项所写', 'en-US': 'comment recognised as ours' },
  longWhole: { 'zh-CN': '长批注一次 AddComment 写入', 'en-US': 'long comment in one AddComment' },
  longPieces: { 'zh-CN': '长批注分段写入（每段 {chunk} 个字符）', 'en-US': 'long comment in pieces of {chunk}' },
  commentsRemoved: { 'zh-CN': '批注已删除', 'en-US': 'comments removed' },
  cellValue: { 'zh-CN': '单元格的值（Value2）', 'en-US': 'cell value (Value2)' },
} as const satisfies Catalog;
