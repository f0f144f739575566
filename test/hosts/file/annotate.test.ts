// The file host's write side: annotated copies keep everything of the person's and clear gives the original back.
import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { promises as nodeFs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
// exceljs's own zip library (a dependency of exceljs): reads the notes part without exceljs's parser.
import JSZip from 'jszip';
import {
  annotateWorkbook,
  clearWorkbook,
  readAnnotationState,
  STATE_SHEET_NAME,
} from '../../../src/hosts/file/annotate';
import { loadWorkbook } from '../../oracle/exceljs-read';
import { AtomicWriteError, writeFileAtomic, type AtomicFs } from '../../../src/hosts/file/atomic';
import { FILLS } from '../../../src/core/annotate/types';
import { stripOurLines } from '../../../src/core/annotate/comments';
import type { Finding } from '../../../src/core/model';
import {
  ANNOTATED,
  buildSeed000,
  FINDINGS,
  OTHER_SHEET,
  PERSON_NOTE_D13,
  PERSON_NOTE_E15,
  PERSON_NOTE_G18,
  SHEET,
} from '../../core/annotate/seed000.workbook';

/** exceljs alone drops notes of empty unstyled cells on load; the host's loader keeps them, so views see them. */
const load = loadWorkbook;

/** The notes of the first sheet as the file stores them (ref → text), read straight from the zip. */
async function rawNotes(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
  const target = /Target="\.\.\/(comments\d*\.xml)"/.exec(rels)?.[1];
  if (!target) return {};
  const xml = await zip.file(`xl/${target}`)!.async('string');
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
    out[m[1]] = [...m[2].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('');
  }
  return out;
}

const ROWS = 24;
const COLS = 8;

interface CellView {
  value: unknown;
  formula: string | undefined;
  numFmt: unknown;
  font: unknown;
  border: unknown;
  alignment: unknown;
  protection: unknown;
  fill: unknown;
  note: unknown;
}

/** Everything of a sheet a person could see, cell by cell over the table's area, as plain data. */
function view(ws: ExcelJS.Worksheet) {
  const cells: Record<string, CellView> = {};
  for (let r = 1; r <= ROWS; r++) {
    for (let c = 1; c <= COLS; c++) {
      const cell = ws.getCell(r, c);
      cells[cell.address] = JSON.parse(
        JSON.stringify({
          value: cell.value,
          formula: cell.formula,
          numFmt: cell.numFmt,
          font: cell.font,
          border: cell.border,
          alignment: cell.alignment,
          protection: cell.protection,
          fill: cell.fill,
          note: cell.note,
        }),
      );
    }
  }
  const model = ws.model as { merges?: string[] };
  return {
    cells,
    merges: [...(model.merges ?? [])].sort(),
    widths: Array.from({ length: COLS }, (_, i) => ws.getColumn(i + 1).width ?? null),
    heights: Array.from({ length: ROWS }, (_, i) => ws.getRow(i + 1).height ?? null),
    protection: JSON.parse(JSON.stringify((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null)),
    state: ws.state,
  };
}

async function views(bytes: Uint8Array) {
  const wb = await load(bytes);
  const out: Record<string, ReturnType<typeof view>> = {};
  for (const ws of wb.worksheets) out[ws.name] = view(ws);
  return out;
}

function noteText(note: unknown): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
}

let original: Uint8Array;
let annotated: Uint8Array;

beforeAll(async () => {
  original = await buildSeed000();
  annotated = await annotateWorkbook(original, FINDINGS, { lang: 'zh-CN' });
});

describe('annotateWorkbook', () => {
  it("fills every finding's cell with its worst severity's colour and notes every message", async () => {
    const wb = await load(annotated);
    const ws = wb.getWorksheet(SHEET)!;
    const argb = (hex: string) => `FF${hex.slice(1)}`;
    const expectFill = (a: string, hex: string) =>
      expect(ws.getCell(a).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
    expectFill('A13', FILLS.error);
    for (const a of ['E15', 'E18', 'E19', 'F15']) expectFill(a, FILLS.warning);
    for (const a of ['E17', 'E20']) expectFill(a, FILLS.info);

    for (const f of FINDINGS) {
      const cell = f.cell === 'A14' ? 'A13' : f.cell;
      const text = noteText(ws.getCell(cell).note);
      const label = { error: '错误', warning: '警告', info: '提示' }[f.severity];
      expect(text).toContain(`【绩效审核·${label}】${f.message}（${f.ruleId}）`);
    }
    // Two findings of one cell: one note, two lines, ordered by rule id within a severity.
    const e15 = noteText(ws.getCell('E15').note).split('\n');
    expect(e15.slice(-2)).toEqual([
      '【绩效审核·警告】时效指标“管理任务按时完成”的指标值“按时”没有日期或期限（timeliness-vague）',
      '【绩效审核·警告】指标值“按时”无法衡量，请写明可衡量的标准（vague-target）',
    ]);
    // The finding inside the merged A13:A17 went to its top-left cell, not into the merge.
    expect(ws.getCell('A14').note).toBeUndefined();
  });

  it("changes no other cell's fill, and nothing else of any cell", async () => {
    const before = await views(original);
    const after = await views(annotated);
    expect(Object.keys(after).filter((n) => n !== STATE_SHEET_NAME)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      const b = before[name];
      const a = after[name];
      expect(a.merges).toEqual(b.merges);
      expect(a.widths).toEqual(b.widths);
      expect(a.heights).toEqual(b.heights);
      expect(a.protection).toEqual(b.protection);
      expect(a.state).toEqual(b.state);
      for (const addr of Object.keys(b.cells)) {
        const ours = name === SHEET && ANNOTATED.includes(addr);
        const { fill: fb, note: nb, ...restB } = b.cells[addr];
        const { fill: fa, note: na, ...restA } = a.cells[addr];
        expect({ addr, ...restA }).toEqual({ addr, ...restB });
        if (!ours) {
          expect({ addr, fill: fa }).toEqual({ addr, fill: fb });
          expect({ addr, note: na }).toEqual({ addr, note: nb });
        }
      }
    }
    // E13 shared its yellow style with E15 and E18: it is still yellow.
    expect(after[SHEET].cells.E13.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(after[OTHER_SHEET].cells.A1.fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    });
    // The formula and its cached result survive on an annotated cell.
    expect(after[SHEET].cells.E17.value).toEqual({ formula: 'B8', result: 14 });
  });

  it("keeps a person's notes: their runs first, byte for byte, ours below", async () => {
    const ws = (await load(annotated)).getWorksheet(SHEET)!;
    const e15 = ws.getCell('E15').note as ExcelJS.Comment;
    expect(e15.texts!.slice(0, 2)).toEqual(PERSON_NOTE_E15.texts);
    expect(stripOurLines(noteText(e15))).toBe(noteText(PERSON_NOTE_E15));
    expect(ws.getCell('D13').note).toBe(PERSON_NOTE_D13);
    // exceljs (a reader only here) does not attach a note to a cell without a <c> element, so the empty cell's note
    // is checked in the file itself: the file holds the person's notes, including the empty cell's.
    const raw = await rawNotes(annotated);
    expect(raw.G18).toBe(PERSON_NOTE_G18);
    expect(raw.D13).toBe(PERSON_NOTE_D13);
    expect(Object.keys(raw).sort()).toEqual([...ANNOTATED, 'D13', 'G18'].sort());
  });

  it('stores the original fills in a very hidden sheet', async () => {
    const wb = await load(annotated);
    expect(wb.getWorksheet(STATE_SHEET_NAME)!.state).toBe('veryHidden');
    const state = await readAnnotationState(annotated);
    const byCell = new Map(state!.cells.map((c) => [c.cell, c]));
    expect([...byCell.keys()].sort()).toEqual([...ANNOTATED].sort());
    expect(byCell.get('E15')!.originalFill).toBe('#FFFF00');
    expect(byCell.get('F15')!.originalFill).toBeNull();
    // The theme colour has no '#RRGGBB'; its exact form (the fill's XML) and the cell's own format are kept beside it.
    const e20 = JSON.parse(byCell.get('E20')!.hostFill!) as { xlsx: { fill: string; s: string | null } };
    expect(e20.xlsx.fill).toMatch(/<patternFill patternType="solid"><fgColor theme="5" tint="0\.5999938962981048"\/>/);
    expect(e20.xlsx.s).toMatch(/^\d+$/);
  });

  it('annotating twice gives the same workbook as annotating once', async () => {
    const twice = await annotateWorkbook(annotated, FINDINGS, { lang: 'zh-CN' });
    expect(await views(twice)).toEqual(await views(annotated));
    expect(await readAnnotationState(twice)).toEqual(await readAnnotationState(annotated));
    const ws = (await load(twice)).getWorksheet(SHEET)!;
    expect(noteText(ws.getCell('E15').note).match(/【绩效审核·/g)).toHaveLength(2);
  });

  it('re-annotating with fewer findings restores the dropped cells', async () => {
    const fewer = FINDINGS.filter((f) => !['E15', 'E20', 'F15'].includes(f.cell));
    const again = await annotateWorkbook(annotated, fewer, { lang: 'zh-CN' });
    const before = await views(original);
    const after = await views(again);
    for (const a of ['E15', 'E20', 'F15']) {
      expect({ a, fill: after[SHEET].cells[a].fill }).toEqual({ a, fill: before[SHEET].cells[a].fill });
      expect({ a, note: after[SHEET].cells[a].note }).toEqual({ a, note: before[SHEET].cells[a].note });
    }
    expect(noteText(after[SHEET].cells.E18.note)).toContain('（vague-target）');
    const state = await readAnnotationState(again);
    expect(state!.cells.map((c) => c.cell).sort()).toEqual(['A13', 'E17', 'E18', 'E19']);
  });

  it('respects a fill a person set after our run', async () => {
    const wb = await load(annotated);
    const green: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    const e18 = wb.getWorksheet(SHEET)!.getCell('E18');
    e18.style = { ...e18.style, fill: green };
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cleared = await clearWorkbook(edited);
    expect((await views(cleared))[SHEET].cells.E18.fill).toEqual(green);
  });
});

describe('stored state', () => {
  it('survives chunking over many cells with non-BMP sheet names', async () => {
    const wb = new ExcelJS.Workbook();
    const name = '附表𠮷六安市养老保险基金管理中心';
    const ws = wb.addWorksheet(name);
    const findings: Finding[] = [];
    for (let r = 1; r <= 600; r++) {
      for (let c = 1; c <= 3; c++) {
        const cell = ws.getCell(r, c);
        cell.value = '较高';
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
        findings.push({
          ruleId: 'vague-target',
          severity: 'warning',
          sheet: name,
          cell: cell.address,
          related: [],
          message: '指标值“较高”无法衡量',
          messageId: 'vague-target',
          data: {},
        });
      }
    }
    const bytes = await annotateWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), findings, {
      lang: 'zh-CN',
    });
    const stateSheet = (await load(bytes)).getWorksheet(STATE_SHEET_NAME)!;
    expect(stateSheet.getCell('A3').value).toEqual(expect.any(String)); // more than one chunk
    const state = await readAnnotationState(bytes);
    expect(state!.cells).toHaveLength(1800);
    expect(state!.cells.every((c) => c.sheet === name && c.originalFill === '#00B050')).toBe(true);
    const cleared = await load(await clearWorkbook(bytes));
    expect(cleared.getWorksheet(name)!.getCell('C600').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF00B050' },
    });
  });

  it("ignores findings on the product's own sheets of an earlier run", async () => {
    const withSummary = await annotateWorkbook(original, FINDINGS, { lang: 'zh-CN', summarySheet: true });
    const onSummary: Finding = { ...FINDINGS[0], sheet: '审核结果', cell: 'E2' };
    const again = await annotateWorkbook(withSummary, [...FINDINGS, onSummary], { lang: 'zh-CN', summarySheet: true });
    const sheet = (await load(again)).getWorksheet('审核结果')!;
    expect(sheet.rowCount).toBe(1 + FINDINGS.length);
    expect(sheet.getCell('E2').note).toBeUndefined();
  });
});

