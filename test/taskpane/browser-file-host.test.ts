// The browser-file host on a real sample workbook: open, read, annotate through a plan, clear, select, settings.

import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { annotationPlan } from '../../src/core/annotate/plan';
import { formatLine } from '../../src/core/annotate/comments';
import { FILLS, LINE_PREFIX } from '../../src/core/annotate/types';
import { checkGrids } from '../../src/core/check';
import type { Finding } from '../../src/core/model';
import { compareSeverity } from '../../src/core/order';
import { createBrowserFileHost } from '../../src/hosts/browser-file';
import { readAnnotationState } from '../../src/hosts/file/annotate';
import { HostError } from '../../src/hosts/host';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'zaozhuang-2021-project-approval.xlsx');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function argb(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const c = fill.fgColor?.argb;
  return c ? `#${c.slice(-6).toUpperCase()}` : null;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((x) => x.text).join('');
}

describe('browser-file host', () => {
  const original = new Uint8Array(readFileSync(SAMPLE));

  test('before a file is open every workbook call is a bilingual HostError', async () => {
    const host = createBrowserFileHost();
    await expect(host.read('all')).rejects.toBeInstanceOf(HostError);
    await expect(host.clear()).rejects.toMatchObject({ hostMessage: { code: 'no-workbook', intent: 'error' } });
  });

  test('a file that is not a workbook is refused with the reader’s code and both languages', async () => {
    const host = createBrowserFileHost();
    const err = await host
      .open('说明.txt', new TextEncoder().encode('项目支出绩效目标批复表'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    const msg = (err as HostError).hostMessage;
    expect(msg.code).toBe('not-a-workbook');
    expect(msg['zh-CN']).toMatch(/不是 Excel 工作簿/);
    expect(msg['en-US']).toMatch(/^Not an Excel workbook/);
    expect(host.bytes()).toBeNull();
  });

  test('open → read → annotate(findings) writes fills and notes; clear restores the original fills and removes our notes', async () => {
    const host = createBrowserFileHost();
    const events: string[] = [];
    host.subscribe(() => events.push('change'));
    const opened = await host.open('zaozhuang-2021-project-approval.xlsx', original);
    expect(opened.grids.length).toBeGreaterThan(0);
    expect(host.activeSheet()).toBe(opened.grids[0].sheet);

    const all = await host.read('all');
    const active = await host.read('active');
    expect(active.grids.map((g) => g.sheet)).toEqual([opened.grids[0].sheet]);
    const { findings } = checkGrids(all.grids, { lang: 'zh-CN' });
    expect(findings.length).toBeGreaterThan(0);

    expect(await readAnnotationState(host.bytes() as Uint8Array)).toBeNull();
    // The cells the core's planner gives for these findings (merged areas anchored at their top-left).
    const plan = annotationPlan(findings, null);
    const progress: number[] = [];
    const applied = await host.annotate(findings, { onProgress: (f) => progress.push(f) });
    expect(applied.written.sort()).toEqual(plan.entries.map((e) => `${e.sheet}!${e.cell}`).sort());
    expect(progress).toEqual([0, 1]);
    expect((await readAnnotationState(host.bytes() as Uint8Array))?.cells).toHaveLength(plan.entries.length);

    const before = await load(original);
    const annotated = await load(host.bytes() as Uint8Array);
    const byCell = new Map<string, Finding[]>();
    for (const f of findings) byCell.set(`${f.sheet}!${f.cell}`, [...(byCell.get(`${f.sheet}!${f.cell}`) ?? []), f]);
    for (const [ref, list] of byCell) {
      const [sheet, cell] = [list[0].sheet, list[0].cell];
      const worst = [...list].sort(compareSeverity)[0].severity;
      const c = annotated.getWorksheet(sheet)!.getCell(cell);
      expect([ref, argb(c)]).toEqual([ref, FILLS[worst]]);
      const text = noteText(c);
      for (const f of list) expect(text).toContain(formatLine(f));
      expect(c.value).toEqual(before.getWorksheet(sheet)!.getCell(cell).value);
    }
    expect(host.annotatedFills().size).toBe(byCell.size);

    const cleared = await host.clear();
    expect(cleared.written.sort()).toEqual([...byCell.keys()].sort());
    expect(await readAnnotationState(host.bytes() as Uint8Array)).toBeNull();
    const after = await load(host.bytes() as Uint8Array);
    for (const list of byCell.values()) {
      const { sheet, cell } = list[0];
      const c = after.getWorksheet(sheet)!.getCell(cell);
      expect(argb(c)).toBe(argb(before.getWorksheet(sheet)!.getCell(cell)));
      expect(noteText(c)).not.toContain(LINE_PREFIX);
    }
    expect(host.annotatedFills().size).toBe(0);
    expect(events.length).toBeGreaterThanOrEqual(3);
  });

  test('select moves the preview to the sheet and cell; an unknown sheet is a HostError', async () => {
    const host = createBrowserFileHost();
    const opened = await host.open('a.xlsx', original);
    const last = opened.grids[opened.grids.length - 1].sheet;
    await host.select(last, 'B4');
    expect(host.activeSheet()).toBe(last);
    expect(host.selection()).toEqual({ sheet: last, cell: 'B4' });
    await expect(host.select('没有这个表', 'A1')).rejects.toMatchObject({ hostMessage: { code: 'sheet-not-found' } });
  });

  test('settings are kept as JSON for the page’s lifetime and reset when another file is opened', async () => {
    const host = createBrowserFileHost();
    await host.open('a.xlsx', original);
    const value = { thresholds: { satisfactionFloor: 90 } };
    await host.saveSetting('config', value);
    value.thresholds.satisfactionFloor = 10;
    expect(await host.loadSetting('config')).toEqual({ thresholds: { satisfactionFloor: 90 } });
    await host.open('b.xlsx', original);
    expect(await host.loadSetting('config')).toBeNull();
  });
});
