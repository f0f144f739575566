// The browser-file host's messages: a catalog (core/messages.ts shape) keyed by the messages' codes, and a file
// error (code and data) rendered in both languages from the file host's catalog.

import { formatBoth, type Catalog } from '../../core/messages';
import type { FileError } from '../../core/model';
import { fileErrorText } from '../file/errors';
import { HostError, type HostMessage } from '../host';
import { hostMessage } from '../messages';

export const BROWSER_FILE_MESSAGES = {
  'no-workbook': { 'zh-CN': '请先打开一个 .xlsx 工作簿。', 'en-US': 'Open an .xlsx workbook first.' },
  'sheet-not-found': {
    'zh-CN': '工作簿中没有名为“{sheet}”的工作表。',
    'en-US': 'The workbook has no sheet named “{sheet}”.',
  },
  'write-failed': {
    'zh-CN': '无法写入工作簿副本：{reason}',
    'en-US': 'The workbook copy could not be written: {reason}',
  },
} as const satisfies Catalog;

export const NO_WORKBOOK: HostMessage = hostMessage(
  'no-workbook',
  'error',
  formatBoth(BROWSER_FILE_MESSAGES, 'no-workbook'),
);

export function unknownSheet(sheet: string): HostError {
  return new HostError(
    hostMessage('sheet-not-found', 'error', formatBoth(BROWSER_FILE_MESSAGES, 'sheet-not-found', { sheet })),
  );
}

export function writeFailed(e: unknown): HostError {
  const reason = e instanceof Error ? e.message : String(e);
  return new HostError(
    hostMessage('write-failed', 'error', formatBoth(BROWSER_FILE_MESSAGES, 'write-failed', { reason })),
  );
}

/** A file error as a HostError the pane shows in its own language: each language rendered from the error's data. */
export function fileHostError(error: FileError): HostError {
  return new HostError({
    code: error.code,
    intent: 'error',
    'zh-CN': fileErrorText(error, 'zh-CN'),
    'en-US': fileErrorText(error, 'en-US'),
  });
}
