// The part of WPS 表格's ET object model (typings: et-jsapi-declare) the WPS host uses, narrowed member by member.
//
// Every interface here names members of the declared WPS types (`Pick` or `Narrowed`, whose keys must exist on the
// declared type), so a misspelt member fails to compile both in the host and in the test fake that implements these
// interfaces. Members whose declared type is looser or wrong for what WPS really returns (the typings were derived by
// static analysis and say so) are narrowed to what the WPS documentation describes, e.g. `MergeCells` is null for a
// range that is partly merged, `Comment` is null on a cell without one. `wpsApplication()` checks at compile time
// that the real global `Application` still fits these interfaces.

/// <reference types="et-jsapi-declare" />

/** `O`, checked to name only members `T` declares (a misspelt key becomes `never` and fails to compile). */
type Narrowed<T, O extends { [P in keyof O]: P extends keyof T ? unknown : never }> = O;

/** Constants of the ET model (numeric values of the declared enums; ambient enums do not exist at run time). */
export const XL_NONE = -4142; // xlNone / xlPatternNone / xlColorIndexNone
export const XL_PATTERN_SOLID = 1; // xlPatternSolid
export const XL_SHEET_VISIBLE = -1 as Et.XlSheetVisibility; // xlSheetVisible
export const XL_SHEET_VERY_HIDDEN = 2 as Et.XlSheetVisibility; // xlSheetVeryHidden
export const MSO_LANGUAGE_ID_UI = 2 as Kso.MsoAppLanguageID; // msoLanguageIDUI
export const MSO_CTP_DOCK_RIGHT = 2 as Kso.MsoCTPDockPosition; // msoCTPDockPositionRight

export type WpsInterior = Pick<Et.Interior, 'Color' | 'Pattern' | 'PatternColor'>;

export type WpsComment = Pick<Et.Comment, 'Text' | 'Delete'> &
  Narrowed<
    Et.Comment,
    {
      /** The cell the comment belongs to (declared `any`; the documentation says it is the Range). */
      readonly Parent: WpsRange;
    }
  >;

export type WpsComments = Pick<Et.Comments, 'Count'> & Narrowed<Et.Comments, { Item(Index: number): WpsComment }>;

export type WpsRange = Pick<
  Et.Range,
  'Row' | 'Column' | 'Count' | 'Address' | 'Select' | 'ClearComments' | 'ClearContents'
> &
  Narrowed<
    Et.Range,
    {
      /** A single cell gives a scalar, a larger range an array of rows; empty cells are undefined, null or ''. */
      Value2: unknown;
      /** true when every cell is merged, false when none is, null when some are. */
      readonly MergeCells: boolean | null;
      readonly MergeArea: WpsRange;
      /** The format of every cell, or null when the cells differ. */
      NumberFormat: string | null;
      /** What the cell shows (a formula error shows its code, e.g. #DIV/0!); null when the cells differ. */
      readonly Text: string | null;
      /** Whole rows only: true when all are hidden, false when none are, null when some are. */
      readonly Hidden: boolean | null;
      readonly EntireRow: WpsRange;
      readonly Rows: WpsRange;
      readonly Columns: WpsRange;
      readonly Interior: WpsInterior;
      /** null on a cell without a comment (VBA's Nothing). */
      readonly Comment: WpsComment | null;
      AddComment(Text?: string): WpsComment;
      Item(RowIndex: number, ColumnIndex?: number): WpsRange;
      readonly Worksheet: WpsWorksheet;
    }
  >;

export type WpsWorksheet = Pick<Et.Worksheet, 'Name' | 'Visible' | 'ProtectContents' | 'Activate' | 'Delete'> &
  Narrowed<
    Et.Worksheet,
    {
      readonly UsedRange: WpsRange;
      readonly Comments: WpsComments;
      Range(Cell1: string): WpsRange;
    }
  >;

export type WpsSheets = Pick<Et.Sheets, 'Count'> &
  Narrowed<
    Et.Sheets,
    {
      /** Declared to return a sheet or, for an array index, a Sheets collection; the host passes one index. */
      Item(Index: string | number): WpsWorksheet | WpsSheets;
      /** Adds a worksheet (activating it, as in Excel) before or after another sheet. */
      Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet;
    }
  >;

export type WpsWindow = Narrowed<Et.Window, { readonly RangeSelection: WpsRange }>;

export type WpsWorkbook = Pick<Et.Workbook, 'Name' | 'ReadOnly' | 'ProtectStructure'> &
  Narrowed<
    Et.Workbook,
    {
      readonly Worksheets: WpsSheets;
      readonly ActiveSheet: WpsWorksheet;
    }
  >;

export type WpsLanguageSettings = Pick<Kso.LanguageSettings, 'LanguageID'>;

export type WpsTaskPane = Pick<WPS.CustomTaskpane, 'ID' | 'Visible' | 'DockPosition'>;

export type WpsPluginStorage = Pick<WPS.PluginStorage, 'getItem' | 'setItem'>;

/** The ET Application with the add-in root's members (task panes, plugin storage), as the global `Application`. */
export type WpsApplication = Pick<Et.Application, 'ScreenUpdating' | 'DisplayAlerts' | 'StatusBar'> &
  Narrowed<
    Et.Application,
    {
      /** null when no workbook is open. */
      readonly ActiveWorkbook: WpsWorkbook | null;
      readonly ActiveWindow: WpsWindow | null;
      readonly LanguageSettings: WpsLanguageSettings;
    }
  > &
  Narrowed<
    WPS.AddonRoot,
    {
      CreateTaskPane(url: string, title?: string): WpsTaskPane;
      GetTaskPane(id: number): WpsTaskPane | null;
      readonly PluginStorage: WpsPluginStorage;
    }
  >;

/** The global `Application` WPS gives every page of an add-in, or null outside WPS (a browser, node). */
export function wpsApplication(): WpsApplication | null {
  const root = globalThis as { Application?: WPSMergedRoot };
  if (!root.Application) return null;
  // Compile-time check that the declared global still fits the subset above.
  const app: WpsApplication = root.Application;
  return app;
}

/** Sheets.Item with one index returns a worksheet; a collection means a name matched a group (never ours). */
export function isWorksheet(item: WpsWorksheet | WpsSheets): item is WpsWorksheet {
  return 'UsedRange' in item;
}
