// Turns what Office.js returns for a cell (values, valueTypes, numberFormat) into the core Grid's Cell.

import type { Cell } from '../../core/grid';
import { formatPercent, isDateFormat, isPercentFormat } from '../number-format';

export { formatPercent, isDateFormat, isPercentFormat };

/** Excel's `Range.valueTypes` entries (Excel.RangeValueType as strings, so this file needs no Office global). */
export type ExcelValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 in the 1900 date system once Excel's phantom 1900-02-29 (serial 60) is accounted for. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * A serial number of the 1900 date system as a UTC date. Excel counts 1900 as a leap year (serial 60 is the
 * non-existent 1900-02-29), so serials below 61 are one day later than plain arithmetic gives.
 */
export function serialToDate(serial: number): Date {
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(days * MS_PER_DAY));
}

/**
 * One cell as the core sees it. Errors arrive as their code (`#N/A`) with valueType 'Error'; dates as serial numbers
 * with a date format; a percentage as the text Excel shows ('95%'), because a reviewer reads 95%, not 0.95.
 */
export function toCell(value: unknown, type: ExcelValueType | string | undefined, format: string | undefined): Cell {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (isPercentFormat(format)) return formatPercent(value, format as string);
    if (isDateFormat(format)) return serialToDate(value);
    return value;
  }
  if (typeof value === 'string') return value;
  // Rich values (linked data types, images in cells) have no plain value the core could check.
  return null;
}
