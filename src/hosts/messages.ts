// Messages every workbook host gives in the same situations, with the same codes: a catalog (core/messages.ts shape),
// rendered in both languages into a HostMessage.

import type { Bilingual, Catalog } from '../core/messages';
import { formatBoth } from '../core/messages';
import type { HostMessage } from './host';

/** A HostMessage from its code, intent and texts (formatBoth of a host's catalog). */
export function hostMessage(code: string, intent: HostMessage['intent'], texts: Bilingual): HostMessage {
  return { code, intent, 'zh-CN': texts['zh-CN'], 'en-US': texts['en-US'] };
}

export const COMMON_MESSAGES = {
  'sheet-protected': {
    'zh-CN':
      '工作表“{sheet}”受保护，无法写入或清除标注，工作簿未作任何修改。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。',
    'en-US':
      'Sheet "{sheet}" is protected, so annotations cannot be written or cleared; the workbook was not changed. ' +
      'Unprotect the sheet (Review → Unprotect Sheet) and try again.',
  },
  'workbook-read-only': {
    'zh-CN': '工作簿以只读方式打开，标注无法保存，工作簿未作任何修改。请以可编辑方式打开（或另存一份）后重试。',
    'en-US':
      'The workbook is open read-only, so annotations could not be saved; the workbook was not changed. ' +
      'Open it for editing (or save a copy) and try again.',
  },
  'write-failed': {
    'zh-CN': '写入标注时出错（{detail}），本次已写入的内容已全部撤销，工作簿保持原样。',
    'en-US':
      'Writing the annotations failed ({detail}); everything this run had written was undone, the workbook is as it was.',
  },
  'write-failed-partial': {
    'zh-CN': '写入标注时出错（{detail}），且未能撤销。以下单元格可能已被修改：{cells}',
    'en-US':
      'Writing the annotations failed ({detail}) and could not be undone. These cells may have been changed: {cells}',
  },
  'sheet-missing': {
    'zh-CN': '工作表“{sheets}”已不存在，其上的标注已跳过。',
    'en-US': 'Sheet(s) "{sheets}" no longer exist; their annotations were skipped.',
  },
} as const satisfies Catalog;

const text = (id: keyof typeof COMMON_MESSAGES, data?: Parameters<typeof formatBoth>[2]) =>
  formatBoth(COMMON_MESSAGES, id, data);

export const commonMessages = {
  sheetProtected: (sheet: string) => hostMessage('sheet-protected', 'error', text('sheet-protected', { sheet })),
  readOnly: () => hostMessage('workbook-read-only', 'error', text('workbook-read-only')),
  writeRolledBack: (detail: string) => hostMessage('write-failed', 'error', text('write-failed', { detail })),
  writePartial: (detail: string, cells: string[]) =>
    hostMessage('write-failed-partial', 'error', text('write-failed-partial', { detail, cells })),
  sheetMissing: (sheets: string[]) =>
    hostMessage(
      'sheet-missing',
      'warning',
      // A quoted list: 工作表“甲”“乙” / Sheet(s) "A", "B".
      text('sheet-missing', (lang) => ({ sheets: sheets.join(lang === 'zh-CN' ? '”“' : '", "') })),
    ),
};
