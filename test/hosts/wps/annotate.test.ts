// The WPS host's write side beyond the contract: exact fills, a person's later changes, lost records, merged cells,
// the state sheet (chunks, placement, structure protection, a person's sheet of that name), rollback, settings, and
// WPS as some builds are reported to behave: strings cut at 255 characters, the author's name before a new comment.

import { annotationPlan } from '../../../src/core/annotate/plan';
import { FILLS } from '../../../src/core/annotate/types';
import { formatLine, mergeComment } from '../../../src/core/annotate/comments';
import type { Finding, Severity } from '../../../src/core/model';
import { mappingFromSettingsJson } from '../../../src/hosts/stored-settings';
import { HostError, type Host } from '../../../src/hosts/host';
import { annotationPort, piecesOf, splitWpsComment, type WpsSnapshot } from '../../../src/hosts/wps/annotate';
import { planAnnotations } from '../../../src/core/annotate/port';
import { hexToWps } from '../../../src/hosts/wps/color';
import { CHUNK, chunksOf, STATE_MARKER, STATE_SHEET_NAME, SETTINGS_SHEET_NAME } from '../../../src/hosts/wps/store';
import { CONTRACT_FINDINGS, contractWorkbook, OTHER_SHEET, PERSON_COMMENT_E15, SHEET } from '../contract';
import type { FakeSheetModel, FakeWps, FakeWpsOptions } from '../../fakes/wps';
import { fakeFromContract, wpsUnderTest } from './helpers';

const YELLOW = '#FFFF00';
/** xlPatternGray16, with a red pattern colour: a fill '#RRGGBB' alone cannot express. */
const GRAY16 = 17;

function setup(options: FakeWpsOptions = {}) {
  const ut = wpsUnderTest(fakeFromContract(contractWorkbook()), options);
  const cell = (ref: string, sheet = SHEET) => ut.wps.sheet(sheet).cells[ref];
  const apply = async (findings: readonly Finding[] = CONTRACT_FINDINGS) => ut.host.annotate(findings);
  return { ...ut, cell, apply };
}

async function hostError(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error('expected a HostError');
}

function stateSheet(wps: FakeWps) {
  return wps.workbook?.sheets.find((s) => s.name === STATE_SHEET_NAME);
}

/** Column A of a record sheet from A2 down, as the file host and this host read it. */
function chunksIn(sheet: FakeSheetModel): string[] {
  const out: string[] = [];
  for (let r = 2; typeof sheet.cells[`A${r}`]?.value === 'string'; r++) out.push(sheet.cells[`A${r}`].value as string);
  return out;
}

describe('fills', () => {
  test('a patterned fill a person set is put back exactly, pattern and pattern colour included', async () => {
    const t = setup();
    t.cell('E18').interior = { pattern: GRAY16, color: hexToWps(YELLOW), patternColor: hexToWps('#FF0000') };
    await t.apply();
    expect(t.cell('E18').interior).toEqual({
      pattern: 1,
      color: hexToWps(FILLS.warning),
      patternColor: hexToWps('#FF0000'),
    });
    const state = await t.inspect.state();
    expect(state?.cells.find((c) => c.cell === 'E18')).toMatchObject({
      originalFill: YELLOW,
      hostFill: expect.any(String),
    });
    await t.host.clear();
    expect(t.cell('E18').interior).toEqual({
      pattern: GRAY16,
      color: hexToWps(YELLOW),
      patternColor: hexToWps('#FF0000'),
    });
  });

  test("a person's recolouring after our run is theirs: clear leaves it", async () => {
    const t = setup();
    await t.apply();
    t.cell('E17').interior = { pattern: 1, color: hexToWps('#92D050'), patternColor: 0 };
    await t.host.clear();
    expect(t.cell('E17').interior?.color).toBe(hexToWps('#92D050'));
    expect(t.cell('E17').comment).toBeUndefined();
  });

  test('re-annotating a cell a person recoloured records their colour as the one to restore', async () => {
    const t = setup();
    await t.apply();
    t.cell('E15').interior = { pattern: 1, color: hexToWps('#92D050'), patternColor: 0 };
    await t.apply();
    expect(t.cell('E15').interior?.color).toBe(hexToWps(FILLS.warning));
    await t.host.clear();
    expect(t.cell('E15').interior?.color).toBe(hexToWps('#92D050'));
  });
});

