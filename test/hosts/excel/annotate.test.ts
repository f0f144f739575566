// Writing findings back in Excel: comments (1.10), notes (1.18), the findings sheet (older Excel), exact fills,
// a person's comments and notes kept byte for byte, and every failure leaving the workbook as it was.

import { formatLine } from '../../../src/core/annotate/comments';
import { FILLS } from '../../../src/core/annotate/types';
import type { Finding } from '../../../src/core/model';
import { anchorCell } from '../../../src/core/annotate/plan';
import { CLEARED_LINE, findingsRows, neutralise } from '../../../src/hosts/excel/annotate';
import { HostError } from '../../../src/hosts/host';
import { CONTRACT_FINDINGS, contractWorkbook, PERSON_COMMENT_E15, SHEET, OTHER_SHEET } from '../contract';
import { FakeWorkbookDoc } from './fake-excel';
import {
  annotationText,
  docFromContract,
  excelUnderTest,
  NO_WORKBOOK_SETTINGS,
  snapshot,
  storedState,
} from './helpers';

function lines(cell: string, findings = CONTRACT_FINDINGS): string[] {
  return findings.filter((f) => f.cell === cell).map(formatLine);
}

async function hostError(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

/** The contract workbook with the person's comment on E15 turned into a note (notes and comments exclude each other). */
function withPersonNote(api = '1.18'): FakeWorkbookDoc {
  const doc = docFromContract(contractWorkbook(), api);
  const s = doc.sheet(SHEET);
  s.removeThread(s.threadAt('E15')!);
  s.notes.set('15,5', { content: PERSON_COMMENT_E15.text, authorName: '王会计' });
  return doc;
}

describe('comments (ExcelApi 1.10+)', () => {
  test('a new cell gets a thread of ours; re-annotating updates it in place, clearing deletes it', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.13'));
    await ut.host.annotate(CONTRACT_FINDINGS);
    const s = ut.doc.sheet(SHEET);
    const t = s.threadAt('E17')!;
    expect(t.content).toBe(lines('E17').join('\n'));
    expect(t.authorName).toBe(ut.doc.user);

    const changed = CONTRACT_FINDINGS.map((f) =>
      f.cell === 'E17' ? { ...f, message: '指标“劳动能力鉴定费”没有指标值' } : f,
    );
    await ut.host.annotate(changed);
    expect(s.threadAt('E17')!.id).toBe(t.id);
    expect(s.threadAt('E17')!.content).toBe(lines('E17', changed).join('\n'));

    await ut.host.clear();
    expect(s.threadAt('E17')).toBeUndefined();
  });

  test("a person's thread is never edited: our lines go into one reply of ours, which clear removes", async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.13'));
    const s = ut.doc.sheet(SHEET);
    const person = { ...s.threadAt('E15')! };
    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    expect(result.messages.map((m) => m.code)).toContain('reply-to-person');
    const t = s.threadAt('E15')!;
    expect([t.id, t.content, t.authorName]).toEqual([person.id, PERSON_COMMENT_E15.text, '王会计']);
    expect(t.replies).toHaveLength(1);
    expect(t.replies[0].content).toBe(lines('E15').join('\n'));
    const replyId = t.replies[0].id;

    await ut.host.annotate(CONTRACT_FINDINGS.filter((f) => f.ruleId !== 'vague-target'));
    expect(s.threadAt('E15')!.replies.map((r) => r.id)).toEqual([replyId]);
    expect(s.threadAt('E15')!.replies[0].content).toBe(
      lines('E15')
        .filter((l) => l.includes('timeliness'))
        .join('\n'),
    );

    await ut.host.clear();
    expect(s.threadAt('E15')).toEqual({ ...person, replies: [] });
  });

  test('a person who replied to our comment keeps the thread and their reply when we clear', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.13'));
    await ut.host.annotate(CONTRACT_FINDINGS);
    const s = ut.doc.sheet(SHEET);
    s.threadAt('E17')!.replies.push({
      id: ut.doc.id('person-reply'),
      content: '已补充：≤14万元',
      authorName: '王会计',
    });
    await ut.host.clear();
    const t = s.threadAt('E17')!;
    expect(t.content).toBe(CLEARED_LINE);
    expect(t.replies.map((r) => r.content)).toEqual(['已补充：≤14万元']);
    // Annotating again reuses the thread.
    await ut.host.annotate(CONTRACT_FINDINGS);
    expect(s.threadAt('E17')!.content).toBe(lines('E17').join('\n'));
    expect(s.threadAt('E17')!.replies).toHaveLength(1);
  });

  test('the record lost: our comments are still recognised by their prefix and cleared', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS);
    doc.savedSettings = {};
    // Without a record every sheet is searched; a protected sheet with nothing of ours must not block that.
    doc.sheet(OTHER_SHEET).protected = true;
    const fresh = excelUnderTest(doc);
    expect(await fresh.inspect.state()).toBeNull();
    await fresh.host.clear();
    const s = doc.sheet(SHEET);
    expect(s.threads.map((t) => [t.content, t.replies.length])).toEqual([
      [PERSON_COMMENT_E15.text, 0],
      ['劳动能力鉴定人数按上年实际 1500 人测算', 0],
    ]);
    // Our own fills go; the original of a cell nobody recorded is unknown, so it becomes "no fill".
    expect(s.fillAt('E15')).toBeUndefined();
    expect(s.fillAt('E20')).toBeUndefined();
  });

  test('preferring notes where Excel has none: comments are used and the pane is told', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.13'));
    const result = await ut.host.annotate(CONTRACT_FINDINGS, { preferNotes: true });
    expect(result.messages.map((m) => m.code)).toContain('notes-unavailable');
    expect(ut.doc.sheet(SHEET).threadAt('E17')).toBeDefined();
  });
});

