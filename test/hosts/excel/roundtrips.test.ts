// Round trips: syncs per run do not grow with the number of findings, and grow only with size / payload cap. A read
// takes one sync more where comments exist (1.10+): they are read in a batch of their own, which may fail alone.
// The record lives in Workbook.settings (1.4+) and is read and written inside the run that writes: its read rides the
// run's first sync (a runtime's first run reads it in a sync of its own), and saving it before and after the write
// takes a sync each, skipped when it is unchanged (after: only when new comments' ids must be kept).

import type { HostError } from '../../../src/hosts/host';
import { FILLS } from '../../../src/core/annotate/types';
import { excelUnderTest } from './helpers';
import { FLAT_SHEET, flatExportDoc, flatFindings } from './workbooks';

/** Syncs of the last Excel.run of the host under test. */
function lastSyncs(ut: ReturnType<typeof excelUnderTest>): number {
  return ut.syncs.last;
}

describe('syncs per run for a sheet that fits one payload (10 001 rows × 6 columns)', () => {
  // 3 000 annotated cells is about what one 5 MB request holds: Office.js sends some 560 bytes to inspect a cell's
  // fill and some 930 to write a fill and a one-line comment (payload-calibration.test.ts).
  test.each([
    ['comments', '1.13', false, 3, 2 + 2],
    ['notes', '1.18', true, 3, 2 + 1],
    ['findings sheet', '1.8', false, 2, 2 + 1],
  ])(
    '%s: read 3 (2 before comments), apply 2 + the record, clear 2 + 1 — for 10 and for 3 000 findings',
    async (_label, api, preferNotes, reads, applies) => {
      for (const count of [10, 3_000]) {
        const ut = excelUnderTest(flatExportDoc(10_000, api));
        const { grids } = await ut.host.read('active');
        expect(lastSyncs(ut)).toBe(reads);
        expect(grids[0].cells).toHaveLength(10_001);

        const result = await ut.host.annotate(flatFindings(count), { preferNotes });
        expect(lastSyncs(ut)).toBe(applies);
        expect(result.written).toHaveLength(count);
        const sheet = ut.doc.sheet(FLAT_SHEET);
        expect(sheet.fillAt('E2')?.color).toBe(FILLS.error);
        expect(sheet.fillAt(`E${count + 1}`)?.color).toMatch(/^#FF(C7CE|EB9C)$/);
        expect(sheet.fillAt(`E${count + 2}`)).toBeUndefined();

        await ut.host.clear();
        // The record already covers every cell to restore; removing it afterwards is the one sync more.
        expect(lastSyncs(ut)).toBe(2 + 1);
        expect(sheet.fills.size).toBe(0);
        expect(sheet.threads).toHaveLength(0);
        expect(sheet.notes.size).toBe(0);
      }
    },
  );

  test('re-annotating changed findings is 2 syncs, unchanged ones 1, and a clear after reopen is 2 + the record', async () => {
    const ut = excelUnderTest(flatExportDoc(3_000, '1.13'));
    await ut.host.read('active');
    await ut.host.annotate(flatFindings(3_000));
    await ut.host.read('active');
    // Geometry, the comments' ids, values with the comments' locations.
    expect(lastSyncs(ut)).toBe(3);
    const changed = flatFindings(3_000).map((f) => ({
      ...f,
      severity: 'info' as const,
      message: `${f.message}（复核）`,
    }));
    await ut.host.annotate(changed);
    // The same cells and comments: the record does not change, and is not saved.
    expect(lastSyncs(ut)).toBe(2);
    expect(ut.doc.sheet(FLAT_SHEET).fillAt('E2')?.color).toBe(FILLS.info);
    expect(ut.doc.sheet(FLAT_SHEET).threads).toHaveLength(3_000);
    // Nothing to change: the inspection finds every cell as wanted and nothing is written.
    const before = ut.doc.stats.syncs;
    await ut.host.annotate(changed);
    expect(ut.doc.stats.syncs - before).toBe(1);
    const reopened = excelUnderTest(ut.doc);
    await reopened.host.clear();
    // Our comments are found by the ids the record holds: no sync to locate them (+ the record's read in this fresh
    // runtime, and its removal).
    expect(lastSyncs(reopened)).toBe(2 + 2);
    expect(ut.doc.sheet(FLAT_SHEET).threads).toHaveLength(0);
  });

  test("a person's comments on the sheet: located by the read (no extra sync), or by one extra sync without it", async () => {
    const doc = flatExportDoc(1_000, '1.13');
    const sheet = doc.sheet(FLAT_SHEET);
    for (const row of [3, 50, 700]) {
      sheet.addThread({
        id: doc.id('person'),
        row,
        col: 5,
        content: `请核实第 ${row} 行`,
        authorName: '王会计',
        replies: [],
      });
    }
    const ut = excelUnderTest(doc);
    await ut.host.read('active');
    await ut.host.annotate(flatFindings(1_000));
    // (+ the record's saves before and after the write)
    expect(lastSyncs(ut)).toBe(2 + 2);
    expect(sheet.threadAt('E3')?.content).toBe('请核实第 3 行');
    expect(sheet.threadAt('E3')?.replies).toHaveLength(1);
    expect(sheet.threads).toHaveLength(1_000);

    // The same workbook opened fresh and annotated without a read: one sync locates the persons' comments.
    const doc2 = flatExportDoc(1_000, '1.13');
    const sheet2 = doc2.sheet(FLAT_SHEET);
    for (const row of [3, 50, 700]) {
      sheet2.addThread({
        id: doc2.id('person'),
        row,
        col: 5,
        content: `请核实第 ${row} 行`,
        authorName: '王会计',
        replies: [],
      });
    }
    const cold = excelUnderTest(doc2);
    await cold.host.annotate(flatFindings(1_000));
    // (+ the record's read in this fresh runtime, and its saves)
    expect(lastSyncs(cold)).toBe(3 + 3);
    expect(sheet2.threads).toHaveLength(1_000);
    expect(sheet2.threadAt('E3')?.replies).toHaveLength(1);
    // Afterwards our record knows those threads (our replies hang under them): clearing needs no locating.
    const reopened = excelUnderTest(doc2);
    await reopened.host.clear();
    expect(lastSyncs(reopened)).toBe(2 + 2);
    expect(sheet2.threads.map((t) => [t.content, t.replies.length])).toEqual([
      ['请核实第 3 行', 0],
      ['请核实第 50 行', 0],
      ['请核实第 700 行', 0],
    ]);
  });
});

describe('bigger than one payload: syncs grow with size / payload cap only', () => {
  // A budget of 256 KB per sync stands in for the 5 MB cap so the test stays small and fast.
  const budget = 256 * 1024;

  test('reading: the row blocks give the same grid as one read, and their count follows the size', async () => {
    const whole = excelUnderTest(flatExportDoc(6_000));
    const one = (await whole.host.read('active')).grids[0];
    expect(lastSyncs(whole)).toBe(3);

    const counts: number[] = [];
    for (const rows of [6_000, 12_000]) {
      const ut = excelUnderTest(flatExportDoc(rows), { budget });
      const { grids } = await ut.host.read('active');
      counts.push(lastSyncs(ut));
      if (rows === 6_000) expect(grids[0]).toEqual(one);
      const responses = ut.doc.stats.responseBytes.slice(2);
      expect(Math.max(...responses)).toBeLessThanOrEqual(budget * 1.25);
    }
    expect(counts[0]).toBeGreaterThan(3);
    // Twice the rows: about twice the value syncs (the geometry and comment syncs stay one each).
    expect(counts[1] - 2).toBeGreaterThanOrEqual(2 * (counts[0] - 2) - 1);
    expect(counts[1] - 2).toBeLessThanOrEqual(2 * (counts[0] - 2) + 1);
  });

  test('writing: the write batch is split by bytes, not by finding count', async () => {
    const counts: number[] = [];
    for (const findings of [2_000, 4_000]) {
      const ut = excelUnderTest(flatExportDoc(4_000, '1.13'), { budget });
      await ut.host.annotate(flatFindings(findings));
      counts.push(lastSyncs(ut));
      expect(Math.max(...ut.doc.stats.requestBytes)).toBeLessThanOrEqual(budget * 1.25);
      expect(ut.doc.sheet(FLAT_SHEET).threads).toHaveLength(findings);
    }
    // Besides the write batches: the inspection, the record's read (a fresh runtime) and its saves before and after.
    const fixed = 4;
    expect(counts[0]).toBeGreaterThan(fixed + 1);
    expect(counts[1] - fixed).toBeGreaterThanOrEqual(2 * (counts[0] - fixed) - 1);
    expect(counts[1] - fixed).toBeLessThanOrEqual(2 * (counts[0] - fixed) + 1);
  });

  test('a single row larger than a response can carry is refused with its row number, not a misleading count', async () => {
    const doc = flatExportDoc(200);
    const sheet = doc.sheet(FLAT_SHEET);
    sheet.cells.set('120,5', { value: '按季度完成鉴定结论送达'.repeat(12_000) });
    doc.payloadCap = 64 * 1024;
    const ut = excelUnderTest(doc, { budget: 48 * 1024 });
    const e = await ut.host.read('active').then(
      () => null,
      (x: unknown) => x as HostError,
    );
    expect(e?.hostMessage.code).toBe('row-too-large');
    expect(e?.hostMessage['zh-CN']).toContain(`工作表“${FLAT_SHEET}”第 120 行`);
  });

  test('a response over the cap (denser than estimated) is asked again in smaller blocks, never lost', async () => {
    const doc = flatExportDoc(3_000);
    const sheet = doc.sheet(FLAT_SHEET);
    // Long target texts make the sheet far denser than the first estimate.
    for (let r = 2; r <= 3_001; r++)
      sheet.cells.set(`${r},5`, { value: `≥${r}人次，`.padEnd(200, '按季度完成鉴定结论送达') });
    doc.payloadCap = 400 * 1024;
    const ut = excelUnderTest(doc, { budget: 300 * 1024 });
    const { grids } = await ut.host.read('active');
    expect(grids[0].cells).toHaveLength(3_001);
    expect(grids[0].cells[3000][4]).toBe(sheet.cells.get('3001,5')?.value);
    expect(doc.stats.responseBytes.some((b) => b > doc.payloadCap)).toBe(true);
  });
});
