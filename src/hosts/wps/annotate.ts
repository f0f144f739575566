// Writes the core's annotation plan into a WPS workbook (fills and comments) and removes it again.
//
// The pane builds a plan from the stored state without looking at fills, so this module reconciles it with the
// workbook before writing: the record of a newly annotated cell takes the cell's real fill, a cell the product
// annotated before keeps its recorded original unless a person recoloured it since, and every cell recorded before
// and not annotated now is restored (the plan's `restore` and the stored state agree unless the plan is stale).
// Everything is checked before the first write (read-only workbook, protected sheets, a sheet of ours that is not
// ours), so a refusal leaves the workbook as it was; a WPS error in the middle undoes what this run wrote.
// Two reported WPS behaviours shape the comments: a string passed in may be cut at 255 characters, so comment text
// is written in pieces and read back; AddComment may put the author's name first, so a comment is ours with or
// without that label (splitWpsComment).

import { a1, parseA1 } from '../../core/a1';
import { isOurLine, mergeComment, splitComment } from '../../core/annotate/comments';
import { isOurFill, recoverState, type CellRef, type FillSnapshot } from '../../core/annotate/plan';
import type { AnnotatedCell, AnnotationEntry, AnnotationPlan, AnnotationState } from '../../core/annotate/types';
import type { Severity } from '../../core/model';
import { HostError, type ApplyOptions, type ApplyResult, type HostMessage } from '../host';
import { hexToWps, wpsToHex } from './color';
import {
  XL_NONE,
  XL_PATTERN_SOLID,
  type WpsApplication,
  type WpsComment,
  type WpsRange,
  type WpsWorkbook,
  type WpsWorksheet,
} from './et';
import { errorText, messages } from './messages';
import { activeWorkbook, visibleSheets } from './read';
import {
  OWN_SHEETS,
  STATE_MARKER,
  STATE_SHEET_NAME,
  checkWritable,
  findSheet,
  quietly,
  readStored,
  worksheets,
  writeStored,
  type Stored,
} from './store';

// ---------------------------------------------------------------------------------------------------------------
// Fills. A solid fill is exactly its '#RRGGBB'; a patterned fill also needs its pattern and pattern colour, kept in
// `hostFill` as {"wps":{…}} (the file host ignores a hostFill that is not an exceljs fill and uses originalFill).

interface WpsFill {
  pattern: number;
  color: number;
  patternColor: number;
}

/** A fill to put on a cell, as the state records it. */
type FillSpec = Pick<AnnotatedCell, 'originalFill' | 'hostFill'>;

function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The cell's fill now: null for none, '#RRGGBB' for the colour, hostFill for anything beyond a solid colour. */
export function fillOf(range: WpsRange): FillSnapshot {
  const interior = range.Interior;
  const pattern = asNumber(interior.Pattern);
  if (pattern === null || pattern === XL_NONE) return { fill: null };
  const color = asNumber(interior.Color);
  const hex = color !== null && color >= 0 && color <= 0xffffff ? wpsToHex(color) : null;
  if (pattern === XL_PATTERN_SOLID && hex !== null) return { fill: hex };
  const exact: WpsFill = { pattern, color: color ?? 0xffffff, patternColor: asNumber(interior.PatternColor) ?? 0 };
  return { fill: hex, hostFill: JSON.stringify({ wps: exact }) };
}

function wpsFillOf(rec: FillSpec): WpsFill | null {
  if (rec.hostFill === undefined) return null;
  try {
    const parsed = JSON.parse(rec.hostFill) as { wps?: Partial<WpsFill> };
    const w = parsed?.wps;
    if (w && typeof w.pattern === 'number' && typeof w.color === 'number' && typeof w.patternColor === 'number') {
      return { pattern: w.pattern, color: w.color, patternColor: w.patternColor };
    }
  } catch {
    // Another host's exact form (the file host's exceljs fill): the '#RRGGBB' beside it is the colour to restore.
  }
  return null;
}

