// Why a workbook file could not be read or written: stable codes, bilingual messages, and the size limits behind them.

import { formatMessage, type Bilingual, type Catalog } from '../../core/messages';
import type { FileError, Lang } from '../../core/model';

/**
 * Limits against hostile input, applied before any part is inflated.
 * - A file above MAX_FILE_BYTES is refused before it is read into memory (node only).
 * - A zip whose central directory declares more than MAX_TOTAL_UNCOMPRESSED bytes in all, or one entry above
 *   MAX_ENTRY_UNCOMPRESSED (V8 cannot hold a longer string, and the small parts are read as one string), or a big entry
 *   (> RATIO_CHECK_FROM bytes) compressed more than MAX_RATIO:1, is a zip bomb or too big to check: refused.
 * Real worksheets compress 5–50:1; a 100 000-row export is a few tens of MiB of XML.
 */
export const LIMITS = {
  MAX_FILE_BYTES: 256 * 1024 * 1024,
  MAX_TOTAL_UNCOMPRESSED: 1024 * 1024 * 1024,
  MAX_ENTRY_UNCOMPRESSED: 512 * 1024 * 1024,
  RATIO_CHECK_FROM: 64 * 1024 * 1024,
  MAX_RATIO: 200,
} as const;

export type FileErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'not-a-workbook'
  | 'xls-format'
  | 'encrypted'
  | 'too-large'
  | 'corrupt'
  | 'write-failed'
  | 'internal';

/** The catalog (core/messages.ts shape) of the file errors, keyed by their codes, and the form of a detail. */
export const FILE_ERRORS = {
  'not-found': { 'zh-CN': '找不到文件', 'en-US': 'File not found' },
  unreadable: {
    'zh-CN': '无法读取文件（权限或磁盘错误）',
    'en-US': 'The file cannot be read (permission or disk error)',
  },
  'not-a-workbook': {
    'zh-CN': '不是 Excel 工作簿（.xlsx/.xlsm）',
    'en-US': 'Not an Excel workbook (.xlsx/.xlsm)',
  },
  'xls-format': {
    'zh-CN': '这是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再检查',
    'en-US': 'This is a legacy .xls file; save it as .xlsx in Excel or WPS and check it again',
  },
  encrypted: {
    'zh-CN': '工作簿已加密（设置了打开密码），请取消密码后另存再检查',
    'en-US': 'The workbook is encrypted (password to open); remove the password, save and check again',
  },
  'too-large': {
    'zh-CN': '文件过大或解压后体积异常（可能是压缩炸弹），已拒绝读取',
    'en-US': 'The file is too large, or expands to an abnormal size (possible zip bomb); refused',
  },
  corrupt: { 'zh-CN': '文件已损坏或不完整，无法读取', 'en-US': 'The file is damaged or incomplete and cannot be read' },
  'write-failed': { 'zh-CN': '无法写出结果文件', 'en-US': 'The output file could not be written' },
  internal: {
    'zh-CN': '检查此文件时发生内部错误，请报告此问题',
    'en-US': 'Internal error while checking this file; please report it',
  },
} as const satisfies Catalog & Record<FileErrorCode, Bilingual>;

/** A detail (a size, a path, the library's words) after the message, in parentheses. */
export const FILE_ERROR_DETAIL = {
  detail: { 'zh-CN': '（{detail}）', 'en-US': ' ({detail})' },
} as const satisfies Catalog;

/** What a file error's message is rendered from: the catalog id (its code as first given) and the detail. */
export interface FileErrorData {
  id: FileErrorCode;
  detail?: string;
}

/**
 * A FileError that carries its data: `message` is its rendering in both languages, "中文 / English" (what the CLI's
 * report and logs carry), `data` what fileErrorText renders one language from. `data` is not enumerable, so the
 * report's JSON (and a copy sent from a worker) holds `{ code, message }` only, as its schema says.
 */
export type FileFailure = FileError & { readonly code: FileErrorCode; readonly data: FileErrorData };

/** The error's message in one language. */
function render(lang: Lang, data: FileErrorData): string {
  const base = formatMessage(FILE_ERRORS, lang, data.id);
  return data.detail ? base + formatMessage(FILE_ERROR_DETAIL, lang, 'detail', { detail: data.detail }) : base;
}

function failure(code: FileErrorCode, data: FileErrorData): FileFailure {
  const error = { code, message: `${render('zh-CN', data)} / ${render('en-US', data)}` };
  return Object.defineProperty(error, 'data', { value: data, enumerable: false }) as FileFailure;
}

/** A FileError with the message "中文 / English"; `detail` (a size, a path, the library's words) goes in parentheses. */
export function fileError(code: FileErrorCode, detail?: string): FileFailure {
  return failure(code, detail ? { id: code, detail } : { id: code });
}

/** The same error under another code (a damaged package's sniff error read as `corrupt`): the same message. */
export function withCode(error: FileFailure, code: FileErrorCode): FileFailure {
  return failure(code, error.data);
}

/**
 * A file error's message in one language, rendered from its data; an error that carries none (one rebuilt from a
 * report) is shown as it is.
 */
export function fileErrorText(error: FileError, lang: Lang): string {
  const data = (error as Partial<FileFailure>).data;
  return data ? render(lang, data) : error.message;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