describe('clearWorkbook', () => {
  it('gives back the original fills, notes and sheets exactly', async () => {
    const cleared = await clearWorkbook(annotated);
    expect(await views(cleared)).toEqual(await views(original));
    const wb = await load(cleared);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, OTHER_SHEET]);
    expect(await readAnnotationState(cleared)).toBeNull();
    const ws = wb.getWorksheet(SHEET)!;
    expect((ws.getCell('E15').note as ExcelJS.Comment).texts).toEqual(PERSON_NOTE_E15.texts);
    expect(ws.getCell('F15').note).toBeUndefined();
    expect(await rawNotes(cleared)).toEqual(await rawNotes(original));
    expect(Object.keys(await rawNotes(cleared)).sort()).toEqual(['D13', 'E15', 'G18']);
  });

  it('still removes our notes and fills when the stored state was lost', async () => {
    const wb = await load(annotated);
    wb.removeWorksheet(wb.getWorksheet(STATE_SHEET_NAME)!.id);
    const lost = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cleared = await views(await clearWorkbook(lost));
    const before = await views(original);
    for (const a of ANNOTATED)
      expect({ a, note: cleared[SHEET].cells[a].note }).toEqual({ a, note: before[SHEET].cells[a].note });
    // Cells that had no fill get none back; without the state, a cell's earlier colour is unknown: ours goes.
    for (const a of ['A13', 'E17', 'E19', 'F15'])
      expect({ a, fill: cleared[SHEET].cells[a].fill }).toEqual({ a, fill: before[SHEET].cells[a].fill });
    expect(cleared[SHEET].cells.E15.fill).toEqual({ type: 'pattern', pattern: 'none' });
  });

  it('leaves a workbook the product never touched as it was', async () => {
    expect(await views(await clearWorkbook(original))).toEqual(await views(original));
  });
});

