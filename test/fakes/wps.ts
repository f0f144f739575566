// An in-memory fake of the part of WPS 表格's ET object model the WPS host uses, typed against et-jsapi-declare.
//
// Every class `implements` the host's narrowed interfaces (src/hosts/wps/et.ts), which are `Pick`s of the declared
// WPS types, so a member the typings do not declare fails to compile here as in the host. Behaviour follows the WPS
// documentation (and Excel's VBA model, which WPS's ET model copies) where a test could tell the difference:
// - Value2: a scalar for one cell, an array of rows otherwise; empty cells are undefined; writing a string to a cell
//   that is not text-formatted parses numbers and refuses formula-like text (the fake throws: a host bug);
// - MergeCells: true / false / null (some cells merged); MergeArea only for a single cell;
// - Interior: Color is RGB(r, g, b) = r + g*256 + b*65536; a cell without fill has Pattern xlNone (-4142) and
//   reads Color 16777215; setting Color on such a cell makes it solid; Pattern = xlNone removes the fill;
// - Comment is null on a cell without one; AddComment on a cell that has one throws; Comment.Text(t) without Start
//   replaces the text (WPS doc: "如果省略此参数，则删除批注中的所有现有文字"), with Start inserts (or overwrites);
// - a formula error (`errorCell`) reads in Value2 as the number WPS gives (CVErr's HRESULT, e.g. -2146826281 for
//   #DIV/0!) and in Text as its code; Text is a cell's `text` when set, else its value as a string;
// - a protected sheet refuses every change to cells, fills and comments; a read-only workbook accepts changes in
//   memory (WPS only refuses to save it), so the host itself must refuse;
// - a protected workbook structure refuses adding, deleting, renaming and hiding sheets; Sheets.Add activates the
//   new sheet; hiding the active sheet activates the next visible one; Select needs its sheet to be active;
// - deleting a sheet while DisplayAlerts is true would block on a confirmation dialog, and Excel refuses to delete
//   a very hidden sheet: the fake throws for both.
// `calls` counts every crossing into WPS, for tests that assert a read stays cheap.
// Two options model what WPS builds are reported to do and the documentation does not say (FakeWpsOptions): cut every
// string passed in at 255 characters, and put the author's name before the text AddComment is given.

import { a1, areaA1, parseA1, parseAreaA1 } from '../../src/core/a1';
import type { Area } from '../../src/core/grid';
import {
  XL_NONE,
  XL_PATTERN_SOLID,
  type WpsApplication,
  type WpsComment,
  type WpsComments,
  type WpsInterior,
  type WpsLanguageSettings,
  type WpsPluginStorage,
  type WpsRange,
  type WpsSheets,
  type WpsTaskPane,
  type WpsWindow,
  type WpsWorkbook,
  type WpsWorksheet,
} from '../../src/hosts/wps/et';

const WHITE = 0xffffff;
const DEFAULT_FORMAT = 'G/通用格式';
const VISIBLE = -1;

export interface FakeInteriorModel {
  pattern: number;
  color: number;
  patternColor: number;
}

export interface FakeCellModel {
  value?: unknown;
  /** What the cell shows (Range.Text) when it differs from its value as a string: an error's code, a formatted number. */
  text?: string;
  numberFormat?: string;
  interior?: FakeInteriorModel;
  comment?: { text: string; author: string };
}

export interface FakeSheetModel {
  name: string;
  /** xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  visible: number;
  protectContents: boolean;
  /** Keyed by A1 address. */
  cells: Record<string, FakeCellModel>;
  merges: Area[];
  hiddenRows: number[];
}

export interface FakeWorkbookModel {
  name: string;
  sheets: FakeSheetModel[];
  active: string;
  selection: { sheet: string; area: Area } | null;
  readOnly: boolean;
  protectStructure: boolean;
}