describe('notes (ExcelApi 1.18, when the user prefers notes)', () => {
  test("our lines go below a person's note, which keeps its text byte for byte (CRLF and all)", async () => {
    const doc = withPersonNote();
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS, { preferNotes: true });
    const s = doc.sheet(SHEET);
    expect(s.noteAt('E15')!.content).toBe(`${PERSON_COMMENT_E15.text}\r\n${lines('E15').join('\r\n')}`);
    expect(s.noteAt('E15')!.authorName).toBe('王会计');
    expect(s.noteAt('E17')!.content).toBe(lines('E17').join('\n'));
    expect(s.threadAt('E17')).toBeUndefined();
    // A person's thread on D13 would get a reply; a cell without anything gets a note.
    await ut.host.annotate(
      [...CONTRACT_FINDINGS, { ...CONTRACT_FINDINGS[0], cell: 'D13', ruleId: 'name-is-category' }],
      { preferNotes: true },
    );
    expect(s.threadAt('D13')!.replies).toHaveLength(1);
    expect(s.noteAt('D13')).toBeUndefined();

    await ut.host.clear();
    expect(s.noteAt('E15')).toEqual({ content: PERSON_COMMENT_E15.text, authorName: '王会计' });
    expect(s.noteAt('E17')).toBeUndefined();
    expect(s.threadAt('D13')!.replies).toHaveLength(0);
  });

  test('switching from comments to notes replaces our threads by notes; a person’s thread keeps its reply', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.18'));
    await ut.host.annotate(CONTRACT_FINDINGS);
    const s = ut.doc.sheet(SHEET);
    expect(s.threadAt('E17')).toBeDefined();
    await ut.host.annotate(CONTRACT_FINDINGS, { preferNotes: true });
    expect(s.threadAt('E17')).toBeUndefined();
    expect(s.noteAt('E17')!.content).toBe(lines('E17').join('\n'));
    expect(s.threadAt('E15')!.replies).toHaveLength(1);
    expect(annotationText(ut.doc, SHEET, 'E15')).toBe(`${PERSON_COMMENT_E15.text}\n${lines('E15').join('\n')}`);
    await ut.host.clear();
    expect(s.notes.size).toBe(0);
    expect(s.threads.map((t) => t.replies.length)).toEqual([0, 0]);
  });
});

describe('neither comments nor notes (Office 2019: ExcelApi 1.8)', () => {
  test('fills plus a findings sheet with a link per finding; re-annotating replaces it; clear removes it', async () => {
    const doc = docFromContract(contractWorkbook(), '1.8');
    const ut = excelUnderTest(doc);
    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    expect(result.messages.map((m) => m.code)).toContain('findings-sheet');
    expect(result.messages.find((m) => m.code === 'findings-sheet')!['zh-CN']).toContain('审核结果');
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe(FILLS.error);
    expect(doc.sheet(SHEET).threads).toHaveLength(2);
    const f = doc.sheet('审核结果');
    expect(f.cell('A1')?.value).toBe('位置 / Cell');
    expect(f.cell('A2')).toEqual({ value: `${SHEET}!E15`, formula: `=HYPERLINK("#${SHEET}!E15","${SHEET}!E15")` });
    expect(f.cell('C2')?.value).toBe(lines('E15')[0]);
    expect(f.cell('A6')?.value).toBe(`${SHEET}!E20`);
    expect(f.cell('A7')).toBeUndefined();
    expect(f.bold.has('1,1')).toBe(true);

    // Our findings sheet is not read back as a sheet to check.
    expect((await ut.host.read('all')).grids.map((g) => g.sheet)).toEqual([SHEET, OTHER_SHEET]);

    await ut.host.annotate(CONTRACT_FINDINGS.slice(0, 2));
    expect(doc.sheets.map((s) => s.name)).toEqual([SHEET, OTHER_SHEET, '审核结果']);
    expect(doc.sheet('审核结果').cell('A4')).toBeUndefined();

    await ut.host.clear();
    expect(doc.sheets.map((s) => s.name)).toEqual([SHEET, OTHER_SHEET]);
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe('#FFFF00');
  });

  test("a person's sheet named 审核结果 is left alone; ours gets another name", async () => {
    const doc = docFromContract(contractWorkbook(), '1.8');
    doc.addSheet('审核结果').cells.set('1,1', { value: '王会计的审核记录' });
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS);
    expect(doc.sheet('审核结果 (2)').cell('A2')?.value).toBe(`${SHEET}!E15`);
    await ut.host.clear();
    expect(doc.sheets.map((s) => s.name)).toEqual([SHEET, OTHER_SHEET, '审核结果']);
    expect(doc.sheet('审核结果').cell('A1')?.value).toBe('王会计的审核记录');
  });

  test('the read-only flag (1.8) stops the write', async () => {
    const doc = docFromContract(contractWorkbook(), '1.8');
    doc.readOnly = true;
    const ut = excelUnderTest(doc);
    expect((await hostError(ut.host.annotate(CONTRACT_FINDINGS))).hostMessage.code).toBe('workbook-read-only');
    expect(doc.sheets).toHaveLength(2);
  });

  test('findings rows: links quote sheet names, texts that look like formulas are kept as text', () => {
    const rows = findingsRows(
      [{ sheet: `王's "表"`, cell: 'B2', severity: 'error', fill: FILLS.error, lines: ['=SUM(B2:B9) 与预算不符'] }],
      [`王's "表"`],
    );
    expect(rows[1]).toEqual([`=HYPERLINK("#'王''s ""表""'!B2","王's ""表""!B2")`, '错误', "'=SUM(B2:B9) 与预算不符"]);
    expect(['=1', '+1', '-1', '@A1', '\tx', 'ok'].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@A1", "'\tx", 'ok']);
  });
});

