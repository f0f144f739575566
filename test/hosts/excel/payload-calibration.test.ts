// The byte estimates that size the Excel host's syncs, against what Office.js really sends: each operation is queued
// on the loaded library (@microsoft/office-js's Excel web script in jsdom) inside Excel.run, over a request executor
// that records every request body as the library serialises it. Each estimate must lie within 20 % of the measured
// bytes per operation, so a library that grows its requests fails here. Responses are answered in the shape the
// library's own result handlers read back (checked by reading the loaded values).

import * as path from 'node:path';
import { LINE_PREFIX } from '../../../src/core/annotate/types';
import { COMMENT_BYTES, loadFill } from '../../../src/hosts/excel/annotate';
import type { ExcelCapabilities } from '../../../src/hosts/excel/capabilities';
import {
  ESTIMATED_CELL_BYTES,
  jsonBytes,
  qualified,
  REQUEST_BYTES as R,
  requestBytes,
} from '../../../src/hosts/excel/payload';
import { FakeWorkbookDoc } from './fake-excel';
import { FLAT_SHEET, flatExportDoc } from './workbooks';

const { loadExcelLibraries, recordRequests } = require('../../../scripts/office-js-library.js') as {
  loadExcelLibraries(dir: string): { script: string; window: Lib }[];
  recordRequests(
    window: Lib,
    batch: (context: Excel.RequestContext, requests: readonly string[]) => Promise<unknown>,
    answer?: (action: Action) => unknown,
  ): Promise<{ requests: string[]; responses: string[] }>;
};

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  QueryInfo?: { Select?: string[]; Top?: number };
}

interface Lib {
  Excel: typeof Excel & { Worksheet: { prototype: object }; CommentCollection: unknown; Comment: unknown };
  OfficeExtension: {
    BatchApiHelper: {
      createPropertyObject(type: unknown, parent: unknown, name: string, isCollection: boolean, flags: number): unknown;
      createMethodObject(
        type: unknown,
        parent: unknown,
        name: string,
        op: number,
        args: unknown[],
        ...rest: unknown[]
      ): unknown;
    };
  };
}

const NPM_LIBRARY = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const web = loadExcelLibraries(NPM_LIBRARY).find((l) => l.script.startsWith('excel-web'));
if (!web) throw new Error('no excel-web script in @microsoft/office-js');
const lib = web.window;

// The 2022 library has no notes API (library.test.ts). Notes are queued through the library's own generic machinery
// in the shape its generated code gives every collection: Worksheet.notes a property object "Notes",
// NoteCollection.add(cellAddress, content) a method object "Add" (as CommentCollection.add, without contentType),
// getItemOrNullObject(cellAddress) a method object "GetItemOrNullObject".
const api = lib.OfficeExtension.BatchApiHelper;
Object.defineProperty(lib.Excel.Worksheet.prototype, 'notes', {
  configurable: true,
  get(this: { _notes?: unknown }) {
    if (!this._notes) {
      const notes = api.createPropertyObject(lib.Excel.CommentCollection, this, 'Notes', true, 4) as Record<
        string,
        unknown
      >;
      notes.add = (cell: string, content: string) =>
        api.createMethodObject(lib.Excel.Comment, notes, 'Add', 0, [cell, content], false, true, null, 0);
      notes.getItemOrNullObject = (cell: string) =>
        api.createMethodObject(lib.Excel.Comment, notes, 'GetItemOrNullObject', 1, [cell], false, false, null, 4);
      this._notes = notes;
    }
    return this._notes;
  },
});

const SHEET = '绩效目标表';
const ONE_LINE = `${LINE_PREFIX}错误】指标值“≥95%”缺少计量单位，请补充（missing-unit）`;
const THREE_LINES = [
  ONE_LINE,
  `${LINE_PREFIX}警告】三级指标“项目完成及时率”的指标值与年度目标不一致，请核对（target-mismatch）`,
  `${LINE_PREFIX}提示】指标值为定性描述，建议细化为可考核的量化指标（qualitative-target）`,
].join('\n');
const guid = (i: number) => `{7D3F2A10-1C2B-4D5E-8F90-${String(i).padStart(12, '0')}}`;
const cellOf = (i: number) => `E${i + 10}`;
const CAPS_19 = { fillTint: true } as ExcelCapabilities;
const CAPS_OLD = { fillTint: false } as ExcelCapabilities;

/** Operations per measured batch: ids of four and five digits, as in a full 4 MB batch. */
const N = 1000;