function setSolid(range: WpsRange, hex: string): void {
  const interior = range.Interior;
  interior.Pattern = XL_PATTERN_SOLID;
  interior.Color = hexToWps(hex);
}

function setFill(range: WpsRange, rec: FillSpec): void {
  const exact = wpsFillOf(rec);
  if (exact) {
    const interior = range.Interior;
    interior.Pattern = exact.pattern;
    interior.Color = exact.color;
    interior.PatternColor = exact.patternColor;
  } else if (rec.originalFill) {
    setSolid(range, rec.originalFill);
  } else {
    range.Interior.Pattern = XL_NONE;
  }
}

function sameFill(now: FillSnapshot, want: FillSpec): boolean {
  const exact = wpsFillOf(want);
  if (exact) return now.hostFill === JSON.stringify({ wps: exact });
  return now.hostFill === undefined && now.fill === want.originalFill;
}

// ---------------------------------------------------------------------------------------------------------------
// Comments.

/**
 * The author's name WPS may put before the text AddComment is given, as its UI starts a comment ("审核员:\n…",
 * reported on some builds): a name without a line break or colon, a colon (either width), then at most one line
 * break. The name is the WPS user's, the same for a person's comment, so the label alone says nothing about whose
 * text follows it.
 */
const AUTHOR_LABEL = /^[^\r\n:：]{1,64}[:：][ \t]*(?:\r\n|\n|\r)?/;

/**
 * A comment's text as the person's part and our lines, with or without the author label WPS may have added when we
 * created the comment. A label followed at once by our first line came with our AddComment (a person's comment has
 * their text under the label, and mergeComment puts ours below it): it belongs to us and goes with our lines. Every
 * other label, and the text under it, is the person's and is kept byte for byte. The one case this cannot tell is a
 * person's empty comment holding only the label, to which we added our lines: it is taken for ours.
 */
export function splitWpsComment(text: string): { person: string; ours: string[] } {
  const whole = splitComment(text);
  if (isOurLine(text)) return whole;
  const label = AUTHOR_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length) : '';
  return isOurLine(rest) ? splitComment(rest) : whole;
}

/** True when the comment holds at least one line of ours (an author label before them or not). */
function hasWpsOurLines(text: string): boolean {
  return splitWpsComment(text).ours.length > 0;
}

/** Line breaks as '\n', trailing white space dropped: what WPS may normalise in stored comment text is not a change. */
function normalised(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** True when the comment WPS holds is `want`, or `want` under an author label WPS added. */
function sameComment(now: string | null, want: string | null): boolean {
  if (now === null || want === null) return now === want;
  const a = normalised(now);
  const b = normalised(want);
  if (a === b) return true;
  if (!a.endsWith(b)) return false;
  const head = a.slice(0, a.length - b.length);
  return AUTHOR_LABEL.exec(head)?.[0] === head;
}

function commentText(range: WpsRange): string | null {
  const comment = range.Comment;
  return comment ? comment.Text() : null;
}

/** The most characters passed to WPS in one string: longer ones are reported to be cut there. */
const PIECE = 255;

/** `text` in pieces of at most PIECE characters, never between the two halves of a surrogate pair. */
export function piecesOf(text: string, size = PIECE): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let cut = Math.min(at + size, text.length);
    const last = text.charCodeAt(cut - 1);
    if (cut < text.length && cut > at + 1 && last >= 0xd800 && last <= 0xdbff) cut--;
    out.push(text.slice(at, cut));
    at = cut;
  }
  return out;
}

/**
 * Puts `text` in the cell's comment, or deletes the comment for null. The first piece replaces the text (Text
 * without Start) or creates the comment; every further piece is inserted at the end (Start one past the length WPS
 * reports, so an author label and any line-break form WPS stores are counted; Overwrite 0 is False). The text is
 * read back: a comment WPS did not take whole is an error, so the run is undone rather than leaving lines cut.
 */