describe('the annotation record', () => {
  test('kept on a very hidden sheet after the last sheet, in the file host format; the active sheet stays', async () => {
    const t = setup();
    t.wps.workbook!.active = OTHER_SHEET;
    await t.apply();
    const sheets = t.wps.workbook!.sheets;
    expect(sheets.map((s) => s.name)).toEqual([SHEET, OTHER_SHEET, STATE_SHEET_NAME]);
    expect(sheets[2].visible).toBe(2);
    expect(t.wps.workbook!.active).toBe(OTHER_SHEET);
    expect(sheets[2].cells.A1.value).toBe(STATE_MARKER);
    const stored = JSON.parse(chunksIn(sheets[2]).join('')) as { product: string; state: { cells: unknown[] } };
    expect(stored).toMatchObject({ product: 'indicator-checker', version: 1, summarySheet: null });
    expect(stored.state.cells).toHaveLength(4);
    // Application state is left as it was found.
    expect(t.wps.displayAlerts).toBe(true);
    expect(t.wps.screenUpdating).toBe(true);
  });

  test('a record longer than one cell holds is cut into chunks, none of which starts like a formula', async () => {
    const t = setup();
    const many: Finding[] = [];
    for (let row = 30; row < 330; row++) {
      many.push({
        ruleId: 'vague-target',
        severity: 'warning',
        sheet: SHEET,
        cell: `E${row}`,
        related: [],
        message: '指标值“是”无法衡量，请写明可衡量的标准',
        messageId: 'vague-target',
        data: {},
      });
    }
    // A person's fill whose hostFill JSON puts '-' and '=' characters all through the record.
    for (let row = 30; row < 330; row++) if (!t.cell(`E${row}`)) t.wps.sheet(SHEET).cells[`E${row}`] = {};
    for (let row = 30; row < 330; row++) {
      t.wps.sheet(SHEET).cells[`E${row}`].interior = { pattern: GRAY16, color: 65535, patternColor: 255 };
    }
    await t.apply(many);
    const chunks = Object.entries(stateSheet(t.wps)!.cells)
      .filter(([ref]) => ref !== 'A1')
      .map(([, c]) => c.value);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(String(c)).toMatch(/^[^=+\-@]/);
    expect((await t.inspect.state())?.cells).toHaveLength(300);
    await t.host.clear();
    expect(t.cell('E200').interior).toEqual({ pattern: GRAY16, color: 65535, patternColor: 255 });
  });

  test('chunksOf cuts before, never at, a character that would start a formula; no chunk is longer than asked', () => {
    for (const size of [CHUNK, 30_000]) {
      const value = { s: `${'x'.repeat(size - 10)}==--++@@${'y'.repeat(100)}` };
      const chunks = chunksOf(value, size);
      expect(chunks.join('')).toBe(JSON.stringify(value));
      for (const c of chunks) expect(c).toMatch(/^[^=+\-@]/);
      for (const c of chunks) expect(c.length).toBeLessThanOrEqual(size);
    }
    expect(CHUNK).toBe(255);
  });

  test('a lost record: our comments still show where we wrote, and clear removes them', async () => {
    const t = setup();
    await t.apply();
    t.wps.workbook!.sheets = t.wps.workbook!.sheets.filter((s) => s.name !== STATE_SHEET_NAME);
    // The cells that carry our lines without a record are claimed and cleared.
    const cleared = await t.host.clear();
    expect(cleared.written.sort()).toEqual(['E15', 'E17', 'E18', 'E20'].map((c) => `${SHEET}!${c}`));
    for (const ref of ['E15', 'E17', 'E18', 'E20']) expect(t.cell(ref).interior).toBeUndefined();
    expect(t.cell('E15').comment?.text).toBe(PERSON_COMMENT_E15.text);
    expect(t.cell('E17').comment).toBeUndefined();
  });

  test("a person's sheet named like ours is never touched: a bilingual HostError, nothing written", async () => {
    const t = setup();
    const theirs = { ...t.wps.sheet(OTHER_SHEET), name: STATE_SHEET_NAME, cells: { A1: { value: '我的笔记' } } };
    t.wps.workbook!.sheets.push(theirs);
    const before = t.inspect.snapshot();
    const err = await hostError(t.host.annotate(CONTRACT_FINDINGS));
    expect(err.hostMessage.code).toBe('state-sheet-conflict');
    expect(err.hostMessage['zh-CN']).toContain(STATE_SHEET_NAME);
    expect(t.inspect.snapshot()).toEqual(before);
  });

  test('a protected workbook structure: refused before any write; a clear still works', async () => {
    const t = setup();
    t.wps.workbook!.protectStructure = true;
    const before = t.inspect.snapshot();
    const err = await hostError(t.apply());
    expect(err.hostMessage.code).toBe('workbook-structure-protected');
    expect(t.inspect.snapshot()).toEqual(before);

    t.wps.workbook!.protectStructure = false;
    await t.apply();
    t.wps.workbook!.protectStructure = true;
    await t.host.clear();
    expect(t.cell('E17').interior?.color).toBe(hexToWps(YELLOW));
    expect(await t.inspect.state()).toBeNull();
    // The sheet could not go; it is left holding only its marker.
    expect(
      Object.keys(stateSheet(t.wps)!.cells).filter((r) => stateSheet(t.wps)!.cells[r].value !== undefined),
    ).toEqual(['A1']);
  });
});