interface Thread {
  comment: Excel.Comment;
  reply: Excel.CommentReply;
}

/**
 * Answers: a comment page of `n` threads with one reply each (an empty page past `pages` pages), fills as a
 * "no fill" cell, ids for what was added.
 */
function answer(n: number, pages = 1) {
  let page = 0;
  return (a: Action): unknown => {
    if (a.ActionType !== 2) return a.Name === 'GetCount' ? n : undefined;
    const select = a.QueryInfo?.Select ?? [];
    if (a.QueryInfo?.Top !== undefined)
      return {
        _Items: Array.from({ length: page++ < pages ? n : 0 }, (_, i) => ({
          Id: guid(i),
          Content: '请核实该指标',
          AuthorName: '张三',
          Replies: { _Items: [{ Id: guid(100_000 + i), Content: ONE_LINE, AuthorName: '审核员' }] },
        })),
      };
    if (select[0]?.startsWith('format/fill/'))
      return {
        Format: {
          Fill: {
            Color: '#FFFFFF',
            TintAndShade: null,
            Pattern: 'None',
            PatternColor: '#000000',
            PatternTintAndShade: 0,
          },
        },
      };
    if (select[0] === 'content') return { Content: ONE_LINE };
    if (select[0] === 'address') return { Address: `'${SHEET}'!E17` };
    if (select[0] === 'id') return { Id: guid(a.Id) };
    return {};
  };
}

interface Measured {
  request: number;
  response: number;
}

type Setup<T> = (ctx: Excel.RequestContext, n: number) => Promise<T[]>;
type Op<T> = (ctx: Excel.RequestContext, item: T, i: number) => void;

/**
 * Bytes per operation: `setup` syncs what the host has read before (inspected ranges, the comment page), `op` queues
 * the operation for item i; the batch that carries n of them, less the one that carries none, over n. On the fake
 * (`fake`), the request bytes it charges for the same calls.
 */
async function perOp<T>(setup: Setup<T>, op: Op<T>, pages = 1, fake = false): Promise<Measured> {
  if (fake) return fakePerOp(setup, op);
  const sizes = async (n: number): Promise<Measured> => {
    let at = -1;
    const rec = await recordRequests(
      lib,
      async (ctx, requests) => {
        const items = await setup(ctx, n);
        items.forEach((item, i) => op(ctx, item, i));
        // Something in every batch, so the batch of none is sent too.
        ctx.workbook.load('name');
        at = requests.length;
        await ctx.sync();
      },
      answer(n, pages),
    );
    return { request: Buffer.byteLength(rec.requests[at]), response: Buffer.byteLength(rec.responses[at]) };
  };
  const [none, some] = [await sizes(0), await sizes(N)];
  return { request: (some.request - none.request) / N, response: (some.response - none.response) / N };
}

/** A fake workbook with `n` threads of a person (one reply of ours each) on column F and `n` notes of ours on E. */
function fakeDoc(n: number): FakeWorkbookDoc {
  const doc = new FakeWorkbookDoc('1.18');
  const sheet = doc.addSheet(SHEET);
  for (let i = 0; i < n; i++) {
    sheet.addThread({
      id: doc.id('person'),
      row: i + 10,
      col: 6,
      content: '请核实该指标',
      authorName: '张三',
      replies: [{ id: doc.id('reply'), content: ONE_LINE, authorName: '审核员' }],
    });
    sheet.notes.set(`${i + 10},5`, { content: ONE_LINE, authorName: '审核员' });
  }
  return doc;
}

async function fakePerOp<T>(setup: Setup<T>, op: Op<T>): Promise<Measured> {
  const sizes = async (n: number) => {
    const doc = fakeDoc(n);
    const ctx = doc.context() as unknown as Excel.RequestContext;
    const items = await setup(ctx, n);
    items.forEach((item, i) => op(ctx, item, i));
    const at = doc.stats.requestBytes.length;
    await ctx.sync();
    return doc.stats.requestBytes[at];
  };
  const [none, some] = [await sizes(0), await sizes(N)];
  return { request: (some - none) / N, response: NaN };
}

const nothing = async (_ctx: Excel.RequestContext, n: number) => Array.from({ length: n }, (_, i) => i);
/** The sheet of a batch: one proxy per context, as the host keeps one per sheet. */
const sheets = new WeakMap<Excel.RequestContext, Excel.Worksheet>();
function sheetOf(ctx: Excel.RequestContext): Excel.Worksheet {
  let ws = sheets.get(ctx);
  if (!ws) sheets.set(ctx, (ws = ctx.workbook.worksheets.getItem(SHEET)));
  return ws;
}