function setComment(range: WpsRange, text: string | null, where: string): void {
  const existing = range.Comment;
  if (text === null || text === '') {
    if (existing) existing.Delete();
    return;
  }
  const [first, ...rest] = piecesOf(text);
  let comment: WpsComment;
  if (existing) {
    existing.Text(first);
    comment = existing;
  } else comment = range.AddComment(first);
  for (const piece of rest) comment.Text(piece, comment.Text().length + 1, 0);
  if (!sameComment(comment.Text(), text)) throw new HostError(messages.commentCut(where));
}

/** The comment with our lines replaced by `lines` (a person's text kept byte for byte); null when nothing is left. */
function replaceOurLines(text: string | null, lines: readonly string[]): string | null {
  const person = text === null ? null : splitWpsComment(text).person;
  const merged = mergeComment(person, lines);
  return merged === '' ? null : merged;
}

// ---------------------------------------------------------------------------------------------------------------
// Reconciling the plan with the workbook.

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

function record(sheet: string, cell: string, snap: FillSnapshot): AnnotatedCell {
  const out: AnnotatedCell = { sheet, cell, originalFill: snap.fill };
  if (snap.hostFill !== undefined) out.hostFill = snap.hostFill;
  return out;
}

/** Cells whose comment holds lines of ours, with their fill now, on every sheet a person sees. */
function cellsWithOurLines(wb: WpsWorkbook): Array<CellRef & FillSnapshot> {
  const out: Array<CellRef & FillSnapshot> = [];
  for (const ws of visibleSheets(wb)) {
    const comments = ws.Comments;
    for (let i = 1; i <= comments.Count; i++) {
      const comment = comments.Item(i);
      if (!hasWpsOurLines(comment.Text())) continue;
      const cell = comment.Parent;
      out.push({ sheet: ws.Name, cell: a1(cell.Row, cell.Column), ...fillOf(cell) });
    }
  }
  return out;
}