describe('cells', () => {
  test("a finding inside a merged area is written on the area's top-left cell", async () => {
    const t = setup();
    const inMerge: Finding = {
      ruleId: 'unknown-level2',
      severity: 'error',
      sheet: SHEET,
      cell: 'B15',
      related: [],
      message: '二级指标“项目产出”不在 2021 年指标体系中',
      messageId: 'unknown-level2',
      data: {},
    };
    const result = await t.apply([inMerge]);
    expect(result.written).toEqual([`${SHEET}!B13`]);
    expect(t.cell('B13').comment?.text).toBe(formatLine(inMerge));
    expect(t.cell('B15')?.comment).toBeUndefined();
  });

  test('a WPS failure half way: everything written is undone and the error says so', async () => {
    const t = setup();
    const before = t.inspect.snapshot();
    t.wps.fault = (op, sheet, ref) => {
      if (op === 'AddComment' && ref === 'E20') throw new Error('RPC 调用失败');
    };
    const err = await hostError(t.apply());
    expect(err.hostMessage.code).toBe('write-failed');
    expect(err.hostMessage['zh-CN']).toContain('RPC 调用失败');
    expect(t.inspect.snapshot()).toEqual(before);
    expect(await t.inspect.state()).toBeNull();
  });

  test('a state naming a deleted sheet: a warning, the other cells are cleared', async () => {
    const t = setup();
    const other: Finding = { ...CONTRACT_FINDINGS[0], sheet: OTHER_SHEET, cell: 'A2' };
    await t.apply([...CONTRACT_FINDINGS, other]);
    t.wps.workbook!.sheets = t.wps.workbook!.sheets.filter((s) => s.name !== OTHER_SHEET);
    const result = await t.host.clear();
    expect(result.messages.map((m) => m.code)).toEqual(['sheet-missing']);
    expect(result.messages[0]['zh-CN']).toContain(OTHER_SHEET);
    expect(t.cell('E17').interior?.color).toBe(hexToWps(YELLOW));
  });

  test('progress reaches 1', async () => {
    const t = setup();
    const seen: number[] = [];
    await t.host.annotate(CONTRACT_FINDINGS, { onProgress: (f) => seen.push(f) });
    expect(seen[seen.length - 1]).toBe(1);
  });
});

