// Why a workbook file could not be read or written: stable codes, bilingual messages, and the size limits behind them.

import type { FileError } from '../../core/model';

/**
 * Limits against hostile input, applied before exceljs inflates anything.
 * - A file above MAX_FILE_BYTES is refused before it is read into memory (node only).
 * - A zip whose central directory declares more than MAX_TOTAL_UNCOMPRESSED bytes in all, or one entry above
 *   MAX_ENTRY_UNCOMPRESSED (V8 cannot hold a longer string, and exceljs reads each part as one string), or a big entry
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

const MESSAGES: Record<FileErrorCode, { zh: string; en: string }> = {
  'not-found': { zh: '找不到文件', en: 'File not found' },
  unreadable: { zh: '无法读取文件（权限或磁盘错误）', en: 'The file cannot be read (permission or disk error)' },
  'not-a-workbook': {
    zh: '不是 Excel 工作簿（.xlsx/.xlsm）',
    en: 'Not an Excel workbook (.xlsx/.xlsm)',
  },
  'xls-format': {
    zh: '这是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再检查',
    en: 'This is a legacy .xls file; save it as .xlsx in Excel or WPS and check it again',
  },
  encrypted: {
    zh: '工作簿已加密（设置了打开密码），请取消密码后另存再检查',
    en: 'The workbook is encrypted (password to open); remove the password, save and check again',
  },
  'too-large': {
    zh: '文件过大或解压后体积异常（可能是压缩炸弹），已拒绝读取',
    en: 'The file is too large, or expands to an abnormal size (possible zip bomb); refused',
  },
  corrupt: { zh: '文件已损坏或不完整，无法读取', en: 'The file is damaged or incomplete and cannot be read' },
  'write-failed': { zh: '无法写出结果文件', en: 'The output file could not be written' },
  internal: { zh: '检查此文件时发生内部错误，请报告此问题', en: 'Internal error while checking this file; please report it' },
};

/** A FileError with the message "中文 / English"; `detail` (a size, a path, the library's words) goes in parentheses. */
export function fileError(code: FileErrorCode, detail?: string): FileError {
  const m = MESSAGES[code];
  const suffix = detail ? `（${detail}）` : '';
  const enSuffix = detail ? ` (${detail})` : '';
  return { code, message: `${m.zh}${suffix} / ${m.en}${enSuffix}` };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
