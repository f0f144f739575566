// Which optional Excel APIs this Excel offers: asked once, of the running Excel (isSetSupported) AND of the Office.js
// library the page loaded. isSetSupported answers for the host, not for the library: an old self-hosted Office.js on
// Microsoft 365 reports ExcelApi 1.18 yet has no `worksheet.notes`, and calling it throws a TypeError.

import type { HostCapabilities } from '../host';

/** `Office.context.requirements.isSetSupported`, injectable for tests. Versions are strings: '1.1' ≠ '1.10'. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** Whether the loaded library defines an Excel API member, `Class.member` (e.g. `Worksheet.notes`). */
export type LibraryHas = (member: string) => boolean;

export interface ExcelCapabilities extends HostCapabilities {
  /** `getUsedRangeOrNullObject(valuesOnly)` (1.4); before that `getUsedRange()`, which gives A1 on a blank sheet. */
  usedRangeOrNull: boolean;
  /** `Workbook.readOnly` (1.8). */
  readOnlyFlag: boolean;
  /**
   * `RangeFill.tintAndShade` (1.9): null for "no fill" and a number for a real fill — the only way to tell "no fill"
   * from white, since `RangeFill.color` reports '#FFFFFF' for both (office-js issues 4900 and 6218).
   */
  fillTint: boolean;
  /** `Application.suspendScreenUpdatingUntilNextSync` (1.9). */
  suspendScreen: boolean;
  /** `Worksheet.getRanges` and `RangeAreas.format` (1.9): one fill set on many cells at once. */
  rangeAreas: boolean;
  /** `Worksheet.protection` (1.2): without it a protected sheet is found only when a write fails. */
  protection: boolean;
  /** `RangeFormat.autofitColumns` (1.2), used on the findings sheet. */
  autofit: boolean;
  /**
   * `Workbook.getSelectedRanges` (1.9): a selection of several areas is read as their bounding range; before 1.9
   * `getSelectedRange` throws InvalidSelection on it and the user is asked to select one range.
   */
  selectedRanges: boolean;
  /**
   * `Workbook.settings` (1.4): the add-in's settings read and written live inside Excel.run, where the record is kept;
   * before that `Office.context.document.settings`, a copy per runtime refreshed before every read and write.
   */
  workbookSettings: boolean;
}

type Optional = Exclude<keyof ExcelCapabilities, 'settings' | 'downloads'>;

/**
 * Each optional capability: the requirement set that brings it and every library member the host calls only behind
 * it. test/hosts/excel/library.test.ts checks that every member the host uses is either in every Office.js we test
 * against or listed here, and that a library lacking a listed member turns its capability off.
 */
export const GUARDED: Readonly<Record<Optional, { set: string; members: readonly string[] }>> = {
  comments: {
    set: '1.10',
    members: [
      'Worksheet.comments',
      'CommentCollection.add',
      'CommentCollection.getCount',
      'CommentCollection.items',
      'CommentCollection.load',
      'Comment.authorName',
      'Comment.content',
      'Comment.delete',
      'Comment.getLocation',
      'Comment.id',
      'Comment.load',
      'Comment.replies',
      'CommentReply.authorName',
      'CommentReply.content',
      'CommentReply.delete',
      'CommentReply.id',
      'CommentReply.load',
      'CommentReplyCollection.add',
      'CommentReplyCollection.items',
    ],
  },
  notes: {
    set: '1.18',
    members: [
      'Worksheet.notes',
      'NoteCollection.add',
      'NoteCollection.getItemOrNullObject',
      'Note.content',
      'Note.delete',
      'Note.load',
    ],
  },
  merges: { set: '1.13', members: ['Range.getMergedAreasOrNullObject', 'RangeAreas.address', 'RangeAreas.load'] },
  usedRangeOrNull: { set: '1.4', members: ['Worksheet.getUsedRangeOrNullObject'] },
  readOnlyFlag: { set: '1.8', members: ['Workbook.readOnly'] },
  // A patterned fill is restored with its pattern colour and that colour's tint (all four came in 1.9).
  fillTint: {
    set: '1.9',
    members: ['RangeFill.tintAndShade', 'RangeFill.pattern', 'RangeFill.patternColor', 'RangeFill.patternTintAndShade'],
  },
  suspendScreen: {
    set: '1.9',
    members: ['Application.suspendScreenUpdatingUntilNextSync', 'RequestContext.application'],
  },
  rangeAreas: { set: '1.9', members: ['Worksheet.getRanges', 'RangeAreas.format'] },
  protection: { set: '1.2', members: ['Worksheet.protection', 'WorksheetProtection.protected'] },
  autofit: { set: '1.2', members: ['RangeFormat.autofitColumns'] },
  selectedRanges: { set: '1.9', members: ['Workbook.getSelectedRanges', 'RangeAreas.address', 'RangeAreas.load'] },
  workbookSettings: {
    set: '1.4',
    members: [
      'Workbook.settings',
      'SettingCollection.add',
      'SettingCollection.getItem',
      'SettingCollection.getItemOrNullObject',
      'Setting.delete',
      'Setting.load',
      'Setting.value',
    ],
  },
};

export function excelCapabilities(
  isSetSupported: IsSetSupported,
  libraryHas: LibraryHas = loadedLibraryHas(),
): ExcelCapabilities {
  const has = (c: Optional) => isSetSupported('ExcelApi', GUARDED[c].set) && GUARDED[c].members.every(libraryHas);
  return {
    comments: has('comments'),
    notes: has('notes'),
    merges: has('merges'),
    // Workbook.settings (1.4) or, before it, Office.context.document.settings: a Common API set present wherever an
    // add-in runs (Office 2016 MSI too).
    settings: true,
    usedRangeOrNull: has('usedRangeOrNull'),
    readOnlyFlag: has('readOnlyFlag'),
    fillTint: has('fillTint'),
    suspendScreen: has('suspendScreen'),
    rangeAreas: has('rangeAreas'),
    protection: has('protection'),
    autofit: has('autofit'),
    selectedRanges: has('selectedRanges'),
    workbookSettings: has('workbookSettings'),
  };
}

/** The running Office's check, or a check that says "1.1 only" where Office is not loaded. */
export function officeIsSetSupported(): IsSetSupported {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return (_n, v) => v === undefined || v === '1.1';
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

/**
 * Asks the page's `Excel` namespace (the loaded Office.js) whether it defines a member: a class's prototype has the
 * property (Office.js defines members as accessors and methods on prototypes). Where no Office.js Excel library is
 * loaded (no namespace, or one without the Worksheet class: a test's stand-in for `Excel.run`) every member counts
 * as present, and isSetSupported alone decides.
 */
export function loadedLibraryHas(namespace: unknown = (globalThis as { Excel?: unknown }).Excel): LibraryHas {
  const ns = (namespace ?? {}) as Record<string, unknown>;
  if (typeof ns.Worksheet !== 'function') return () => true;
  return (member) => {
    const [owner, name] = member.split('.') as [string, string];
    if (owner === 'Excel') return typeof ns[name] === 'function';
    const cls = ns[owner];
    return typeof cls === 'function' && name in (cls as { prototype: object }).prototype;
  };
}
