// The WPS host's write side beyond the contract: exact fills, a person's later changes, lost records, merged cells,
// the state sheet (chunks, placement, structure protection, a person's sheet of that name), rollback, settings.

import { annotationPlan } from '../../../src/core/annotate/plan';
import { FILLS } from '../../../src/core/annotate/types';
import { formatLine } from '../../../src/core/annotate/comments';
import type { Finding } from '../../../src/core/model';
import { HostError, type Host } from '../../../src/hosts/host';
import { hexToWps } from '../../../src/hosts/wps/color';
import { chunksOf, STATE_MARKER, STATE_SHEET_NAME, SETTINGS_SHEET_NAME } from '../../../src/hosts/wps/store';
import { CONTRACT_FINDINGS, contractWorkbook, OTHER_SHEET, PERSON_COMMENT_E15, SHEET } from '../contract';
import type { FakeWps } from '../../fakes/wps';
import { fakeFromContract, wpsUnderTest } from './helpers';

const YELLOW = '#FFFF00';
/** xlPatternGray16, with a red pattern colour: a fill '#RRGGBB' alone cannot express. */
const GRAY16 = 17;

function setup() {
  const ut = wpsUnderTest(fakeFromContract(contractWorkbook()));
  const cell = (ref: string, sheet = SHEET) => ut.wps.sheet(sheet).cells[ref];
  const apply = async (findings: readonly Finding[] = CONTRACT_FINDINGS) =>
    ut.host.apply(annotationPlan(findings, await ut.host.loadState()));
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

describe('fills', () => {
  test('a patterned fill a person set is put back exactly, pattern and pattern colour included', async () => {
    const t = setup();
    t.cell('E18').interior = { pattern: GRAY16, color: hexToWps(YELLOW), patternColor: hexToWps('#FF0000') };
    await t.apply();
    expect(t.cell('E18').interior).toEqual({ pattern: 1, color: hexToWps(FILLS.warning), patternColor: hexToWps('#FF0000') });
    const state = await t.host.loadState();
    expect(state?.cells.find((c) => c.cell === 'E18')).toMatchObject({ originalFill: YELLOW, hostFill: expect.any(String) });
    await t.host.clear();
    expect(t.cell('E18').interior).toEqual({ pattern: GRAY16, color: hexToWps(YELLOW), patternColor: hexToWps('#FF0000') });
  });

  test("a person's recolouring after our run is theirs: clear leaves it", async () => {
    const t = setup();
    await t.apply();
    t.cell('E17').interior = { pattern: 1, color: hexToWps('#92D050'), patternColor: 0 };
    await t.host.clear();
    expect(t.cell('E17').interior?.color).toBe(hexToWps('#92D050'));
    expect(t.cell('E17').comment).toBeUndefined();
  });

  test("re-annotating a cell a person recoloured records their colour as the one to restore", async () => {
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
    const stored = JSON.parse(String(sheets[2].cells.A2.value)) as { product: string; state: { cells: unknown[] } };
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
    for (let row = 30; row < 330; row++) t.cell(`E${row}`) ?? (t.wps.sheet(SHEET).cells[`E${row}`] = {});
    for (let row = 30; row < 330; row++) {
      t.wps.sheet(SHEET).cells[`E${row}`].interior = { pattern: GRAY16, color: 65535, patternColor: 255 };
    }
    await t.apply(many);
    const chunks = Object.entries(stateSheet(t.wps)!.cells)
      .filter(([ref]) => ref !== 'A1')
      .map(([, c]) => c.value);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(String(c)).toMatch(/^[^=+\-@]/);
    expect((await t.host.loadState())?.cells).toHaveLength(300);
    await t.host.clear();
    expect(t.cell('E200').interior).toEqual({ pattern: GRAY16, color: 65535, patternColor: 255 });
  });

  test('chunksOf cuts before, never at, a character that would start a formula', () => {
    const value = { s: `${'x'.repeat(29_990)}==--++@@${'y'.repeat(100)}` };
    const chunks = chunksOf(value);
    expect(chunks.join('')).toBe(JSON.stringify(value));
    for (const c of chunks) expect(c).toMatch(/^[^=+\-@]/);
  });

  test('a lost record: our comments still show where we wrote, and clear removes them', async () => {
    const t = setup();
    await t.apply();
    t.wps.workbook!.sheets = t.wps.workbook!.sheets.filter((s) => s.name !== STATE_SHEET_NAME);
    const recovered = await t.host.loadState();
    expect(recovered?.cells.map((c) => c.cell).sort()).toEqual(['E15', 'E17', 'E18', 'E20']);
    await t.host.clear();
    for (const ref of ['E15', 'E17', 'E18', 'E20']) expect(t.cell(ref).interior).toBeUndefined();
    expect(t.cell('E15').comment?.text).toBe(PERSON_COMMENT_E15.text);
    expect(t.cell('E17').comment).toBeUndefined();
  });

  test('a person\'s sheet named like ours is never touched: a bilingual HostError, nothing written', async () => {
    const t = setup();
    const theirs = { ...t.wps.sheet(OTHER_SHEET), name: STATE_SHEET_NAME, cells: { A1: { value: '我的笔记' } } };
    t.wps.workbook!.sheets.push(theirs);
    const before = t.inspect.snapshot();
    const err = await hostError(t.host.apply(annotationPlan(CONTRACT_FINDINGS, null)));
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
    expect(await t.host.loadState()).toBeNull();
    // The sheet could not go; it is left holding only its marker.
    expect(Object.keys(stateSheet(t.wps)!.cells).filter((r) => stateSheet(t.wps)!.cells[r].value !== undefined)).toEqual(['A1']);
  });
});

describe('cells', () => {
  test('a finding inside a merged area is written on the area\'s top-left cell', async () => {
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
    expect(await t.host.loadState()).toBeNull();
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
    await t.host.apply(annotationPlan(CONTRACT_FINDINGS, null), { onProgress: (f) => seen.push(f) });
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