describe('fills are restored exactly', () => {
  test('a theme tint, a pattern and a white fill (not "no fill") come back as they were', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const s = doc.sheet(SHEET);
    s.fills.set('15,5', { color: '#4472C4', tintAndShade: 0.6, pattern: 'Solid' });
    s.fills.set('18,5', { color: '#FFFFFF', tintAndShade: 0, pattern: 'Solid' });
    s.fills.set('20,5', { color: '#70AD47', tintAndShade: 0, pattern: 'Gray25' });
    const before = snapshot(doc);
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS);
    expect(s.fillAt('E15')).toEqual({ color: FILLS.warning, tintAndShade: 0, pattern: 'Solid' });
    await excelUnderTest(doc).host.clear();
    expect(snapshot(doc)).toEqual(before);
  });

  test('a patterned fill comes back with its pattern colour and that colour’s tint; annotated it is plain', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const s = doc.sheet(SHEET);
    const patterned = {
      color: '#70AD47',
      tintAndShade: 0.2,
      pattern: 'LightDown',
      patternColor: '#C00000',
      patternTintAndShade: -0.25,
    };
    s.fills.set('17,5', { ...patterned });
    const before = snapshot(doc);
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS);
    expect(s.fillAt('E17')).toEqual({ color: FILLS.error, tintAndShade: 0, pattern: 'Solid' });
    await excelUnderTest(doc).host.clear();
    expect(s.fillAt('E17')).toEqual(patterned);
    expect(snapshot(doc)).toEqual(before);
  });

  test('before 1.9 neither tint nor pattern can be read or written: the colour alone comes back', async () => {
    const doc = docFromContract(contractWorkbook(), '1.8');
    const s = doc.sheet(SHEET);
    s.fills.set('17,5', { color: '#70AD47', tintAndShade: 0, pattern: 'Gray25', patternColor: '#C00000' });
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS);
    await excelUnderTest(doc).host.clear();
    expect(s.fillAt('E17')).toEqual({ color: '#70AD47', tintAndShade: 0, pattern: 'Solid' });
  });
});