/** A group of areas as the host writes them (runs of a column), every one as long as AREAS. */
const AREAS = 'E10010:E10013,E10015,E10017:E10019,E10022,E10025:E10031';
const areasOf = (i: number) => AREAS.replace(/100(\d\d)/g, (_m, d: string) => String(10_000 + i * 40 + Number(d)));

/** Ranges inspected in a sync of their own, as the host's write finds them (tracked, by reference id). */
async function inspected(ctx: Excel.RequestContext, n: number): Promise<Excel.Range[]> {
  const ws = sheetOf(ctx);
  const ranges = Array.from({ length: n }, (_, i) => loadFill(ws.getRange(cellOf(i)), CAPS_19));
  await ctx.sync();
  if (n > 0) expect(ranges[0].format.fill.tintAndShade).toBeNull();
  return ranges;
}

/** The first page of comments, as the host's inspection reads it. */
async function threads(ctx: Excel.RequestContext, n: number): Promise<Thread[]> {
  const comments = sheetOf(ctx).comments;
  comments.load({
    select: 'id,content,authorName,replies/items/id,replies/items/content,replies/items/authorName',
    top: Math.max(n, 50),
    skip: 0,
  });
  await ctx.sync();
  if (n > 0) expect(comments.items[0].replies.items[0].content).toBe(ONE_LINE);
  return comments.items.map((comment) => ({ comment, reply: comment.replies.items[0] }));
}

const notesOf = (ws: Excel.Worksheet) => (ws as unknown as { notes: Excel.NoteCollection }).notes;

/** Notes inspected in a sync of their own, as the host's write finds them. */
async function inspectedNotes(ctx: Excel.RequestContext, n: number): Promise<Excel.Note[]> {
  const notes = Array.from({ length: n }, (_, i) =>
    notesOf(sheetOf(ctx)).getItemOrNullObject(cellOf(i)).load('content'),
  );
  await ctx.sync();
  if (n > 0) expect(notes[0].content).toBe(ONE_LINE);
  return notes;
}

interface Case {
  name: string;
  estimate: number;
  measure: (fake: boolean) => Promise<Measured>;
  /** Charged by the fake too (false: the fake has no such sheets). */
  fake?: boolean;
}