export function emptySheet(name: string): FakeSheetModel {
  return { name, visible: VISIBLE, protectContents: false, cells: {}, merges: [], hiddenRows: [] };
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function inArea(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

function cellsOf(area: Area): Array<{ row: number; col: number; ref: string }> {
  const out: Array<{ row: number; col: number; ref: string }> = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) out.push({ row, col, ref: a1(row, col) });
  }
  return out;
}

/** Reported behaviour of some WPS builds, off by default. */
export interface FakeWpsOptions {
  /** Every string passed into WPS (Value2, AddComment, Comment.Text) is cut to this many characters (e.g. 255). */
  cutStringsAt?: number;
  /** AddComment puts this before the text it is given, e.g. '审核员:\n' (the author's name, as WPS's UI does). */
  authorPrefix?: string;
}

/** CVErr numbers of the formula errors (xlErrDiv0 2007…), as VBA names them. */
const CVERR: Record<string, number> = {
  '#NULL!': 2000,
  '#DIV/0!': 2007,
  '#VALUE!': 2015,
  '#REF!': 2023,
  '#NAME?': 2029,
  '#NUM!': 2036,
  '#N/A': 2042,
};

/** A cell holding a formula error, as WPS shows it: Value2 the HRESULT 0x800A0000 + CVErr (signed), Text its code. */
export function errorCell(code: string): FakeCellModel {
  const n = CVERR[code];
  if (n === undefined) throw new Error(`fake: no error ${code}`);
  return { value: (0x800a0000 + n) | 0, text: code };
}

/** The whole fake: the application, its one open workbook (or none) and counters for tests. */
export class FakeWps {
  calls = 0;
  screenUpdating = true;
  displayAlerts = true;
  statusBar: string | boolean | number = false;
  /** LanguageID(msoLanguageIDUI): 2052 is zh-CN, 1033 en-US. */
  uiLanguage = 2052;
  readonly panes: FakeTaskPane[] = [];
  readonly storage = new Map<string, string>();
  readonly app: FakeApplication;
  /** Called before every write to a cell, its fill or its comment; a test throws from it to make WPS fail there. */
  fault: ((op: string, sheet: string, ref: string) => void) | null = null;

  constructor(
    public workbook: FakeWorkbookModel | null,
    readonly options: FakeWpsOptions = {},
  ) {
    this.app = new FakeApplication(this);
  }

  tick(): void {
    this.calls++;
  }

  /** A string as it arrives inside WPS (cut when the option says so). */
  passed(text: string): string {
    const at = this.options.cutStringsAt;
    return at === undefined ? text : text.slice(0, at);
  }

  write(op: string, sheet: FakeSheetModel, area: Area): void {
    guardCells(sheet);
    this.fault?.(op, sheet.name, areaA1(area));
  }

  sheet(name: string): FakeSheetModel {
    const found = this.workbook?.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`fake: no sheet ${name}`);
    return found;
  }

  /** The workbook as saved: what a reopened WPS would load (the application state and plugin storage are not). */
  saved(): FakeWorkbookModel {
    if (!this.workbook) throw new Error('fake: no workbook to save');
    return { ...clone(this.workbook), readOnly: false, selection: null };
  }
}

function guardCells(sheet: FakeSheetModel): void {
  if (sheet.protectContents) throw new Error('您试图更改的单元格或图表受保护 (the sheet is protected)');
}

function guardStructure(wps: FakeWps): void {
  if (wps.workbook?.protectStructure) throw new Error('工作簿结构受保护 (workbook structure is protected)');
}

export class FakeInterior implements WpsInterior {
  constructor(
    private readonly wps: FakeWps,
    private readonly range: FakeRange,
  ) {}

  private read<K extends keyof FakeInteriorModel>(key: K, none: number): number | null {
    this.wps.tick();
    const values = new Set(this.range.models().map((m) => (m.interior ? m.interior[key] : none)));
    return values.size === 1 ? [...values][0] : null;
  }

  private write(update: (m: FakeCellModel) => void): void {
    this.wps.tick();
    this.wps.write('Interior', this.range.sheetModel, this.range.area);
    for (const m of this.range.models(true)) update(m);
  }

