// Reading sheets into Grids: values as a reviewer sees them, merged areas (or not, on old Excel), scopes, guard rails.

import { cellAt, type Grid } from '../../../src/core/grid';
import { parseA1 } from '../../../src/core/a1';
import type { ExcelRun } from '../../../src/hosts/excel';
import { excelCapabilities } from '../../../src/hosts/excel/capabilities';
import { isEditModeError } from '../../../src/hosts/excel/messages';
import { readSheets } from '../../../src/hosts/excel/read';
import { HostError } from '../../../src/hosts/host';
import { contractWorkbook, OTHER_SHEET, SHEET } from '../contract';
import { FakeWorkbookDoc } from './fake-excel';
import { docFromContract, excelHostOver, excelUnderTest, snapshot } from './helpers';

function at(g: Grid, ref: string) {
  const { row, col } = parseA1(ref);
  return cellAt(g, row, col);
}

/** Seed 003/000-style values: percentages, a date, an error, a boolean, numbers stored as text. */
function valuesDoc(api = '1.18'): FakeWorkbookDoc {
  const doc = new FakeWorkbookDoc(api);
  const s = doc.addSheet('部门整体绩效目标');
  const put = (ref: string, value: string | number | boolean, numberFormat?: string, error = false) => {
    const { row, col } = parseA1(ref);
    s.cells.set(`${row},${col}`, { value, numberFormat, error });
  };
  put('B2', '社保基金安全完整率');
  put('C2', 1, '0%');
  put('B3', '养老保险待遇社会化发放率');
  put('C3', 0.95, '0.00%');
  put('B4', '参保对象满意率');
  put('C4', 0.955, '0.0%"以上"');
  put('B5', '项目期限');
  put('C5', 44561, 'yyyy"年"m"月"d"日"');
  put('B6', '劳动能力鉴定人数');
  put('C6', 1500, '#,##0');
  put('B7', '成本');
  put('C7', '#N/A', 'General', true);
  put('B8', '是否按时');
  put('C8', true);
  put('B9', '指标值（文本）');
  put('C9', '#N/A');
  put('B10', '≥180人');
  doc.active = '部门整体绩效目标';
  return doc;
}

describe('values reach the Grid as the reviewer reads them', () => {
  test('percent formats give the displayed text, dates a Date, errors an error, text stays text', async () => {
    const ut = excelUnderTest(valuesDoc());
    const [g] = (await ut.host.read('active')).grids;
    expect(g.top).toBe(2);
    expect(g.left).toBe(2);
    expect(at(g, 'C2')).toBe('100%');
    expect(at(g, 'C3')).toBe('95.00%');
    expect(at(g, 'C4')).toBe('95.5%以上');
    expect(at(g, 'C5')).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(at(g, 'C6')).toBe(1500);
    expect(at(g, 'C7')).toEqual({ error: '#N/A' });
    expect(at(g, 'C8')).toBe(true);
    // The text "#N/A" typed by a person is text, not an error: valueTypes tells them apart.
    expect(at(g, 'C9')).toBe('#N/A');
    expect(at(g, 'B10')).toBe('≥180人');
    expect(at(g, 'C10')).toBeNull();
  });
});

