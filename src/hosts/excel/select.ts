// Click-to-go: activates a finding's sheet and selects its cell, in one sync.

import { HostError } from '../host';
import { messages, officeErrorCode, toHostError } from './messages';

export async function selectCell(ctx: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await ctx.sync();
  } catch (e) {
    if (officeErrorCode(e) === 'ItemNotFound') throw new HostError(messages.sheetMissing([sheet]));
    throw toHostError(e);
  }
}