  get Color(): number | null {
    return this.read('color', WHITE);
  }
  set Color(value: number) {
    if (!Number.isInteger(value) || value < 0 || value > WHITE) throw new Error(`fake: bad colour ${value}`);
    this.write((m) => {
      m.interior = {
        pattern: m.interior?.pattern ?? XL_PATTERN_SOLID,
        color: value,
        patternColor: m.interior?.patternColor ?? 0,
      };
    });
  }

  get Pattern(): number | null {
    return this.read('pattern', XL_NONE);
  }
  set Pattern(value: number) {
    this.write((m) => {
      if (value === XL_NONE) delete m.interior;
      else
        m.interior = { pattern: value, color: m.interior?.color ?? WHITE, patternColor: m.interior?.patternColor ?? 0 };
    });
  }

  get PatternColor(): number | null {
    return this.read('patternColor', 0);
  }
  set PatternColor(value: number) {
    this.write((m) => {
      if (m.interior) m.interior.patternColor = value;
    });
  }
}

export class FakeComment implements WpsComment {
  constructor(
    private readonly wps: FakeWps,
    private readonly sheet: FakeSheetModel,
    private readonly ref: string,
  ) {}

  private model(): { text: string; author: string } {
    const c = this.sheet.cells[this.ref]?.comment;
    if (!c) throw new Error('fake: the comment was deleted');
    return c;
  }

  Text(Text?: string, Start?: number, Overwrite?: number): string {
    this.wps.tick();
    const c = this.model();
    if (Text === undefined) return c.text;
    this.wps.write('Comment.Text', this.sheet, parseAreaA1(this.ref));
    const text = this.wps.passed(Text);
    if (Start === undefined) c.text = text;
    else {
      const at = Math.max(0, Start - 1);
      c.text = c.text.slice(0, at) + text + c.text.slice(Overwrite ? at + text.length : at);
    }
    return c.text;
  }

  Delete(): void {
    this.wps.tick();
    this.wps.write('Comment.Delete', this.sheet, parseAreaA1(this.ref));
    this.model();
    delete this.sheet.cells[this.ref].comment;
  }

  get Parent(): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.sheet, parseAreaA1(this.ref));
  }
}

export class FakeComments implements WpsComments {
  constructor(
    private readonly wps: FakeWps,
    private readonly sheet: FakeSheetModel,
  ) {}

  private refs(): string[] {
    return Object.keys(this.sheet.cells)
      .filter((ref) => this.sheet.cells[ref].comment)
      .sort((x, y) => {
        const a = parseA1(x);
        const b = parseA1(y);
        return a.row - b.row || a.col - b.col;
      });
  }

  get Count(): number {
    this.wps.tick();
    return this.refs().length;
  }

  Item(Index: number): FakeComment {
    this.wps.tick();
    const ref = this.refs()[Index - 1];
    if (!ref) throw new Error(`fake: no comment ${Index}`);
    return new FakeComment(this.wps, this.sheet, ref);
  }
}

type Lines = 'cells' | 'rows' | 'columns';

export class FakeRange implements WpsRange {
  constructor(
    private readonly wps: FakeWps,
    readonly sheetModel: FakeSheetModel,
    readonly area: Area,
    private readonly lines: Lines = 'cells',
    private readonly entireRows = false,
  ) {}

  /** The models of the range's cells (created on demand when `create`). */
  models(create = false): FakeCellModel[] {
    return cellsOf(this.area).map(({ ref }) => {
      let m = this.sheetModel.cells[ref];
      if (!m && create) m = this.sheetModel.cells[ref] = {};
      return m ?? {};
    });
  }

  private single(what: string): string {
    if (this.area.top !== this.area.bottom || this.area.left !== this.area.right) {
      throw new Error(`fake: ${what} needs a single cell, not ${areaA1(this.area)}`);
    }
    return a1(this.area.top, this.area.left);
  }