describe('merged areas', () => {
  test('ExcelApi 1.13+: every merged area, in one read of three syncs (comments alone), non-anchor cells empty', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    // Excel returns '' for covered cells; a stale value there must still not reach the grid.
    doc.sheet(SHEET).cells.set('14,1', { value: '产出' });
    const ut = excelUnderTest(doc);
    const { grids, messages } = await ut.host.read('active');
    expect(ut.syncs.last).toBe(3);
    expect(messages).toEqual([]);
    expect(grids[0].merges).toHaveLength(17);
    expect(grids[0].mergesUnknown).toBeUndefined();
    expect(at(grids[0], 'A13')).toBe('产出');
    expect(at(grids[0], 'A14')).toBeNull();
  });

  test('ExcelApi 1.12 (before merged areas): mergesUnknown and a bilingual warning, no failing call', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.12'));
    const { grids, messages } = await ut.host.read('active');
    expect(ut.syncs.last).toBe(3);
    expect(grids[0].merges).toEqual([]);
    expect(grids[0].mergesUnknown).toBe(true);
    expect(messages.map((m) => m.code)).toEqual(['merges-unknown']);
    expect(messages[0]['zh-CN']).toContain('合并单元格');
    expect(messages[0]['en-US']).toContain('merged cells');
    expect(at(grids[0], 'D13')).toBe('劳动能力鉴定人数');
  });

  test('Office 2016 (ExcelApi 1.1): getUsedRange instead of the null-object form, no comments, no merges', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.1'));
    const { grids } = await ut.host.read('active');
    expect(grids[0].mergesUnknown).toBe(true);
    expect(at(grids[0], 'E13')).toBe(1500);
  });

  test('more than 512 merged areas: asked again in small bands, all of them found', async () => {
    const doc = new FakeWorkbookDoc('1.18');
    const s = doc.addSheet('项目汇总');
    // 600 projects, each with its name merged over two rows (a flat export with merged project cells).
    for (let p = 0; p < 600; p++) {
      const top = 2 + p * 2;
      s.cells.set(`${top},1`, { value: `社保经办大厅运转经费（${p + 1}）` });
      s.cells.set(`${top},2`, { value: '物业服务验收合格率' });
      s.cells.set(`${top + 1},2`, { value: '办公秩序保障率' });
      s.merges.push({ top, left: 1, bottom: top + 1, right: 1 });
    }
    doc.active = '项目汇总';
    const ut = excelUnderTest(doc);
    const { grids } = await ut.host.read('active');
    expect(grids[0].merges).toHaveLength(600);
    expect(grids[0].mergesUnknown).toBeUndefined();
    expect(ut.syncs.last).toBe(4);
  });
});

describe('scopes', () => {
  test('all: visible sheets only, not our findings sheet; four syncs (sheets listed first, comments alone)', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.addSheet('隐藏').visibility = 'Hidden';
    doc.addSheet('加载项数据').visibility = 'VeryHidden';
    const ut = excelUnderTest(doc);
    const { grids } = await ut.host.read('all');
    expect(grids.map((g) => g.sheet)).toEqual([SHEET, '说明']);
    expect(ut.syncs.last).toBe(4);
  });

  test('selection: the selected part of the used range only', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.selection = { sheet: SHEET, area: { top: 12, left: 3, bottom: 1_048_576, right: 5 } };
    const ut = excelUnderTest(doc);
    const [g] = (await ut.host.read('selection')).grids;
    expect([g.top, g.left, g.cells.length, g.cells[0].length]).toEqual([12, 3, 10, 3]);
    expect(at(g, 'D13')).toBe('劳动能力鉴定人数');
    expect(at(g, 'F13')).toBeNull();
  });

  test('several areas selected (Ctrl, 1.9+): the rectangle holding them is read, and the pane is told which', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.selection = {
      sheet: SHEET,
      area: { top: 12, left: 4, bottom: 14, right: 4 },
      more: [{ top: 15, left: 5, bottom: 20, right: 5 }],
    };
    const ut = excelUnderTest(doc);
    const { grids, messages } = await ut.host.read('selection');
    const [g] = grids;
    expect([g.top, g.left, g.cells.length, g.cells[0].length]).toEqual([12, 4, 9, 2]);
    expect(at(g, 'D13')).toBe('劳动能力鉴定人数');
    expect(messages.map((m) => m.code)).toEqual(['selection-areas']);
    expect(messages[0]['zh-CN']).toContain('D12:E20');
    expect(messages[0]['en-US']).toContain('2 areas');
  });

  test('whole columns selected: Excel writes them as C:E, read as the used part of those columns', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.selection = { sheet: SHEET, area: { top: 1, left: 3, bottom: 1_048_576, right: 5 } };
    const ut = excelUnderTest(doc);
    const { grids, messages } = await ut.host.read('selection');
    expect(messages).toEqual([]);
    expect([grids[0].left, grids[0].cells[0].length]).toEqual([3, 3]);
  });

  test('several areas selected before 1.9: getSelectedRange refuses (InvalidSelection), and the user is told why', async () => {
    const doc = docFromContract(contractWorkbook(), '1.8');
    doc.selection = {
      sheet: SHEET,
      area: { top: 12, left: 4, bottom: 14, right: 4 },
      more: [{ top: 15, left: 5, bottom: 20, right: 5 }],
    };
    const before = snapshot(doc);
    const ut = excelUnderTest(doc);
    const err = await ut.host.read('selection').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    const m = (err as HostError).hostMessage;
    expect([m.code, m.intent]).toEqual(['selection-not-one-range', 'error']);
    expect(m['zh-CN']).toContain('Ctrl');
    expect(m['en-US']).toContain('one block of cells');
    expect(snapshot(doc)).toEqual(before);
    // One area selected, the same Excel reads it.
    doc.selection = { sheet: SHEET, area: { top: 12, left: 4, bottom: 20, right: 5 } };
    expect((await ut.host.read('selection')).grids[0].cells).toHaveLength(9);
  });

  test('a blank sheet is an empty grid', async () => {
    const doc = new FakeWorkbookDoc('1.18');
    doc.addSheet('Sheet1');
    const ut = excelUnderTest(doc);
    const [g] = (await ut.host.read('active')).grids;
    expect(g).toEqual({ sheet: 'Sheet1', top: 1, left: 1, cells: [], merges: [] });
  });
});

