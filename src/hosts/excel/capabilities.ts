// Which ExcelApi requirement sets this Excel offers, asked once through Office.context.requirements.isSetSupported.

import type { HostCapabilities } from '../host';

/** `Office.context.requirements.isSetSupported`, injectable for tests. Versions are strings: '1.1' ≠ '1.10'. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

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
}

export function excelCapabilities(isSetSupported: IsSetSupported): ExcelCapabilities {
  const has = (v: string) => isSetSupported('ExcelApi', v);
  return {
    comments: has('1.10'),
    notes: has('1.18'),
    merges: has('1.13'),
    // Office.context.document.settings is a Common API set present wherever an add-in runs (Office 2016 MSI too).
    settings: true,
    usedRangeOrNull: has('1.4'),
    readOnlyFlag: has('1.8'),
    fillTint: has('1.9'),
    suspendScreen: has('1.9'),
  };
}

/** The running Office's check, or a check that says "1.1 only" where Office is not loaded. */
export function officeIsSetSupported(): IsSetSupported {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return (_n, v) => v === undefined || v === '1.1';
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}