  get Row(): number {
    this.wps.tick();
    return this.area.top;
  }
  get Column(): number {
    this.wps.tick();
    return this.area.left;
  }
  get Count(): number {
    this.wps.tick();
    const rows = this.area.bottom - this.area.top + 1;
    const cols = this.area.right - this.area.left + 1;
    return this.lines === 'rows' ? rows : this.lines === 'columns' ? cols : rows * cols;
  }
  /** "$A$13:$A$17" by default; relative parts without the dollars, as in Excel. */
  Address(RowAbsolute: boolean = true, ColumnAbsolute: boolean = true): string {
    this.wps.tick();
    const part = (row: number, col: number) => {
      const ref = a1(row, col);
      const letters = ref.replace(/\d+$/, '');
      return `${ColumnAbsolute ? '$' : ''}${letters}${RowAbsolute ? '$' : ''}${row}`;
    };
    const { top, left, bottom, right } = this.area;
    const first = part(top, left);
    return top === bottom && left === right ? first : `${first}:${part(bottom, right)}`;
  }

  get Rows(): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.sheetModel, this.area, 'rows');
  }
  get Columns(): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.sheetModel, this.area, 'columns');
  }
  get EntireRow(): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.sheetModel, { ...this.area, left: 1, right: 16384 }, 'cells', true);
  }
  get Worksheet(): FakeWorksheet {
    this.wps.tick();
    return new FakeWorksheet(this.wps, this.sheetModel);
  }

  Item(RowIndex: number, ColumnIndex?: number): FakeRange {
    this.wps.tick();
    const { top, left } = this.area;
    if (this.lines === 'rows') {
      return new FakeRange(this.wps, this.sheetModel, {
        ...this.area,
        top: top + RowIndex - 1,
        bottom: top + RowIndex - 1,
      });
    }
    if (this.lines === 'columns') {
      return new FakeRange(this.wps, this.sheetModel, {
        ...this.area,
        left: left + RowIndex - 1,
        right: left + RowIndex - 1,
      });
    }
    let row = top + RowIndex - 1;
    let col = left;
    if (ColumnIndex === undefined) {
      const width = this.area.right - left + 1;
      row = top + Math.floor((RowIndex - 1) / width);
      col = left + ((RowIndex - 1) % width);
    } else col = left + ColumnIndex - 1;
    return new FakeRange(this.wps, this.sheetModel, { top: row, left: col, bottom: row, right: col });
  }

  get Value2(): unknown {
    this.wps.tick();
    const { top, left, bottom, right } = this.area;
    const at = (row: number, col: number) => this.sheetModel.cells[a1(row, col)]?.value;
    if (top === bottom && left === right) return at(top, left);
    const out: unknown[][] = [];
    for (let row = top; row <= bottom; row++) {
      const r: unknown[] = [];
      for (let col = left; col <= right; col++) r.push(at(row, col));
      out.push(r);
    }
    return out;
  }
  set Value2(value: unknown) {
    this.wps.tick();
    this.wps.write('Value2', this.sheetModel, this.area);
    const { top, left } = this.area;
    for (const { row, col, ref } of cellsOf(this.area)) {
      const given = Array.isArray(value) ? (value[row - top] as unknown[] | undefined)?.[col - left] : value;
      const v = typeof given === 'string' ? this.wps.passed(given) : given;
      const m = (this.sheetModel.cells[ref] ??= {});
      delete m.text;
      const text = m.numberFormat === '@';
      if (typeof v === 'string' && !text) {
        if (/^[=+\-@]/.test(v)) throw new Error(`fake: writing "${v.slice(0, 20)}…" would enter a formula`);
        if (v.trim() !== '' && Number.isFinite(Number(v))) {
          m.value = Number(v);
          continue;
        }
      }
      if (v === undefined || v === null || v === '') delete m.value;
      else m.value = v;
    }
  }

  get MergeCells(): boolean | null {
    this.wps.tick();
    const all = cellsOf(this.area);
    const merged = all.filter(({ row, col }) => this.sheetModel.merges.some((m) => inArea(m, row, col))).length;
    return merged === 0 ? false : merged === all.length ? true : null;
  }

  get MergeArea(): FakeRange {
    this.wps.tick();
    const { row, col } = parseA1(this.single('MergeArea'));
    const m = this.sheetModel.merges.find((x) => inArea(x, row, col));
    return new FakeRange(this.wps, this.sheetModel, m ?? this.area);
  }

  get NumberFormat(): string | null {
    this.wps.tick();
    const formats = new Set(this.models().map((m) => m.numberFormat ?? DEFAULT_FORMAT));
    return formats.size === 1 ? [...formats][0] : null;
  }
  set NumberFormat(value: string | null) {
    this.wps.tick();
    guardCells(this.sheetModel);
    for (const m of this.models(true)) m.numberFormat = value ?? DEFAULT_FORMAT;
  }

  get Text(): string | null {
    this.wps.tick();
    const shown = new Set(
      this.models().map((m) => m.text ?? (m.value === undefined || m.value === null ? '' : String(m.value))),
    );
    return shown.size === 1 ? [...shown][0] : null;
  }

  get Hidden(): boolean | null {
    this.wps.tick();
    if (!this.entireRows) throw new Error('fake: Hidden needs whole rows (EntireRow)');
    let hidden = 0;
    for (let r = this.area.top; r <= this.area.bottom; r++) if (this.sheetModel.hiddenRows.includes(r)) hidden++;
    const rows = this.area.bottom - this.area.top + 1;
    return hidden === 0 ? false : hidden === rows ? true : null;
  }

  get Interior(): FakeInterior {
    this.wps.tick();
    return new FakeInterior(this.wps, this);
  }

  get Comment(): FakeComment | null {
    this.wps.tick();
    const ref = this.single('Comment');
    return this.sheetModel.cells[ref]?.comment ? new FakeComment(this.wps, this.sheetModel, ref) : null;
  }

  AddComment(Text?: string): FakeComment {
    this.wps.tick();
    const ref = this.single('AddComment');
    this.wps.write('AddComment', this.sheetModel, this.area);
    const m = (this.sheetModel.cells[ref] ??= {});
    if (m.comment) throw new Error('fake: the cell already has a comment');
    m.comment = { text: (this.wps.options.authorPrefix ?? '') + this.wps.passed(Text ?? ''), author: 'WPS 用户' };
    return new FakeComment(this.wps, this.sheetModel, ref);
  }

  ClearComments(): void {
    this.wps.tick();
    guardCells(this.sheetModel);
    for (const m of this.models()) delete m.comment;
  }

  ClearContents(): boolean {
    this.wps.tick();
    guardCells(this.sheetModel);
    for (const m of this.models()) {
      delete m.value;
      delete m.text;
    }
    return true;
  }

  Select(): boolean {
    this.wps.tick();
    const wb = this.wps.workbook;
    if (!wb || wb.active !== this.sheetModel.name) throw new Error('fake: Select needs the range on the active sheet');
    wb.selection = { sheet: this.sheetModel.name, area: this.area };
    return true;
  }
}