describe('failures leave the workbook as it was', () => {
  test('a write failing half way is rolled back: cells, comments and the record as before', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const ut = excelUnderTest(doc);
    await ut.host.annotate(CONTRACT_FINDINGS.slice(0, 3));
    const before = snapshot(doc);
    const state = await ut.inspect.state();
    doc.failWriteAt = 2;
    const err = await hostError(ut.host.annotate(CONTRACT_FINDINGS));
    expect(err.hostMessage.code).toBe('write-failed');
    expect(err.hostMessage['zh-CN']).toContain('已全部撤销');
    expect(snapshot(doc)).toEqual(before);
    expect(storedState(doc)).toEqual(state);
    // The next run works normally.
    await ut.host.annotate(CONTRACT_FINDINGS);
    expect(doc.sheet(SHEET).fillAt('E20')?.color).toBe(FILLS.info);
  });

  test('when the rollback fails too, the error names every cell that may have changed, and clear still works', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const ut = excelUnderTest(doc);
    doc.failWriteAt = 3;
    doc.onWriteFailure = () => {
      // The rollback's first write fails as well.
      doc.onWriteFailure = null;
      doc.failWriteAt = 0;
    };
    const err = await hostError(ut.host.annotate(CONTRACT_FINDINGS));
    expect(err.hostMessage.code).toBe('write-failed-partial');
    for (const c of ['E15', 'E17', 'E18', 'E20']) expect(err.hostMessage['en-US']).toContain(`${SHEET}!${c}`);
    // The record saved before writing lets clear put back the original fills of whatever was written.
    await excelUnderTest(doc).host.clear();
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe('#FFFF00');
    expect(doc.sheet(SHEET).fillAt('E15')).toBeUndefined();
    expect(doc.sheet(SHEET).threads.map((t) => t.replies.length)).toEqual([0, 0]);
  });

  test('cell-edit mode on apply: the write waits until the user leaves the cell, then runs whole', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const ut = excelUnderTest(doc);
    doc.editMode = true;
    const before = snapshot(doc);
    let settled = false;
    const applied = ut.host.annotate(CONTRACT_FINDINGS).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect([settled, doc.stats.delayedForCellEdit > 0]).toEqual([false, true]);
    expect(snapshot(doc)).toEqual(before);
    doc.editMode = false;
    expect((await applied).written).toHaveLength(4);
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe(FILLS.error);
    expect(ut.syncs.options.every((o) => o.delayForCellEdit === true)).toBe(true);
  });

  test('cell-edit mode on a client without DelayForCellEdit: a bilingual HostError, nothing written', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    doc.delayForCellEdit = false;
    const ut = excelUnderTest(doc);
    doc.editMode = true;
    const before = snapshot(doc);
    expect((await hostError(ut.host.annotate(CONTRACT_FINDINGS))).hostMessage.code).toBe('cell-edit-mode');
    expect(snapshot(doc)).toEqual(before);
  });

  test('more annotations than one run may write: refused before anything is read or written', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const ut = excelUnderTest(doc);
    const findings = Array.from({ length: 250_001 }, (_, i) => ({ ...CONTRACT_FINDINGS[1], cell: `E${i + 1}` }));
    const err = await hostError(ut.host.annotate(findings));
    expect(err.hostMessage.code).toBe('too-many-annotations');
    // Only the record was read (Workbook.settings, in this runtime's first run): no cell read, nothing written.
    expect(doc.stats.syncs).toBe(1);
    expect(doc.settingsWrites).toEqual([]);
  });

  test('the record cannot be saved before writing: nothing is written', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    doc.failSettingsSave = true;
    const before = snapshot(doc);
    const ut = excelUnderTest(doc);
    expect((await hostError(ut.host.annotate(CONTRACT_FINDINGS))).hostMessage.code).toBe('office-error');
    expect(snapshot(doc)).toEqual(before);
  });

  test('the record cannot be saved before writing (document settings): nothing is written', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    doc.failSettingsSave = true;
    const before = snapshot(doc);
    const ut = excelUnderTest(doc, { libraryHas: NO_WORKBOOK_SETTINGS });
    expect((await hostError(ut.host.annotate(CONTRACT_FINDINGS))).hostMessage.code).toBe('office-error');
    expect(snapshot(doc)).toEqual(before);
  });

  test.each([
    ['Workbook.settings', {}],
    ['document settings', { libraryHas: NO_WORKBOOK_SETTINGS }],
  ])(
    'the final record cannot be saved (%s): the annotations stay, with a warning, and clear still restores',
    async (_store, extra) => {
      const doc = docFromContract(contractWorkbook(), '1.13');
      // The first write saves the record covering every cell about to change; the second, after writing, fails.
      doc.failSettingsWriteNumber = 2;
      const ut = excelUnderTest(doc, extra);
      const result = await ut.host.annotate(CONTRACT_FINDINGS);
      expect(result.messages.map((m) => m.code)).toContain('state-not-saved');
      expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe(FILLS.error);
      await excelUnderTest(doc, extra).host.clear();
      expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe('#FFFF00');
      expect(doc.sheet(SHEET).threadAt('E17')).toBeUndefined();
    },
  );

  test('a sheet deleted since annotating: clear restores the rest and says which sheet is gone', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const ut = excelUnderTest(doc);
    const other = { ...CONTRACT_FINDINGS[0], sheet: OTHER_SHEET, cell: 'A2' };
    await ut.host.annotate([...CONTRACT_FINDINGS, other]);
    doc.sheets = doc.sheets.filter((s) => s.name !== OTHER_SHEET);
    const result = await ut.host.clear();
    expect(result.messages.map((m) => m.code)).toEqual(['sheet-missing']);
    expect(result.messages[0]['zh-CN']).toContain(OTHER_SHEET);
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe('#FFFF00');
    expect(await ut.inspect.state()).toBeNull();
  });
});

test('progress reaches 1 and the written cells are listed as Sheet!A1', async () => {
  const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.18'));
  const progress: number[] = [];
  const result = await ut.host.annotate(CONTRACT_FINDINGS, {
    onProgress: (f) => progress.push(f),
  });
  expect(progress[progress.length - 1]).toBe(1);
  expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
  expect(result.written).toEqual([`${SHEET}!E15`, `${SHEET}!E17`, `${SHEET}!E18`, `${SHEET}!E20`]);
});