const CASES: Case[] = [
  {
    name: 'inspect a cell: its fill (1.9: colour, tint, pattern and pattern colour)',
    estimate: requestBytes.inspectCell({ fillTint: true, notes: false }),
    measure: (fake: boolean) =>
      perOp(nothing, (ctx, i) => void loadFill(sheetOf(ctx).getRange(cellOf(i)), CAPS_19), 1, fake),
  },
  {
    name: 'inspect a cell: its colour (before 1.9)',
    estimate: requestBytes.inspectCell({ fillTint: false, notes: false }),
    measure: (fake: boolean) =>
      perOp(nothing, (ctx, i) => void loadFill(sheetOf(ctx).getRange(cellOf(i)), CAPS_OLD), 1, fake),
  },
  {
    name: 'inspect a cell: its note (1.18)',
    estimate:
      requestBytes.inspectCell({ fillTint: true, notes: true }) -
      requestBytes.inspectCell({ fillTint: true, notes: false }),
    measure: (fake: boolean) =>
      perOp(nothing, (ctx, i) => void notesOf(sheetOf(ctx)).getItemOrNullObject(cellOf(i)).load('content'), 1, fake),
  },
  {
    name: 'write a fill colour',
    estimate: requestBytes.fill(1),
    measure: (fake: boolean) => perOp(inspected, (_ctx, r) => void (r.format.fill.color = '#FFC7CE'), 1, fake),
  },
  {
    name: 'write a fill colour on several cells at once (getRanges, ExcelApi 1.9)',
    estimate: R.areasFill + jsonBytes(AREAS) + jsonBytes('#FFC7CE'),
    measure: (fake: boolean) =>
      perOp(nothing, (ctx, i) => void (sheetOf(ctx).getRanges(areasOf(i)).format.fill.color = '#FFC7CE'), 1, fake),
  },
  {
    name: 'write a fill colour over a pattern (colour and a solid pattern)',
    estimate: requestBytes.fill(2),
    measure: (fake: boolean) =>
      perOp(
        inspected,
        (_ctx, r) => {
          r.format.fill.color = '#FFC7CE';
          r.format.fill.pattern = 'Solid';
        },
        1,
        fake,
      ),
  },
  {
    name: 'restore a patterned fill (colour, tint, pattern, pattern colour and tint)',
    estimate: requestBytes.fill(5),
    measure: (fake: boolean) =>
      perOp(
        inspected,
        (_ctx, r) => {
          const f = r.format.fill;
          f.color = '#92D050';
          f.tintAndShade = 0.4;
          f.pattern = 'Gray25';
          f.patternColor = '#FF0000';
          f.patternTintAndShade = -0.25;
        },
        1,
        fake,
      ),
  },
  {
    name: 'clear a fill (no fill before)',
    estimate: requestBytes.fill(1),
    measure: (fake: boolean) => perOp(inspected, (_ctx, r) => r.format.fill.clear(), 1, fake),
  },
  ...[ONE_LINE, THREE_LINES].flatMap((text, k): Case[] => [
    {
      name: `add a comment (${k === 0 ? 'one line' : 'three lines'})`,
      estimate: requestBytes.commentAdd(qualified(SHEET, 'G500'), text),
      measure: (fake: boolean) =>
        perOp(
          nothing,
          (ctx, i) =>
            void sheetOf(ctx)
              .comments.add(qualified(SHEET, `G${i + 10}`), text)
              .load('id'),
          1,
          fake,
        ),
    },
    {
      name: `add a note (${k === 0 ? 'one line' : 'three lines'})`,
      estimate: requestBytes.noteAdd('G500', text),
      measure: (fake: boolean) =>
        perOp(nothing, (ctx, i) => void notesOf(sheetOf(ctx)).add(`G${i + 10}`, text), 1, fake),
    },
    {
      name: `add a reply to a person's comment (${k === 0 ? 'one line' : 'three lines'})`,
      estimate: requestBytes.replyAdd(guid(0), text),
      measure: (fake: boolean) => perOp(threads, (_ctx, t) => void t.comment.replies.add(text).load('id'), 1, fake),
    },
    {
      name: `edit a comment (${k === 0 ? 'one line' : 'three lines'})`,
      estimate: requestBytes.commentEdit(guid(0), text),
      measure: (fake: boolean) => perOp(threads, (_ctx, t) => void (t.comment.content = text), 1, fake),
    },
    {
      name: `edit a reply (${k === 0 ? 'one line' : 'three lines'})`,
      estimate: requestBytes.replyEdit(guid(0), guid(100_000), text),
      measure: (fake: boolean) => perOp(threads, (_ctx, t) => void (t.reply.content = text), 1, fake),
    },
  ]),
  {
    name: 'edit a note (three lines)',
    estimate: requestBytes.noteEdit('E17', THREE_LINES),
    measure: (fake: boolean) => perOp(inspectedNotes, (_ctx, n) => void (n.content = THREE_LINES), 1, fake),
  },
  {
    name: 'delete a note',
    estimate: requestBytes.noteDelete('E17'),
    measure: (fake: boolean) => perOp(inspectedNotes, (_ctx, n) => n.delete(), 1, fake),
  },
  {
    name: 'delete a comment',
    estimate: requestBytes.commentDelete(guid(0)),
    measure: (fake: boolean) => perOp(threads, (_ctx, t) => t.comment.delete(), 1, fake),
  },
  {
    name: 'delete a reply',
    estimate: requestBytes.replyDelete(guid(0), guid(100_000)),
    measure: (fake: boolean) => perOp(threads, (_ctx, t) => t.reply.delete(), 1, fake),
  },
  {
    name: 'inspect the merged areas a sheet’s findings may lie in (getRange from A1, getMergedAreasOrNullObject, 1.13)',
    estimate: R.inspectMerges + jsonBytes('A1:F10500'),
    measure: (fake: boolean) =>
      perOp(
        nothing,
        (ctx, i) =>
          void sheetOf(ctx)
            .getRange(`A1:F${i + 10}`)
            .getMergedAreasOrNullObject()
            .load('address'),
        1,
        fake,
      ),
  },
  {
    name: 'locate a comment (getLocation and its address)',
    estimate: R.locate,
    measure: (fake: boolean) => perOp(threads, (_ctx, t) => void t.comment.getLocation().load('address'), 1, fake),
  },
  {
    name: 'inspect a sheet (getItem, protection, comment count, first comment page)',
    fake: false,
    estimate: R.inspectSheet,
    measure: (fake: boolean) =>
      perOp(
        nothing,
        (ctx, i) => {
          const ws = ctx.workbook.worksheets.getItem(`Sheet${i}`);
          ws.load('protection/protected');
          ws.comments.getCount();
          ws.comments.load({
            select: 'id,content,authorName,replies/items/id,replies/items/content,replies/items/authorName',
            top: 10_000,
            skip: 0,
          });
        },
        0,
        fake,
      ),
  },
];