export class FakeWorksheet implements WpsWorksheet {
  constructor(
    private readonly wps: FakeWps,
    readonly model: FakeSheetModel,
  ) {}

  private workbook(): FakeWorkbookModel {
    if (!this.wps.workbook?.sheets.includes(this.model)) throw new Error('fake: the sheet was deleted');
    return this.wps.workbook;
  }

  get Name(): string {
    this.wps.tick();
    return this.model.name;
  }
  set Name(value: string) {
    this.wps.tick();
    guardStructure(this.wps);
    const wb = this.workbook();
    if (wb.sheets.some((s) => s !== this.model && s.name.toLowerCase() === value.toLowerCase())) {
      throw new Error(`fake: a sheet named ${value} exists`);
    }
    if (wb.active === this.model.name) wb.active = value;
    this.model.name = value;
  }

  get Visible(): Et.XlSheetVisibility {
    this.wps.tick();
    return this.model.visible as Et.XlSheetVisibility;
  }
  set Visible(value: Et.XlSheetVisibility) {
    this.wps.tick();
    guardStructure(this.wps);
    const wb = this.workbook();
    if (value !== VISIBLE) {
      const others = wb.sheets.filter((s) => s !== this.model && s.visible === VISIBLE);
      if (others.length === 0) throw new Error('fake: a workbook must keep one visible sheet');
      if (wb.active === this.model.name) wb.active = others[0].name;
    }
    this.model.visible = value;
  }

