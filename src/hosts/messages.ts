// Messages every workbook host gives in the same situations (zh-CN first, en-US second), with the same codes.

import type { HostMessage } from './host';

export function hostMessage(code: string, intent: HostMessage['intent'], zh: string, en: string): HostMessage {
  return { code, intent, 'zh-CN': zh, 'en-US': en };
}

export const commonMessages = {
  sheetProtected: (sheet: string) =>
    hostMessage(
      'sheet-protected',
      'error',
      `工作表“${sheet}”受保护，无法写入或清除标注，工作簿未作任何修改。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。`,
      `Sheet "${sheet}" is protected, so annotations cannot be written or cleared; the workbook was not changed. ` +
        'Unprotect the sheet (Review → Unprotect Sheet) and try again.',
    ),
  readOnly: () =>
    hostMessage(
      'workbook-read-only',
      'error',
      '工作簿以只读方式打开，标注无法保存，工作簿未作任何修改。请以可编辑方式打开（或另存一份）后重试。',
      'The workbook is open read-only, so annotations could not be saved; the workbook was not changed. ' +
        'Open it for editing (or save a copy) and try again.',
    ),
  writeRolledBack: (detail: string) =>
    hostMessage(
      'write-failed',
      'error',
      `写入标注时出错（${detail}），本次已写入的内容已全部撤销，工作簿保持原样。`,
      `Writing the annotations failed (${detail}); everything this run had written was undone, the workbook is as it was.`,
    ),
  writePartial: (detail: string, cells: string[]) =>
    hostMessage(
      'write-failed-partial',
      'error',
      `写入标注时出错（${detail}），且未能撤销。以下单元格可能已被修改：${cells.join('、')}`,
      `Writing the annotations failed (${detail}) and could not be undone. These cells may have been changed: ${cells.join(', ')}`,
    ),
  sheetMissing: (sheets: string[]) =>
    hostMessage(
      'sheet-missing',
      'warning',
      `工作表“${sheets.join('”“')}”已不存在，其上的标注已跳过。`,
      `Sheet(s) "${sheets.join('", "')}" no longer exist; their annotations were skipped.`,
    ),
};