const measured = new Map<string, Measured>();
const ratio = (a: number, b: number) => +(a / b).toFixed(2);

describe('request bytes per operation: the estimate, and what the fake charges, within 20 % of what Office.js sends', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const m = await c.measure(false);
    measured.set(c.name, m);
    expect(ratio(c.estimate, m.request)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(c.estimate, m.request)).toBeLessThanOrEqual(1.2);
    if (c.fake === false) return;
    const charged = (await c.measure(true)).request;
    expect(ratio(charged, m.request)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(charged, m.request)).toBeLessThanOrEqual(1.2);
  });

  afterAll(() => {
    // PAYLOAD_REPORT=1 prints the measured figures (request and response bytes per operation) for docs/performance.md.
    if (process.env.PAYLOAD_REPORT)
      console.log(
        [...measured].map(([name, m]) => `${name}\t${m.request.toFixed(0)}\t${m.response.toFixed(0)}`).join('\n'),
      );
  });
});

describe('response bytes: what the reads get back, in the shape the library reads', () => {
  test('inspecting a cell gets back less than its request: sizing the inspection by request bytes covers both', async () => {
    const fill = await perOp(nothing, (ctx, i) => void loadFill(sheetOf(ctx).getRange(cellOf(i)), CAPS_19));
    const note = await perOp(
      nothing,
      (ctx, i) => void notesOf(sheetOf(ctx)).getItemOrNullObject(cellOf(i)).load('content'),
    );
    expect(fill.response).toBeLessThan(requestBytes.inspectCell({ fillTint: true, notes: false }));
    // A note of one line of ours; a person's long note is what the inspection's halving on a payload error is for.
    expect(note.response).toBeLessThan(R.inspectNote);
  });

  test("a page of comments: a person's comment with a reply of ours is COMMENT_BYTES within 20 %", async () => {
    const n = 200;
    const rec = await recordRequests(
      lib,
      async (ctx) => {
        const items = await threads(ctx, n);
        expect(items).toHaveLength(n);
      },
      answer(n),
    );
    const page = Buffer.byteLength(rec.responses[0]) / n;
    expect(ratio(COMMENT_BYTES, page)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(COMMENT_BYTES, page)).toBeLessThanOrEqual(1.2);
  });

  test('a block of values: what the read measures per cell is the response within 20 %, and so is the first guess', async () => {
    // 1 000 rows of the flat export (A:F), as the fake holds them: values, types and number formats.
    const doc = flatExportDoc(1_000);
    const fake = doc.context() as unknown as Excel.RequestContext;
    const block = fake.workbook.worksheets
      .getItem(FLAT_SHEET)
      .getRange('A1:F1001')
      .load('values,valueTypes,numberFormat');
    await fake.sync();
    const { values, valueTypes, numberFormat } = block;
    const cells = 1001 * 6;
    let got: unknown[][] = [];
    const rec = await recordRequests(
      lib,
      async (ctx) => {
        const range = ctx.workbook.worksheets
          .getItem(FLAT_SHEET)
          .getRange('A1:F1001')
          .load('values,valueTypes,numberFormat');
        await ctx.sync();
        got = range.values;
      },
      (a) => (a.ActionType === 2 ? { Values: values, ValueTypes: valueTypes, NumberFormat: numberFormat } : undefined),
    );
    expect(got).toEqual(values);
    const response = Buffer.byteLength(rec.responses[0]) / cells;
    // read.ts's takeBlock measures the three arrays' JSON.
    const measuredByRead = (jsonBytes(values) + jsonBytes(valueTypes) + jsonBytes(numberFormat)) / cells;
    expect(ratio(measuredByRead, response)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(measuredByRead, response)).toBeLessThanOrEqual(1.2);
    expect(ratio(ESTIMATED_CELL_BYTES, response)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(ESTIMATED_CELL_BYTES, response)).toBeLessThanOrEqual(1.2);
    if (process.env.PAYLOAD_REPORT)
      console.log(`block read: ${response.toFixed(1)} bytes a cell, read measures ${measuredByRead.toFixed(1)}`);
  });
});