  get ProtectContents(): boolean {
    this.wps.tick();
    return this.model.protectContents;
  }

  Activate(): void {
    this.wps.tick();
    const wb = this.workbook();
    if (this.model.visible !== VISIBLE) throw new Error('fake: a hidden sheet cannot be activated');
    wb.active = this.model.name;
  }

  Delete(): void {
    this.wps.tick();
    guardStructure(this.wps);
    const wb = this.workbook();
    if (this.wps.displayAlerts) throw new Error('fake: deleting a sheet with DisplayAlerts on would block on a dialog');
    if (this.model.visible === 2) throw new Error('fake: a very hidden sheet cannot be deleted');
    const others = wb.sheets.filter((s) => s !== this.model && s.visible === VISIBLE);
    if (others.length === 0) throw new Error('fake: a workbook must keep one visible sheet');
    wb.sheets = wb.sheets.filter((s) => s !== this.model);
    if (wb.active === this.model.name) wb.active = others[0].name;
  }

  get UsedRange(): FakeRange {
    this.wps.tick();
    let area: Area | null = null;
    const grow = (a: Area) => {
      area = area
        ? {
            top: Math.min(area.top, a.top),
            left: Math.min(area.left, a.left),
            bottom: Math.max(area.bottom, a.bottom),
            right: Math.max(area.right, a.right),
          }
        : { ...a };
    };
    for (const [ref, m] of Object.entries(this.model.cells)) {
      if (m.value !== undefined || m.interior || m.comment || (m.numberFormat ?? DEFAULT_FORMAT) !== DEFAULT_FORMAT) {
        grow(parseAreaA1(ref));
      }
    }
    for (const m of this.model.merges) grow(m);
    return new FakeRange(this.wps, this.model, area ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }

  get Comments(): FakeComments {
    this.wps.tick();
    return new FakeComments(this.wps, this.model);
  }

  Range(Cell1: string): FakeRange {
    this.wps.tick();
    this.workbook();
    return new FakeRange(this.wps, this.model, parseAreaA1(Cell1));
  }
}

export class FakeSheets implements WpsSheets {
  constructor(private readonly wps: FakeWps) {}

  private wb(): FakeWorkbookModel {
    if (!this.wps.workbook) throw new Error('fake: no workbook');
    return this.wps.workbook;
  }

  get Count(): number {
    this.wps.tick();
    return this.wb().sheets.length;
  }

  Item(Index: string | number): FakeWorksheet {
    this.wps.tick();
    const sheets = this.wb().sheets;
    const model =
      typeof Index === 'number' ? sheets[Index - 1] : sheets.find((s) => s.name.toLowerCase() === Index.toLowerCase());
    if (!model) throw new Error(`fake: no sheet ${Index}`);
    return new FakeWorksheet(this.wps, model);
  }

  Add(Before?: WpsWorksheet, After?: WpsWorksheet): FakeWorksheet {
    this.wps.tick();
    guardStructure(this.wps);
    const wb = this.wb();
    let n = wb.sheets.length + 1;
    while (wb.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const model = emptySheet(`Sheet${n}`);
    const indexOf = (ws: WpsWorksheet | undefined) =>
      ws instanceof FakeWorksheet ? wb.sheets.indexOf(ws.model) : wb.sheets.findIndex((s) => s.name === wb.active);
    const at = After !== undefined ? indexOf(After) + 1 : indexOf(Before);
    wb.sheets.splice(at, 0, model);
    wb.active = model.name;
    return new FakeWorksheet(this.wps, model);
  }
}

export class FakeWorkbook implements WpsWorkbook {
  constructor(private readonly wps: FakeWps) {}

