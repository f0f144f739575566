// Click-to-go: activates a finding's sheet and selects its cell, in one sync.

import { HostError } from '../host';
import { messages, officeErrorCode, toHostError } from './messages';

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === 'ItemNotFound') throw new HostError(messages.sheetMissing([sheet]));
    throw toHostError(e);
  }
}