describe('summary sheet', () => {
  const formulaLike: Finding[] = ['=SUM(E13:E14)', '+1500', '-4', '@劳动能力鉴定人数'].map((message, i) => ({
    ruleId: 'placeholder',
    severity: 'error',
    sheet: SHEET,
    cell: `D${13 + i}`,
    related: [],
    message,
    messageId: 'placeholder',
    data: {},
  }));

  it('is off by default', async () => {
    const wb = await load(annotated);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, OTHER_SHEET, STATE_SHEET_NAME]);
  });

  it('lists every finding as text, never as a formula, and clear removes it', async () => {
    const bytes = await annotateWorkbook(original, [...FINDINGS, ...formulaLike], {
      lang: 'zh-CN',
      summarySheet: true,
    });
    const wb = await load(bytes);
    const sheet = wb.getWorksheet('审核结果')!;
    expect(sheet).toBeDefined();
    expect(sheet.getRow(1).values).toEqual([undefined, '严重程度', '规则', '工作表', '单元格', '说明']);
    expect(sheet.rowCount).toBe(1 + FINDINGS.length + formulaLike.length);
    const messages: string[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      for (let c = 1; c <= 5; c++) {
        const cell = row.getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }
      messages.push(String(row.getCell(5).value));
    });
    for (const f of formulaLike) expect(messages).toContain(f.message);
    // Sheet, row, column order: D13 (row 13) first, A14 before D14; the finding's own cell is listed.
    expect([2, 3, 4].map((r) => sheet.getCell(r, 4).value)).toEqual(['D13', 'A14', 'D14']);
    expect(sheet.getCell('A2').value).toBe('错误');
    expect(sheet.getCell('E2').value).toBe('=SUM(E13:E14)');

    const cleared = await clearWorkbook(bytes);
    expect((await load(cleared)).worksheets.map((w) => w.name)).toEqual([SHEET, OTHER_SHEET]);
  });

  it("never takes or removes a person's sheet of the same name", async () => {
    const wb = await load(original);
    wb.addWorksheet('审核结果').getCell('A1').value = '科室自查记录';
    const mine = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const bytes = await annotateWorkbook(mine, FINDINGS, { lang: 'en-US', summarySheet: true });
    const names = (await load(bytes)).worksheets.map((w) => w.name);
    expect(names).toEqual([SHEET, OTHER_SHEET, '审核结果', 'Review results', STATE_SHEET_NAME]);
    const again = await annotateWorkbook(bytes, FINDINGS, { lang: 'zh-CN', summarySheet: true });
    expect((await load(again)).worksheets.map((w) => w.name)).toEqual([
      SHEET,
      OTHER_SHEET,
      '审核结果',
      '审核结果 (2)',
      STATE_SHEET_NAME,
    ]);
    const cleared = await load(await clearWorkbook(again));
    expect(cleared.worksheets.map((w) => w.name)).toEqual([SHEET, OTHER_SHEET, '审核结果']);
    expect(cleared.getWorksheet('审核结果')!.getCell('A1').value).toBe('科室自查记录');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ic-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const realFs: AtomicFs = {
    open: (f, flags, mode) => nodeFs.open(f, flags, mode),
    rename: (a, b) => nodeFs.rename(a, b),
    unlink: (f) => nodeFs.unlink(f),
  };

  it('writes the whole file under the final name and leaves no temporary file', async () => {
    const target = path.join(dir, '绩效目标表.xlsx');
    await writeFileAtomic(target, annotated);
    expect(Buffer.compare(await readFile(target), Buffer.from(annotated))).toBe(0);
    expect(await readdir(dir)).toEqual(['绩效目标表.xlsx']);
  });

  it('a write that fails half way (disk full) leaves nothing under the final name', async () => {
    const target = path.join(dir, 'out.xlsx');
    const failing: AtomicFs = {
      ...realFs,
      open: async (f, flags, mode) => {
        const h = await nodeFs.open(f, flags, mode);
        return {
          writeFile: async (data: Uint8Array) => {
            await h.writeFile(data.subarray(0, Math.floor(data.length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          sync: () => h.sync(),
          close: () => h.close(),
        };
      },
    };
    const err = await writeFileAtomic(target, annotated, failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect(err).toMatchObject({ code: 'ENOSPC', stage: 'write', path: target });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a refused write (permission denied) leaves nothing, and an older file stays whole', async () => {
    const target = path.join(dir, 'out.xlsx');
    await writeFile(target, original);
    const denied: AtomicFs = {
      ...realFs,
      open: async () => {
        throw Object.assign(new Error(`EACCES: permission denied, open '${dir}'`), { code: 'EACCES' });
      },
    };
    await expect(writeFileAtomic(target, annotated, denied)).rejects.toMatchObject({ code: 'EACCES', stage: 'open' });
    const renameFails: AtomicFs = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
      },
    };
    await expect(writeFileAtomic(target, annotated, renameFails)).rejects.toMatchObject({
      code: 'EXDEV',
      stage: 'rename',
    });
    expect(await readdir(dir)).toEqual(['out.xlsx']);
    expect(Buffer.compare(await readFile(target), Buffer.from(original))).toBe(0);
  });

  it('fails cleanly on a real error: a missing folder, and a folder in the way of the final name', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'out.xlsx'), annotated)).rejects.toMatchObject({
      code: 'ENOENT',
      stage: 'open',
    });
    const inTheWay = path.join(dir, 'out.xlsx');
    await mkdir(inTheWay);
    await writeFile(path.join(inTheWay, 'keep.txt'), 'x');
    await expect(writeFileAtomic(inTheWay, annotated)).rejects.toBeInstanceOf(AtomicWriteError);
    expect((await readdir(dir)).sort()).toEqual(['out.xlsx']);
    expect(await readdir(inTheWay)).toEqual(['keep.txt']);
  });
});