  private model(): FakeWorkbookModel {
    if (!this.wps.workbook) throw new Error('fake: the workbook was closed');
    return this.wps.workbook;
  }

  get Name(): string {
    this.wps.tick();
    return this.model().name;
  }
  get ReadOnly(): boolean {
    this.wps.tick();
    return this.model().readOnly;
  }
  get ProtectStructure(): boolean {
    this.wps.tick();
    return this.model().protectStructure;
  }
  get Worksheets(): FakeSheets {
    this.wps.tick();
    return new FakeSheets(this.wps);
  }
  get ActiveSheet(): FakeWorksheet {
    this.wps.tick();
    return new FakeWorksheet(this.wps, this.wps.sheet(this.model().active));
  }
}

export class FakeWindow implements WpsWindow {
  constructor(private readonly wps: FakeWps) {}

  get RangeSelection(): FakeRange {
    this.wps.tick();
    const wb = this.wps.workbook;
    if (!wb) throw new Error('fake: no workbook');
    const sel =
      wb.selection && wb.selection.sheet === wb.active ? wb.selection.area : { top: 1, left: 1, bottom: 1, right: 1 };
    return new FakeRange(this.wps, this.wps.sheet(wb.active), sel);
  }
}

export class FakeTaskPane implements WpsTaskPane {
  Visible = false;
  DockPosition = 2 as Kso.MsoCTPDockPosition;
  constructor(
    readonly ID: number,
    readonly url: string,
    readonly title: string | undefined,
  ) {}
}

export class FakeApplication implements WpsApplication {
  constructor(private readonly wps: FakeWps) {}

  get ActiveWorkbook(): FakeWorkbook | null {
    this.wps.tick();
    return this.wps.workbook ? new FakeWorkbook(this.wps) : null;
  }
  get ActiveWindow(): FakeWindow | null {
    this.wps.tick();
    return this.wps.workbook ? new FakeWindow(this.wps) : null;
  }
  get ScreenUpdating(): boolean {
    return this.wps.screenUpdating;
  }
  set ScreenUpdating(value: boolean) {
    this.wps.screenUpdating = value;
  }
  get DisplayAlerts(): boolean {
    return this.wps.displayAlerts;
  }
  set DisplayAlerts(value: boolean) {
    this.wps.displayAlerts = value;
  }
  get StatusBar(): string | boolean | number {
    return this.wps.statusBar;
  }
  set StatusBar(value: string | boolean | number) {
    this.wps.statusBar = value;
  }

  readonly LanguageSettings: WpsLanguageSettings = {
    LanguageID: (Id: Kso.MsoAppLanguageID) => (Id === 2 ? this.wps.uiLanguage : 2052),
  };

  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    const pane = new FakeTaskPane(this.wps.panes.length + 1, url, title);
    this.wps.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): FakeTaskPane | null {
    return this.wps.panes.find((p) => p.ID === id) ?? null;
  }

  readonly PluginStorage: WpsPluginStorage = {
    getItem: (key: string) => this.wps.storage.get(key) as string,
    setItem: (key: string, value: number | boolean | string) => {
      this.wps.storage.set(key, String(value));
    },
  };
}

/** A one-sheet workbook from rows of values (row 1 first), for tests that need no contract workbook. */
export function workbookOf(name: string, rows: unknown[][], merges: string[] = []): FakeWorkbookModel {
  const sheet = emptySheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') sheet.cells[a1(r + 1, c + 1)] = { value: v };
    }),
  );
  sheet.merges = merges.map((m) => parseAreaA1(m));
  return {
    name: `${name}.xlsx`,
    sheets: [sheet],
    active: name,
    selection: null,
    readOnly: false,
    protectStructure: false,
  };
}