describe('Excel 2021/2024: comments, but notes cannot be read', () => {
  test("a person's note on a target cell blocks the comment: rolled back, then fills and the findings sheet", async () => {
    const doc = withPersonNote('1.14');
    const ut = excelUnderTest(doc);
    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    expect(result.messages.map((m) => m.code)).toEqual(['comments-blocked']);
    const s = doc.sheet(SHEET);
    expect(s.noteAt('E15')).toEqual({ content: PERSON_COMMENT_E15.text, authorName: '王会计' });
    expect(s.threadAt('E17')).toBeUndefined();
    expect(s.fillAt('E17')?.color).toBe(FILLS.error);
    expect(doc.sheet('审核结果').cell('A2')?.value).toBe(`${SHEET}!E15`);
    await ut.host.clear();
    expect(doc.sheets.map((x) => x.name)).toEqual([SHEET, OTHER_SHEET]);
    expect(s.fillAt('E17')?.color).toBe('#FFFF00');
    expect(s.noteAt('E15')).toEqual({ content: PERSON_COMMENT_E15.text, authorName: '王会计' });
  });
});

describe('findings inside merged cells', () => {
  test('land on the merge’s top-left cell (after a read), joined with that cell’s own findings', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.13'));
    await ut.host.read('active');
    const inside: Finding[] = [
      {
        ...CONTRACT_FINDINGS[0],
        cell: 'A14',
        ruleId: 'unknown-level1',
        severity: 'error',
        message: '一级指标“产出”不是本模板的一级指标',
      },
      {
        ...CONTRACT_FINDINGS[0],
        cell: 'A13',
        ruleId: 'missing-category',
        severity: 'warning',
        message: '产出指标缺少质量指标',
      },
    ];
    const result = await ut.host.annotate(inside);
    expect(result.written).toEqual([`${SHEET}!A13`]);
    const s = ut.doc.sheet(SHEET);
    expect(s.fillAt('A13')?.color).toBe(FILLS.error);
    expect(s.fillAt('A14')).toBeUndefined();
    expect(s.threadAt('A13')!.content.split('\n')).toEqual(inside.map(formatLine));
  });

  describe.each(['1.18', '1.13'])('ExcelApi %s: the merged areas are asked for by the write itself', (api) => {
    const at = (cell: string, ruleId: string, severity: Finding['severity'], message: string): Finding => ({
      ...CONTRACT_FINDINGS[0],
      cell,
      ruleId,
      severity,
      message,
    });

    test('without a read first (the ribbon, a reopened pane): a finding on A15 lands on A13, its merge’s top-left', async () => {
      const ut = excelUnderTest(docFromContract(contractWorkbook(), api));
      const before = snapshot(ut.doc);
      const inside = [at('A15', 'unknown-level1', 'warning', '一级指标“产出”不在本年度的指标体系中')];
      const result = await ut.host.annotate(inside);
      expect(result.written).toEqual([`${SHEET}!A13`]);
      const s = ut.doc.sheet(SHEET);
      expect(s.fillAt('A13')?.color).toBe(FILLS.warning);
      expect(s.fillAt('A15')).toBeUndefined();
      expect(annotationText(ut.doc, SHEET, 'A13')).toBe(formatLine(inside[0]));
      expect(annotationText(ut.doc, SHEET, 'A15')).toBeNull();
      expect((await ut.inspect.state())?.cells.map((c) => c.cell)).toEqual(['A13']);
      await ut.host.clear();
      expect(snapshot(ut.doc)).toEqual(before);
    });

    test('the merged areas ride the inspection’s first sync: a finding on A15 costs no more syncs than one on A13', async () => {
      const syncs = async (cell: string, read: boolean) => {
        const ut = excelUnderTest(docFromContract(contractWorkbook(), api));
        if (read) await ut.host.read('active');
        await ut.host.annotate([at(cell, 'unknown-level1', 'warning', '一级指标不在指标体系中')]);
        expect(ut.doc.sheet(SHEET).fillAt('A13')?.color).toBe(FILLS.warning);
        return ut.syncs.last;
      };
      expect(await syncs('A15', true)).toBe(await syncs('A13', true));
      // Without a read the top-left is known only after the first sync: one more, to inspect A13 itself.
      expect(await syncs('A15', false)).toBe((await syncs('A13', false)) + 1);
    });

    test('after a read of a selection starting inside merges: top-lefts above and left of it are found', async () => {
      const doc = docFromContract(contractWorkbook(), api);
      const ut = excelUnderTest(doc);
      // C5:F16 starts inside B5:C5, whose top-left is left of it; A15:F20 starts inside A13:A17 and B13:B17, whose
      // top-lefts are above it. Excel reports neither read's merge (office-js issue 3611).
      doc.selection = { sheet: SHEET, area: { top: 5, left: 3, bottom: 16, right: 6 } };
      const first = await ut.host.read('selection');
      expect(first.grids[0].merges.map((m) => `${m.top},${m.left}`)).not.toContain('5,2');
      doc.selection = { sheet: SHEET, area: { top: 15, left: 1, bottom: 20, right: 6 } };
      const second = await ut.host.read('selection');
      expect(second.grids[0].merges.map((m) => `${m.top},${m.left}`)).not.toContain('13,1');
      const findings = [
        at('C5', 'vague-unit', 'info', '主管部门名称请写全称'),
        at('A16', 'unknown-level1', 'error', '一级指标“产出”不是本模板的一级指标'),
        at('B17', 'unknown-level2', 'warning', '二级指标“项目产出”请核对'),
      ];
      const result = await ut.host.annotate(findings);
      expect([...result.written].sort()).toEqual([`${SHEET}!A13`, `${SHEET}!B13`, `${SHEET}!B5`]);
      const s = doc.sheet(SHEET);
      expect(s.fillAt('B5')?.color).toBe(FILLS.info);
      expect(s.fillAt('A13')?.color).toBe(FILLS.error);
      expect(s.fillAt('B13')?.color).toBe(FILLS.warning);
      for (const cell of ['C5', 'A16', 'B17']) {
        expect(s.fillAt(cell)).toBeUndefined();
        expect(annotationText(doc, SHEET, cell)).toBeNull();
      }
      expect(annotationText(doc, SHEET, 'B5')).toBe(formatLine(findings[0]));
    });

    test('a merge unmerged since the last read: the finding stays on its own cell', async () => {
      const doc = docFromContract(contractWorkbook(), api);
      const ut = excelUnderTest(doc);
      await ut.host.read('active');
      doc.sheet(SHEET).merges = doc.sheet(SHEET).merges.filter((m) => !(m.top === 13 && m.left === 1));
      const result = await ut.host.annotate([at('A15', 'unknown-level1', 'warning', '一级指标不在指标体系中')]);
      expect(result.written).toEqual([`${SHEET}!A15`]);
      expect(doc.sheet(SHEET).fillAt('A13')).toBeUndefined();
      expect(doc.sheet(SHEET).fillAt('A15')?.color).toBe(FILLS.warning);
    });

    test('more than 512 merged areas above the finding: asked again in small bands, still the top-left', async () => {
      const doc = new FakeWorkbookDoc(api);
      const s = doc.addSheet('项目汇总');
      // 600 projects, each with its name merged over two rows (a flat export with merged project cells).
      for (let p = 0; p < 600; p++) {
        const top = 2 + p * 2;
        s.cells.set(`${top},1`, { value: `社保经办大厅运转经费（${p + 1}）` });
        s.cells.set(`${top},2`, { value: '物业服务验收合格率' });
        s.merges.push({ top, left: 1, bottom: top + 1, right: 1 });
      }
      const ut = excelUnderTest(doc);
      const finding = { ...at('A1199', 'unknown-level1', 'warning', '项目名称请核对'), sheet: '项目汇总' };
      const result = await ut.host.annotate([finding]);
      expect(result.written).toEqual(['项目汇总!A1198']);
      expect(result.messages).toEqual([]);
      expect(s.fillAt('A1198')?.color).toBe(FILLS.warning);
      expect(s.fillAt('A1199')).toBeUndefined();
    });

    test('two merges on every row: each band meets at most 512 areas, even those spilling out of its edge', async () => {
      const doc = new FakeWorkbookDoc(api);
      const s = doc.addSheet('表');
      // 398 rows, each with its name merged over A:B and its value over C:D; the finding in a merge below them.
      for (let r = 1; r <= 398; r++) {
        s.cells.set(`${r},1`, { value: `指标${r}` });
        s.cells.set(`${r},3`, { value: `${r}` });
        s.merges.push({ top: r, left: 1, bottom: r, right: 2 });
        s.merges.push({ top: r, left: 3, bottom: r, right: 4 });
      }
      s.merges.push({ top: 399, left: 3, bottom: 400, right: 3 });
      const ut = excelUnderTest(doc);
      const finding = { ...at('C400', 'unknown-level1', 'warning', '请核对'), sheet: '表' };
      const result = await ut.host.annotate([finding]);
      expect(result.written).toEqual(['表!C399']);
      expect(result.messages).toEqual([]);
    });
  });

  /** 600 columns (A to WB), each with rows 1 and 2 merged: one row of them starts 600 areas, more than Excel returns. */
  function wideMergedSheet(): { doc: FakeWorkbookDoc; s: ReturnType<FakeWorkbookDoc['addSheet']> } {
    const doc = new FakeWorkbookDoc('1.18');
    const s = doc.addSheet('宽表');
    for (let c = 1; c <= 600; c++) {
      s.cells.set(`1,${c}`, { value: `指标${c}` });
      s.merges.push({ top: 1, left: c, bottom: 2, right: c });
    }
    return { doc, s };
  }

  test('merged areas Excel refuses even in small bands: the write goes on without them, says so, keeps comments', async () => {
    const { doc, s } = wideMergedSheet();
    const ut = excelUnderTest(doc);
    const finding: Finding = { ...CONTRACT_FINDINGS[0], sheet: '宽表', cell: 'WB2', message: '请核对' };
    const result = await ut.host.annotate([finding]);
    expect(result.written).toEqual(['宽表!WB2']);
    expect(result.messages.map((m) => m.code)).toEqual(['merges-not-read']);
    expect(annotationText(doc, '宽表', 'WB2')).toBe(formatLine(finding));
    expect((await ut.host.capabilities()).comments).toBe(true);
    await ut.host.clear();
    expect(s.fillAt('WB2')).toBeUndefined();
    expect(annotationText(doc, '宽表', 'WB2')).toBeNull();
  });

  test('bands that would crowd the cells out of a sync are not asked for: the write goes on and says so', async () => {
    const doc = new FakeWorkbookDoc('1.18');
    const s = doc.addSheet('项目汇总');
    for (let p = 0; p < 600; p++) s.merges.push({ top: 2 + p * 2, left: 1, bottom: 3 + p * 2, right: 1 });
    // A sync of 4 000 bytes: the two bands (about 800 bytes each) would take more than a quarter of it.
    const ut = excelUnderTest(doc, { budget: 4000 });
    const finding: Finding = { ...CONTRACT_FINDINGS[0], sheet: '项目汇总', cell: 'A1199', message: '请核对' };
    const result = await ut.host.annotate([finding]);
    expect(result.written).toEqual(['项目汇总!A1199']);
    expect(result.messages.map((m) => m.code)).toEqual(['merges-not-read']);
  });

  test('before ExcelApi 1.13 the merged areas cannot be asked for: the finding stays put, with a warning', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.12'));
    const finding: Finding = { ...CONTRACT_FINDINGS[0], cell: 'A15', ruleId: 'unknown-level1', message: '请核对' };
    const result = await ut.host.annotate([finding]);
    expect(result.written).toEqual([`${SHEET}!A15`]);
    const warning = result.messages.find((m) => m.code === 'merges-not-read')!;
    expect(warning.intent).toBe('warning');
    expect(warning['zh-CN']).toContain('合并单元格');
    expect(warning['en-US']).toContain('merged');
    expect(ut.doc.sheet(SHEET).fillAt('A15')?.color).toBe(FILLS.warning);
  });

  test('before ExcelApi 1.13 the write says merges cannot be read on the session’s first write only', async () => {
    const ut = excelUnderTest(docFromContract(contractWorkbook(), '1.12'));
    const finding: Finding = { ...CONTRACT_FINDINGS[0], cell: 'A15', ruleId: 'unknown-level1', message: '请核对' };
    const codes = async () => (await ut.host.annotate([finding])).messages.map((m) => m.code);
    expect(await codes()).toContain('merges-not-read');
    expect(await codes()).not.toContain('merges-not-read');
    // A new session (the pane reopened) is told again.
    const again = excelUnderTest(ut.doc);
    expect((await again.host.annotate([finding])).messages.map((m) => m.code)).toContain('merges-not-read');
  });

  test('where Excel refused the merged areas (1.13 and later), every write says so', async () => {
    const ut = excelUnderTest(wideMergedSheet().doc);
    const finding: Finding = { ...CONTRACT_FINDINGS[0], sheet: '宽表', cell: 'WB2', message: '请核对' };
    expect((await ut.host.annotate([finding])).messages.map((m) => m.code)).toEqual(['merges-not-read']);
    expect((await ut.host.annotate([finding])).messages.map((m) => m.code)).toEqual(['merges-not-read']);
  });

  test('cells outside merges stay where they are (the core anchors)', () => {
    expect(anchorCell('E15', [{ top: 13, left: 1, bottom: 17, right: 1 }])).toBe('E15');
    expect(anchorCell('E15', [])).toBe('E15');
  });
});

