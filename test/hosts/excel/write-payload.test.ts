// Writes against Excel on the web's 5 MB request cap, with the fake charging what Office.js really sends per operation
// (payload-calibration.test.ts): a large apply goes in several syncs that each fit, and a batch Excel refuses for its
// size — RequestPayloadSizeLimitExceeded, or GeneralException from old web builds — goes again in smaller batches
// instead of being rolled back.

import { FILLS } from '../../../src/core/annotate/types';
import { HostError } from '../../../src/hosts/host';
import { excelUnderTest } from './helpers';
import { FLAT_SHEET, flatExportDoc, flatFindings } from './workbooks';

const MB = 1024 * 1024;

/** A loaded Office.js without RangeAreas' members: every fill is set cell by cell, as before ExcelApi 1.9. */
const CELL_BY_CELL = { libraryHas: (member: string) => member !== 'Worksheet.getRanges' };

/** Syncs of the last run that sent more than `bytes` (the inspection and write batches, not the record's own). */
function bigSyncs(requests: number[], from: number, bytes: number): number[] {
  return requests.slice(from).filter((b) => b > bytes);
}

describe('a 6 000-cell apply under the 5 MB cap', () => {
  test.each([
    ['comments', '1.13', false],
    ['notes', '1.18', true],
  ])(
    '%s: succeeds in several syncs, none over the cap, every cell annotated once',
    async (_label, api, preferNotes) => {
      const ut = excelUnderTest(flatExportDoc(6_000, api), CELL_BY_CELL);
      const { doc } = ut;
      expect(doc.payloadCap).toBe(5 * MB);
      const from = doc.stats.requestBytes.length;
      const result = await ut.host.annotate(flatFindings(6_000), { preferNotes });
      expect(result.written).toHaveLength(6_000);
      const requests = doc.stats.requestBytes.slice(from);
      expect(Math.max(...requests)).toBeLessThanOrEqual(doc.payloadCap);
      // Office.js sends some 5.6 MB (comments) or 5 MB (notes) for the writes and 3.3 MB or 5 MB for the inspection:
      // at least two write syncs of more than a megabyte, and the whole well over one request's worth.
      expect(bigSyncs(requests, 0, MB).length).toBeGreaterThanOrEqual(3);
      expect(requests.reduce((a, b) => a + b, 0)).toBeGreaterThan(doc.payloadCap);
      const sheet = doc.sheet(FLAT_SHEET);
      expect(sheet.fillAt('E2')?.color).toBe(FILLS.error);
      expect(sheet.fillAt('E6001')?.color).toMatch(/^#FF(C7CE|EB9C)$/);
      expect(sheet.threads.length + sheet.notes.size).toBe(6_000);

      await ut.host.clear();
      expect(sheet.fills.size).toBe(0);
      expect(sheet.threads.length + sheet.notes.size).toBe(0);
      expect(Math.max(...doc.stats.requestBytes.slice(from))).toBeLessThanOrEqual(doc.payloadCap);
    },
  );
});

describe('fills of one colour through RangeAreas (ExcelApi 1.9)', () => {
  test('a 6 000-cell apply and clear: fills set in groups, far fewer request bytes, every fill right', async () => {
    const sent = async (extra: Partial<Parameters<typeof excelUnderTest>[1]>) => {
      const ut = excelUnderTest(flatExportDoc(6_000, '1.13'), extra);
      const from = ut.doc.stats.requestBytes.length;
      const result = await ut.host.annotate(flatFindings(6_000));
      expect(result.written).toHaveLength(6_000);
      const sheet = ut.doc.sheet(FLAT_SHEET);
      expect(sheet.fillAt('E2')?.color).toBe(FILLS.error);
      expect(sheet.fillAt('E3')?.color).toBe(FILLS.warning);
      expect(sheet.fillAt('E6001')?.color).toMatch(/^#FF(C7CE|EB9C)$/);
      expect(sheet.fillAt('F2')).toBeUndefined();
      expect(sheet.fills.size).toBe(6_000);
      await ut.host.clear();
      expect(sheet.fills.size).toBe(0);
      const requests = ut.doc.stats.requestBytes.slice(from);
      expect(Math.max(...requests)).toBeLessThanOrEqual(ut.doc.payloadCap);
      return requests.reduce((a, b) => a + b, 0);
    };
    const grouped = await sent({});
    const cellByCell = await sent(CELL_BY_CELL);
    // 12 000 fill operations (annotate and clear) of some 560 bytes become a few hundred of at most 255 characters.
    expect(cellByCell - grouped).toBeGreaterThan(5 * MB);
  });
});

describe('a write batch Excel refuses for its size goes again in smaller batches', () => {
  test('RequestPayloadSizeLimitExceeded mid-write: the batch is halved and the run completes, nothing twice', async () => {
    const ut = excelUnderTest(flatExportDoc(2_000, '1.13'), { budget: 512 * 1024 });
    const { doc } = ut;
    // The second write batch (not the record's save: that holds a write or two) is refused once, whatever its size.
    let writeBatches = 0;
    let refused = -1;
    doc.refuseAsTooLarge = ({ writes }) => {
      if (writes < 100 || ++writeBatches !== 2) return false;
      refused = doc.stats.requestBytes.length - 1;
      return true;
    };
    const result = await ut.host.annotate(flatFindings(2_000));
    expect(result.written).toHaveLength(2_000);
    expect(refused).toBeGreaterThan(0);
    // The refused batch, then its ops again in batches of at most half its bytes.
    const failed = doc.stats.requestBytes[refused];
    const after = doc.stats.requestBytes.slice(refused + 1).filter((b) => b > 10 * 1024);
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const b of after) expect(b).toBeLessThanOrEqual(failed / 2 + 2 * 1024);
    const sheet = doc.sheet(FLAT_SHEET);
    expect(sheet.threads).toHaveLength(2_000);
    expect(new Set(sheet.threads.map((t) => `${t.row},${t.col}`)).size).toBe(2_000);
    expect(sheet.threads.every((t) => t.replies.length === 0)).toBe(true);
    // The record knows every comment's id: a clear removes them all.
    await ut.host.clear();
    expect(sheet.threads).toHaveLength(0);
    expect(sheet.fills.size).toBe(0);
  });

  test('old web builds: an oversized request reported as GeneralException is shrunk and retried the same way', async () => {
    const doc = flatExportDoc(6_000, '1.13');
    doc.payloadErrorCode = 'GeneralException';
    // A budget above the cap stands in for a client that sends more than measured: the first write batch is too big.
    const ut = excelUnderTest(doc, { budget: 8 * MB, ...CELL_BY_CELL });
    const from = doc.stats.requestBytes.length;
    const result = await ut.host.annotate(flatFindings(6_000));
    expect(result.written).toHaveLength(6_000);
    const requests = doc.stats.requestBytes.slice(from);
    expect(requests.some((b) => b > doc.payloadCap)).toBe(true);
    expect(doc.sheet(FLAT_SHEET).threads).toHaveLength(6_000);
    expect(result.messages.map((m) => m.code)).not.toContain('write-failed');
  });

  test('a GeneralException on a small batch is a failure, not a size: rolled back, not retried', async () => {
    const doc = flatExportDoc(200, '1.13');
    doc.failWriteAt = 50;
    const ut = excelUnderTest(doc);
    await expect(ut.host.annotate(flatFindings(200))).rejects.toThrow(/GeneralException|internal error/);
    const sheet = doc.sheet(FLAT_SHEET);
    expect(sheet.threads).toHaveLength(0);
    expect(sheet.fills.size).toBe(0);
  });

  test('a batch of one operation Excel refuses for its size is not retried: the write is rolled back', async () => {
    const doc = flatExportDoc(10, '1.13');
    // A budget so small that every write batch holds one operation; the first after the record's save is refused.
    let writeBatches = 0;
    doc.refuseAsTooLarge = ({ writes }) => writes > 0 && ++writeBatches === 2;
    const ut = excelUnderTest(doc, { budget: 1 });
    const e = await ut.host.annotate(flatFindings(10)).then(
      () => null,
      (x: unknown) => x as HostError,
    );
    expect(e).toBeInstanceOf(HostError);
    expect(e?.hostMessage.code).toBe('write-failed');
    expect(writeBatches).toBeGreaterThan(2);
    expect(doc.sheet(FLAT_SHEET).threads).toHaveLength(0);
    expect(doc.sheet(FLAT_SHEET).fills.size).toBe(0);
  });
});

describe('a read whose comment locations alone exceed a request', () => {
  test('the locations are dropped (the next write locates comments itself) and the read completes', async () => {
    const doc = flatExportDoc(3_000, '1.13');
    const sheet = doc.sheet(FLAT_SHEET);
    for (let r = 2; r <= 3_001; r++)
      sheet.addThread({ id: doc.id('person'), row: r, col: 4, content: '请核实', authorName: '张三', replies: [] });
    // 3 000 locations are some 1.9 MB of requests: over a 1 MB cap in one batch.
    doc.payloadCap = MB;
    const ut = excelUnderTest(doc, { budget: Math.floor(0.8 * MB) });
    const { grids } = await ut.host.read('active');
    expect(grids[0].cells).toHaveLength(3_001);
    expect(doc.stats.requestBytes.some((b) => b > doc.payloadCap)).toBe(true);
    // Annotating afterwards locates the persons' comments (column D) itself, in syncs that each fit.
    const from = doc.stats.requestBytes.length;
    await ut.host.annotate(flatFindings(10));
    expect(Math.max(...doc.stats.requestBytes.slice(from))).toBeLessThanOrEqual(doc.payloadCap);
    expect(sheet.threadAt('E2')?.content).toMatch(/^【绩效审核·错误】/);
    expect(sheet.threadAt('D2')?.replies).toEqual([]);
    expect(sheet.threads).toHaveLength(3_010);
  });
});