/** The stored state, completed with cells that carry our lines but no record (the record was lost or edited). */
export function currentState(wb: WpsWorkbook): { stored: Stored | null; state: AnnotationState | null } {
  const { stored } = readStored(wb);
  return { stored, state: recoverState(stored?.state ?? null, cellsWithOurLines(wb)) };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Entries moved to the top-left cell of their merged area (the cell WPS shows), same-cell entries combined. */
function anchored(entries: readonly AnnotationEntry[], sheets: Map<string, WpsWorksheet>): AnnotationEntry[] {
  const out = new Map<string, AnnotationEntry>();
  for (const e of entries) {
    const range = (sheets.get(e.sheet) as WpsWorksheet).Range(e.cell);
    let cell = e.cell;
    if (range.MergeCells) {
      const area = range.MergeArea;
      cell = a1(area.Row, area.Column);
    }
    const k = key(e.sheet, cell);
    const prev = out.get(k);
    if (!prev) {
      out.set(k, { ...e, cell });
      continue;
    }
    const worst = SEVERITY_ORDER[e.severity] < SEVERITY_ORDER[prev.severity] ? e : prev;
    const lines = [...prev.lines, ...e.lines.filter((l) => !prev.lines.includes(l))];
    out.set(k, { ...prev, severity: worst.severity, fill: worst.fill, lines });
  }
  return [...out.values()];
}

interface Target {
  sheet: WpsWorksheet;
  range: WpsRange;
  /** The record to store (annotated cells) or the fill to give back (restored cells). */
  record: AnnotatedCell;
}

interface Work {
  /** Cells to annotate, each with the record to store for it. */
  annotate: Array<Target & { entry: AnnotationEntry }>;
  /** Cells to give back their original fill and their comment without our lines. */
  restore: Target[];
  /** Sheets named by the plan or the state that the workbook no longer has. */
  missing: string[];
}

function compareTargets(a: Target, b: Target): number {
  if (a.record.sheet !== b.record.sheet) return a.record.sheet < b.record.sheet ? -1 : 1;
  const pa = parseA1(a.record.cell);
  const pb = parseA1(b.record.cell);
  return pa.row - pb.row || pa.col - pb.col;
}

function reconcile(wb: WpsWorkbook, plan: AnnotationPlan, state: AnnotationState | null): Work {
  const sheets = new Map<string, WpsWorksheet>();
  for (const ws of worksheets(wb)) if (!OWN_SHEETS.has(ws.Name)) sheets.set(ws.Name, ws);
  const missing = new Set<string>();
  const exists = (sheet: string): boolean => {
    if (sheets.has(sheet)) return true;
    if (!OWN_SHEETS.has(sheet)) missing.add(sheet);
    return false;
  };

  const entries = anchored(
    plan.entries.filter((e) => exists(e.sheet)),
    sheets,
  );
  const previous = new Map<string, AnnotatedCell>();
  for (const c of state?.cells ?? []) previous.set(key(c.sheet, c.cell), c);
  // A stale plan may list a cell to restore that the state no longer has: its record is still the best we know.
  for (const c of plan.restore) if (!previous.has(key(c.sheet, c.cell))) previous.set(key(c.sheet, c.cell), c);

  const annotate: Work['annotate'] = [];
  const now = new Set<string>();
  for (const entry of entries) {
    const sheet = sheets.get(entry.sheet) as WpsWorksheet;
    const range = sheet.Range(entry.cell);
    const snap = fillOf(range);
    const prev = previous.get(key(entry.sheet, entry.cell));
    // Our fill on a cell we annotated is ours, never its original; any other fill is a person's recolouring.
    const rec = prev && isOurFill(snap.fill) ? prev : record(entry.sheet, entry.cell, snap);
    annotate.push({ entry, sheet, range, record: rec });
    now.add(key(entry.sheet, entry.cell));
  }

  const restore: Work['restore'] = [];
  for (const [k, prev] of previous) {
    if (now.has(k) || !exists(prev.sheet)) continue;
    const sheet = sheets.get(prev.sheet) as WpsWorksheet;
    const range = sheet.Range(prev.cell);
    const snap = fillOf(range);
    // A person recoloured the cell after our run: restoring to their current fill leaves their choice alone.
    restore.push({ sheet, range, record: isOurFill(snap.fill) ? prev : record(prev.sheet, prev.cell, snap) });
  }
  annotate.sort(compareTargets);
  restore.sort(compareTargets);
  return { annotate, restore, missing: [...missing].sort() };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing, with an undo log.

interface Undo {
  range: WpsRange;
  fill: FillSpec;
  comment: string | null;
  label: string;
}

function checkSheetsEditable(work: Work): void {
  const checked = new Set<string>();
  for (const t of [...work.restore, ...work.annotate]) {
    if (checked.has(t.record.sheet)) continue;
    checked.add(t.record.sheet);
    if (t.sheet.ProtectContents) throw new HostError(messages.sheetProtected(t.record.sheet));
  }
}

/** Gives the cell `fill` and `comment`, writing only what differs; `where` ("Sheet!A1") names it in an error. */
function writeCell(range: WpsRange, fill: FillSpec, comment: string | null, where: string): void {
  if (!sameFill(fillOf(range), fill)) setFill(range, fill);
  if (!sameComment(commentText(range), comment)) setComment(range, comment, where);
}

function snapshotFill(range: WpsRange): FillSpec {
  const snap = fillOf(range);
  return snap.hostFill === undefined ? { originalFill: snap.fill } : { originalFill: snap.fill, hostFill: snap.hostFill };
}

/** Puts every cell this run touched back as it was; the labels of cells that could not be put back. */
function rollBack(undo: Undo[]): string[] {
  const failed: string[] = [];
  for (const u of [...undo].reverse()) {
    try {
      writeCell(u.range, u.fill, u.comment, u.label);
    } catch {
      failed.push(u.label);
    }
  }
  return failed;
}

function run(app: WpsApplication, wb: WpsWorkbook, plan: AnnotationPlan, options: ApplyOptions): ApplyResult {
  const { stored, state } = currentState(wb);
  const work = reconcile(wb, plan, state);
  const nextState: AnnotationState = { version: 1, cells: work.annotate.map((w) => w.record) };
  // A summary sheet the file host wrote lists the findings of an earlier run: it goes with a new run or a clear,
  // unless the workbook structure is protected (then it stays, and the record keeps naming it).
  const summary = stored?.summarySheet ? findSheet(wb, stored.summarySheet) : null;
  const keepSummary = summary !== null && wb.ProtectStructure;

  // Every refusal happens here, before the first write.
  checkSheetsEditable(work);
  if (nextState.cells.length > 0 || keepSummary) checkWritable(wb, STATE_SHEET_NAME, STATE_MARKER);

  const out: HostMessage[] = [];
  if (work.missing.length > 0) out.push(messages.sheetMissing(work.missing));
  const written: string[] = [];
  const undo: Undo[] = [];
  const total = work.restore.length + work.annotate.length;
  const step = (t: Target, fill: FillSpec, lines: readonly string[]): void => {
    const label = `${t.record.sheet}!${t.record.cell}`;
    const comment = commentText(t.range);
    undo.push({ range: t.range, fill: snapshotFill(t.range), comment, label });
    writeCell(t.range, fill, replaceOurLines(comment, lines), label);
    written.push(label);
    if (options.onProgress && (written.length === total || written.length % 50 === 0)) {
      options.onProgress(written.length / total);
    }
  };

  quietly(app, () => {
    try {
      for (const t of work.restore) step(t, t.record, []);
      for (const t of work.annotate) step(t, { originalFill: t.entry.fill }, t.entry.lines);
      writeStored(app, wb, {
        product: 'indicator-checker',
        version: 1,
        state: nextState,
        summarySheet: keepSummary ? (stored?.summarySheet ?? null) : null,
      });
    } catch (error) {
      const failed = rollBack(undo);
      if (error instanceof HostError && failed.length === 0) throw error;
      const detail = errorText(error);
      throw new HostError(failed.length === 0 ? messages.writeRolledBack(detail) : messages.writePartial(detail, failed));
    }
  });
  if (summary && !keepSummary) {
    // Last: the cells and the record are consistent already; a summary that cannot go is only stale.
    try {
      quietly(app, () => summary.Delete());
    } catch (error) {
      out.push(messages.summaryNotRemoved(summary.Name, errorText(error)));
    }
  }
  if (total === 0) options.onProgress?.(1);
  return { written, messages: out };
}

/** Applies the plan (see the module comment for how it is reconciled with the workbook). */
export function applyPlan(app: WpsApplication, plan: AnnotationPlan, options: ApplyOptions = {}): ApplyResult {
  const wb = activeWorkbook(app);
  if (wb.ReadOnly) throw new HostError(messages.readOnly());
  return run(app, wb, plan, options);
}

/** Removes every annotation of ours: original fills back, our lines out of comments, our record and sheets gone. */
export function clearAnnotations(app: WpsApplication, options: ApplyOptions = {}): ApplyResult {
  const wb = activeWorkbook(app);
  if (wb.ReadOnly) throw new HostError(messages.readOnly());
  return run(app, wb, { entries: [], restore: [], nextState: { version: 1, cells: [] } }, options);
}

/** Activates the sheet and selects the cell, so the person sees what a finding is about. */
export function selectCell(app: WpsApplication, sheet: string, cell: string): void {
  const wb = activeWorkbook(app);
  const ws = findSheet(wb, sheet);
  if (!ws || OWN_SHEETS.has(ws.Name)) throw new HostError(messages.noSuchSheet(sheet));
  ws.Activate();
  ws.Range(cell).Select();
}