describe('a comments API that fails although ExcelApi 1.10 is reported (NotImplemented)', () => {
  /** The contract workbook on a client whose comments API throws NotImplemented. */
  function brokenComments(api: string, personComments = true): FakeWorkbookDoc {
    const doc = docFromContract(contractWorkbook(), api);
    if (!personComments) for (const t of doc.sheet(SHEET).threads) doc.sheet(SHEET).removeThread(t);
    doc.commentsNotImplemented = true;
    return doc;
  }

  test('the read and the check succeed with a warning; annotation uses the findings sheet; clear removes it', async () => {
    const doc = brokenComments('1.13');
    const ut = excelUnderTest(doc);
    const read = await ut.host.read('active');
    expect(read.grids[0].cells.length).toBeGreaterThan(0);
    const warning = read.messages.find((m) => m.code === 'comments-unavailable')!;
    expect(warning.intent).toBe('warning');
    expect(warning['zh-CN']).toContain('NotImplemented');
    expect(warning['zh-CN']).toContain('审核结果');
    expect(warning['en-US']).toContain('instead');
    // The ids were asked in a batch of their own: geometry, the failed comments batch, values.
    expect(ut.syncs.last).toBe(3);
    expect((await ut.host.capabilities()).comments).toBe(false);

    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    expect(result.messages.map((m) => m.code)).toEqual(['comments-unavailable']);
    const s = doc.sheet(SHEET);
    expect(s.fillAt('E17')?.color).toBe(FILLS.error);
    expect(s.threads).toHaveLength(2);
    expect(doc.sheet('审核结果').cell('A2')?.value).toBe(`${SHEET}!E15`);
    // Every later check says so too.
    expect((await ut.host.read('active')).messages.map((m) => m.code)).toContain('comments-unavailable');

    await ut.host.clear();
    expect(doc.sheets.map((x) => x.name)).toEqual([SHEET, OTHER_SHEET]);
    expect(s.fillAt('E17')?.color).toBe('#FFFF00');
  });

  test('where notes exist (1.18) they are used instead', async () => {
    const doc = brokenComments('1.18', false);
    const ut = excelUnderTest(doc);
    expect((await ut.host.read('active')).messages.map((m) => m.code)).toContain('comments-unavailable');
    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    const warning = result.messages.find((m) => m.code === 'comments-unavailable')!;
    expect(warning['zh-CN']).toContain('备注');
    const s = doc.sheet(SHEET);
    expect(s.noteAt('E17')!.content).toBe(lines('E17').join('\n'));
    expect(s.threads).toHaveLength(0);
    await ut.host.clear();
    expect(s.notes.size).toBe(0);
    expect(s.fillAt('E17')?.color).toBe('#FFFF00');
  });

  test("a person's comment the client cannot read refuses the note: rolled back, then the findings sheet", async () => {
    const doc = brokenComments('1.18');
    const ut = excelUnderTest(doc);
    await ut.host.read('active');
    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    expect(result.messages.map((m) => m.code)).toEqual(['notes-blocked', 'comments-unavailable']);
    const s = doc.sheet(SHEET);
    expect(s.notes.size).toBe(0);
    expect(s.threadAt('E15')).toEqual(expect.objectContaining({ content: PERSON_COMMENT_E15.text, replies: [] }));
    expect(s.fillAt('E17')?.color).toBe(FILLS.error);
    expect(doc.sheet('审核结果').cell('A2')?.value).toBe(`${SHEET}!E15`);
  });

  test('a write without a read first (the ribbon) finds it too: the inspection is asked again without comments', async () => {
    const doc = brokenComments('1.13');
    const ut = excelUnderTest(doc);
    const result = await ut.host.annotate(CONTRACT_FINDINGS);
    expect(result.messages.map((m) => m.code)).toEqual(['comments-unavailable']);
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe(FILLS.error);
    expect((await ut.host.capabilities()).comments).toBe(false);
  });

  test('our comments from when comments worked stay recorded until a clear can remove them', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    await excelUnderTest(doc).host.annotate(CONTRACT_FINDINGS);
    doc.commentsNotImplemented = true;
    const broken = excelUnderTest(doc);
    const result = await broken.host.clear();
    const kept = result.messages.find((m) => m.code === 'comments-not-cleared')!;
    expect(kept['zh-CN']).toContain(`${SHEET}!E17`);
    const s = doc.sheet(SHEET);
    expect(s.fillAt('E17')?.color).toBe('#FFFF00');
    expect(s.threadAt('E17')!.content).toBe(lines('E17').join('\n'));

    doc.commentsNotImplemented = false;
    await excelUnderTest(doc).host.clear();
    expect(s.threadAt('E17')).toBeUndefined();
    expect(s.threadAt('E15')!.replies).toHaveLength(0);
    expect(s.fillAt('E17')?.color).toBe('#FFFF00');
    expect(storedState(doc)).toBeNull();
  });
});