describe('settings', () => {
  test('several keys on their own very hidden sheet; a read-only workbook refuses to save one', async () => {
    const t = setup();
    const host: Host = t.host;
    await host.saveSetting('config', { profile: 'project-2021', satisfactionFloor: 80 });
    await host.saveSetting('mapping', [{ sheet: SHEET, headerRow: 12 }]);
    expect(await host.loadSetting('config')).toEqual({ profile: 'project-2021', satisfactionFloor: 80 });
    expect(await host.loadSetting('mapping')).toEqual([{ sheet: SHEET, headerRow: 12 }]);
    const sheet = t.wps.workbook!.sheets.find((s) => s.name === SETTINGS_SHEET_NAME);
    expect(sheet?.visible).toBe(2);
    expect(t.wps.workbook!.active).toBe(SHEET);
    t.inspect.setReadOnly();
    const err = await hostError(host.saveSetting('config', {}));
    expect(err.hostMessage.code).toBe('workbook-read-only');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// WPS as some builds are reported to behave.

/** A finding whose comment line is long: `n` characters of message. */
function longFinding(cell: string, ruleId: string, severity: Severity, n: number): Finding {
  const message = `指标值“是”无法衡量，请写明可衡量的标准${'，并说明测算依据'.repeat(n)}`.slice(0, n);
  return { ruleId, severity, sheet: SHEET, cell, related: [], message, messageId: ruleId, data: {} };
}

/** Three findings on E16 (no comment yet) and three on E17 (a person's long comment): each cell's lines > 255. */
const LONG_FINDINGS: Finding[] = ['E16', 'E17'].flatMap((cell) => [
  longFinding(cell, 'vague-target', 'warning', 120),
  longFinding(cell, 'missing-unit', 'error', 110),
  longFinding(cell, 'satisfaction-range', 'info', 100),
]);

/** A person's comment longer than 255 characters, under their name, CRLF and a trailing space included. */
const LONG_PERSON_COMMENT = `王会计:\r\n${'测算依据：专家劳务费 14 万元，异地鉴定交通费 1 万元。'.repeat(12)}\r\n请复核。 `;

/** The lines the plan gives a cell. */
function linesFor(findings: readonly Finding[], cell: string): string[] {
  return annotationPlan(findings, null).entries.find((e) => e.cell === cell)?.lines ?? [];
}

/** Many cells annotated with a person's patterned fill each: a record of many chunks. */
function manyFindings(t: ReturnType<typeof setup>): Finding[] {
  const many: Finding[] = [];
  for (let row = 30; row < 330; row++) {
    many.push({ ...CONTRACT_FINDINGS[1], cell: `E${row}` });
    t.wps.sheet(SHEET).cells[`E${row}`] = { interior: { pattern: GRAY16, color: 65535, patternColor: 255 } };
  }
  return many;
}

describe('strings cut at 255 characters', () => {
  const CUT: FakeWpsOptions = { cutStringsAt: 255 };

  test('the fake cuts what it is given, as those builds are reported to', () => {
    const t = setup(CUT);
    const ws = t.wps.app.ActiveWorkbook!.ActiveSheet;
    ws.Range('H1').AddComment('字'.repeat(300));
    expect(t.cell('H1').comment?.text).toHaveLength(255);
    ws.Range('H2').NumberFormat = '@';
    ws.Range('H2').Value2 = 'x'.repeat(300);
    expect(String(t.cell('H2').value)).toHaveLength(255);
  });

  test('pieces are at most 255 characters and never split a character outside the BMP', () => {
    const text = `${'x'.repeat(254)}😀${'y'.repeat(300)}`;
    const pieces = piecesOf(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(255);
    expect(pieces[0]).toBe('x'.repeat(254));
    expect(pieces[1].startsWith('😀')).toBe(true);
  });

  test("long comments are written whole in pieces; a person's long comment is kept byte for byte and given back", async () => {
    const t = setup(CUT);
    t.cell('E17').comment = { text: LONG_PERSON_COMMENT, author: '王会计' };
    expect(LONG_PERSON_COMMENT.length).toBeGreaterThan(255);
    await t.apply(LONG_FINDINGS);
    const e16 = linesFor(LONG_FINDINGS, 'E16');
    expect(e16.join('\n').length).toBeGreaterThan(255);
    expect(t.cell('E16').comment?.text).toBe(e16.join('\n'));
    expect(t.cell('E17').comment?.text).toBe(mergeComment(LONG_PERSON_COMMENT, linesFor(LONG_FINDINGS, 'E17')));

    const once = t.inspect.snapshot();
    await t.apply(LONG_FINDINGS);
    expect(t.inspect.snapshot()).toEqual(once);

    await t.host.clear();
    expect(t.cell('E16').comment).toBeUndefined();
    expect(t.cell('E17').comment?.text).toBe(LONG_PERSON_COMMENT);
    expect(t.cell('E17').interior?.color).toBe(hexToWps(YELLOW));
  });

  test('the record goes in cells of at most 255 characters and reads back whole; clear gives every fill back', async () => {
    const t = setup(CUT);
    await t.apply(manyFindings(t));
    const chunks = chunksIn(stateSheet(t.wps)!);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(255);
    expect((await t.inspect.state())?.cells).toHaveLength(300);
    await t.host.clear();
    expect(t.cell('E200').interior).toEqual({ pattern: GRAY16, color: 65535, patternColor: 255 });
    expect(stateSheet(t.wps)).toBeUndefined();
  });

  test('settings longer than a cell round trip, and the CLI reads them from the saved chunks', async () => {
    const t = setup(CUT);
    const mapping = Array.from({ length: 40 }, (_, i) => ({
      sheet: `批复表（第 ${i + 1} 册）`,
      headerRow: 12 + i,
      columns: { value: 'E', unit: 'F', level3: 'C' },
    }));
    await t.host.saveSetting('mapping', mapping);
    await t.host.saveSetting('config', { profile: 'project-2021', satisfactionFloor: 80 });
    const sheet = t.wps.workbook!.sheets.find((x) => x.name === SETTINGS_SHEET_NAME)!;
    const chunks = chunksIn(sheet);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(255);
    expect(await t.host.loadSetting('mapping')).toEqual(mapping);
    expect(await t.host.loadSetting('config')).toEqual({ profile: 'project-2021', satisfactionFloor: 80 });
    expect(mappingFromSettingsJson(chunks.join(''))).toEqual(mapping);
    const reopened = await t.inspect.reopen();
    expect(await reopened.host.loadSetting('mapping')).toEqual(mapping);
  });

  test('a record written in 30 000-character chunks (the CLI, earlier versions) still reads and clears', async () => {
    const t = setup(CUT);
    await t.apply(manyFindings(t));
    const sheet = stateSheet(t.wps)!;
    const json = chunksIn(sheet).join('');
    const old = chunksOf(JSON.parse(json), 30_000);
    expect(old.length).toBeGreaterThan(1);
    expect(old[0].length).toBe(30_000);
    sheet.cells = { A1: { value: STATE_MARKER, numberFormat: '@' } };
    old.forEach((c, i) => (sheet.cells[`A${i + 2}`] = { value: c, numberFormat: '@' }));
    expect((await t.inspect.state())?.cells).toHaveLength(300);
    await t.host.clear();
    expect(t.cell('E30').interior).toEqual({ pattern: GRAY16, color: 65535, patternColor: 255 });
    expect(t.cell('E30').comment).toBeUndefined();
  });

  test('a WPS that keeps even fewer characters: the comment is read back, the run undone and the cell named', async () => {
    const t = setup({ cutStringsAt: 100 });
    const before = t.inspect.snapshot();
    const err = await hostError(t.apply(LONG_FINDINGS));
    expect(err.hostMessage.code).toBe('comment-cut');
    expect(err.hostMessage['zh-CN']).toMatch(/批复表!E1[67]/);
    expect(err.hostMessage['en-US']).toContain('undone');
    expect(t.inspect.snapshot()).toEqual(before);
    expect(await t.inspect.state()).toBeNull();
  });

  test('a record WPS does not keep whole is read back and reported, never taken for saved', async () => {
    const t = setup({ cutStringsAt: 100 });
    const err = await hostError(t.host.saveSetting('config', { profile: 'project-2021', note: '说明'.repeat(40) }));
    expect(err.hostMessage.code).toBe('record-cut');
    expect(err.hostMessage['zh-CN']).toContain(SETTINGS_SHEET_NAME);
  });
});

describe("the author's name before a new comment", () => {
  const ours = (text: string | undefined) => (text ?? '').split(/\r?\n/).filter((l) => l.includes('【绩效审核·'));

  for (const prefix of ['审核员:\n', 'WPS 用户:\r\n', '审核员：']) {
    test(`${JSON.stringify(prefix)}: our comments are ours on read, re-annotate and clear; a person's stays`, async () => {
      const t = setup({ authorPrefix: prefix, cutStringsAt: 255 });
      const before = t.inspect.snapshot();
      await t.apply();
      expect(t.cell('E17').comment?.text.startsWith(prefix)).toBe(true);
      // The person's comment got our lines below theirs, never a label of ours in between.
      expect(t.cell('E15').comment?.text.startsWith(PERSON_COMMENT_E15.text)).toBe(true);

      // Read: with the record lost, the labelled comments are still found as ours.
      const record = stateSheet(t.wps)!;
      t.wps.workbook!.sheets = t.wps.workbook!.sheets.filter((x) => x !== record);
      // Without the record, the cells that carry our lines (label or not) are what a clear would restore.
      const port = annotationPort(t.wps.app);
      const restore = planAnnotations([], (await port.inspect([])) as WpsSnapshot).restore;
      expect(restore.map((c) => c.cell).sort()).toEqual(['E15', 'E17', 'E18', 'E20']);
      t.wps.workbook!.sheets.push(record);

      // Re-annotate: the same lines once each, the label not repeated.
      await t.apply();
      const once = t.inspect.snapshot();
      await t.apply();
      expect(t.inspect.snapshot()).toEqual(once);
      expect(ours(t.cell('E15').comment?.text)).toHaveLength(2);
      expect(t.cell('E17').comment?.text.split(prefix.trim()).length).toBeLessThanOrEqual(2);

      // Clear: our comments go entirely (no label left behind), the person's are theirs byte for byte.
      await t.host.clear();
      expect(t.inspect.snapshot()).toEqual(before);
    });
  }

  test("which text is ours: a label followed at once by our line; a person's label and text never", () => {
    const a = formatLine(CONTRACT_FINDINGS[0]);
    const b = formatLine({
      severity: 'info',
      message: '社会公众满意度：99%，请说明取值依据',
      ruleId: 'satisfaction-range',
    });
    const cases: Array<[string, string, number]> = [
      [`${a}\n${b}`, '', 2],
      [`审核员:\n${a}\n${b}`, '', 2],
      [`审核员：${a}`, '', 1],
      [`WPS 用户:\r\n${a}\r\n${b}`, '', 2],
      [`审核员:\n${a}\n张科长：已核实`, '张科长：已核实', 1],
      [`${PERSON_COMMENT_E15.text}\r\n${a}`, PERSON_COMMENT_E15.text, 1],
      [PERSON_COMMENT_E15.text, PERSON_COMMENT_E15.text, 0],
      // A person's comment that is only their name, with our line merged below it, keeps its line break.
      [`王会计:\n\n${a}`, '王会计:\n', 1],
      ['注意：请核对指标值', '注意：请核对指标值', 0],
      [b, '', 1],
    ];
    for (const [text, person, count] of cases) {
      const split = splitWpsComment(text);
      expect([text, split.person, split.ours.length]).toEqual([text, person, count]);
    }
  });
});