describe('comments on read', () => {
  test('a comments API that fails (NotImplemented) leaves the read whole, with a warning', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    doc.commentsNotImplemented = true;
    const ut = excelUnderTest(doc);
    const { grids, messages } = await ut.host.read('all');
    expect(grids.map((g) => g.sheet)).toEqual([SHEET, OTHER_SHEET]);
    expect(at(grids[0], 'D13')).toBe('劳动能力鉴定人数');
    expect(messages.map((m) => m.code)).toEqual(['comments-unavailable']);
  });

  test('comments failing after their ids were read: the values are asked again without the locations', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    let syncs = 0;
    const run: ExcelRun = async (options, batch) => {
      const ctx = doc.context(options);
      const sync = ctx.sync.bind(ctx);
      ctx.sync = async () => {
        const n = ++syncs;
        await sync();
        if (n === 2) doc.commentsNotImplemented = true;
      };
      return batch(ctx as unknown as Excel.RequestContext);
    };
    const { host } = excelHostOver(doc, { run });
    const { grids, messages } = await host.read('active');
    expect(at(grids[0], 'D13')).toBe('劳动能力鉴定人数');
    // The comment index is only a shortcut for the next write, which finds (or fails on) the comments itself.
    expect(messages).toEqual([]);
    expect(syncs).toBe(4);
  });
});

describe('guard rails on read', () => {
  test('cell-edit mode: Excel.run asks to wait (delayForCellEdit), and the read runs once the user leaves the cell', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.editMode = true;
    const ut = excelUnderTest(doc);
    let settled = false;
    const read = ut.host.read('active').finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect([settled, doc.stats.delayedForCellEdit]).toEqual([false, 1]);
    doc.editMode = false;
    const { grids } = await read;
    expect(at(grids[0], 'D13')).toBe('劳动能力鉴定人数');
    expect(ut.syncs.options).toEqual([{ delayForCellEdit: true }]);
  });

  test('cell-edit mode where the flag is not honoured: InvalidOperationInCellEditMode is a bilingual HostError', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.editMode = true;
    doc.delayForCellEdit = false;
    const before = snapshot(doc);
    const ut = excelUnderTest(doc);
    const err = await ut.host.read('active').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).hostMessage.code).toBe('cell-edit-mode');
    expect((err as HostError).hostMessage['zh-CN']).toContain('Enter');
    expect(snapshot(doc)).toEqual(before);
  });

  test('a plain InvalidOperation is an ordinary Excel error, not cell-edit mode', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.sheet(OTHER_SHEET).visibility = 'Hidden';
    const ut = excelUnderTest(doc);
    const err = await ut.host.select(OTHER_SHEET, 'A1').catch((e: unknown) => e);
    expect((err as HostError).hostMessage.code).toBe('office-error');
    expect((err as HostError).hostMessage['en-US']).toContain('InvalidOperation');
    expect(isEditModeError({ code: 'InvalidOperation' })).toBe(false);
    expect(isEditModeError({ code: 'InvalidOperationInCellEditMode' })).toBe(true);
  });

  test('a used range over the cap: range-too-large before any value is read', async () => {
    const doc = docFromContract(contractWorkbook());
    const ctx = doc.context();
    const caps = excelCapabilities(doc.isSetSupported);
    const err = await readSheets(ctx as unknown as Excel.RequestContext, 'active', { caps, maxCells: 100 }).catch(
      (e: unknown) => e,
    );
    expect((err as HostError).hostMessage.code).toBe('range-too-large');
    expect((err as HostError).hostMessage['en-US']).toContain('126 cells');
    // Only the geometry sync ran; no response carried values.
    expect(doc.stats.syncs).toBe(1);
  });
});