describe("another reviewer's comments that Excel refuses to touch", () => {
  test('clear leaves those threads as they are, clears everything else, reports them, and their author clears them later', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    doc.user = '审核员甲';
    const first = excelUnderTest(doc);
    await first.host.annotate(CONTRACT_FINDINGS);
    const s = doc.sheet(SHEET);
    // E20's thread is the second reviewer's own (written by them in a later run).
    s.threadAt('E20')!.authorName = '审核员乙';
    doc.user = '审核员乙';
    doc.othersCommentsLocked = true;

    const second = excelUnderTest(doc);
    const result = await second.host.clear();
    const kept = result.messages.find((m) => m.code === 'others-comments-kept')!;
    expect(kept.intent).toBe('warning');
    expect(kept['zh-CN']).toContain('审核员甲');
    for (const c of ['E15', 'E17', 'E18']) expect(kept['en-US']).toContain(`${SHEET}!${c}`);
    expect(kept['en-US']).not.toContain(`${SHEET}!E20`);
    // Left alone: 甲's reply under the person's thread, 甲's threads. The rest is cleared: 乙's thread, every fill.
    expect(s.threadAt('E15')!.replies.map((r) => r.content)).toEqual([lines('E15').join('\n')]);
    expect(s.threadAt('E17')!.content).toBe(lines('E17').join('\n'));
    expect(s.threadAt('E18')).toBeDefined();
    expect(s.threadAt('E20')).toBeUndefined();
    expect([s.fillAt('E15'), s.fillAt('E20')]).toEqual([undefined, undefined]);
    expect([s.fillAt('E17')?.color, s.fillAt('E18')?.color]).toEqual(['#FFFF00', '#FFFF00']);
    // One failed batch and one read of the threads for the refusing reviewer, not one per thread (+ the record's
    // read in this runtime's first run and its save afterwards).
    expect(second.syncs.last).toBe(4 + 2);

    doc.user = '审核员甲';
    const again = await excelUnderTest(doc).host.clear();
    expect(again.messages).toEqual([]);
    expect(s.threads.map((t) => [t.content, t.replies.length])).toEqual([
      [PERSON_COMMENT_E15.text, 0],
      ['劳动能力鉴定人数按上年实际 1500 人测算', 0],
    ]);
    expect(s.fillAt('E17')?.color).toBe('#FFFF00');
    expect(storedState(doc)).toBeNull();
  });
});
