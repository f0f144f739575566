// What a cell's number format means to the reader: a percentage (shown as the text a reader sees), a date (the
// serial number read as a date), or neither. Read from xl/styles.xml: the custom formats (numFmts) as written —
// escaped characters kept, so `0\%` stays literal text (#8) — and each cell format's (xf's) numFmtId.

import { isDateFormat, isPercentFormat } from '../number-format';
import type { Package } from './zip-package';
import { readXmlPart } from './xml-bytes';

/** How a numeric cell of one cell format is read. */
export const FormatKind = { Plain: 0, Percent: 1, Date: 2 } as const;
export type FormatKind = (typeof FormatKind)[keyof typeof FormatKind];

/**
 * Excel's built-in number formats (ids below 164 that a workbook uses without writing them out), as Excel shows
 * them in a Chinese (zh-CN) installation: 27–36 and 50–58 are its locale's date and time formats.
 */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The cell formats of a workbook: for each xf index (a cell's `s`), how its numbers read and the format code. */
export interface CellFormats {
  kinds: Uint8Array;
  codes: ReadonlyArray<string | null>;
}

export const NO_FORMATS: CellFormats = { kinds: new Uint8Array(0), codes: [] };

export function formatKind(code: string | null | undefined): FormatKind {
  if (!code) return FormatKind.Plain;
  if (isPercentFormat(code)) return FormatKind.Percent;
  if (isDateFormat(code)) return FormatKind.Date;
  return FormatKind.Plain;
}

/** Reads the styles part's numFmts and cellXfs; a workbook without one has only the default format. */
export function readCellFormats(pkg: Package, part: string | undefined): CellFormats {
  if (!part || !pkg.has(part)) return NO_FORMATS;
  const { custom, ids } = readXmlPart(pkg, part, (stream) => {
    const custom = new Map<number, string>();
    const ids: number[] = [];
    let inCellXfs = false;
    let xfDepth = 0;
    let depth = 0;
    stream({
      open(el, attrs) {
        depth++;
        if (!el.main) return;
        if (el.local === 'numFmt' && depth === 3) {
          const id = Number(attrs.get('numFmtId'));
          const code = attrs.get('formatCode');
          if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
        } else if (el.local === 'cellXfs' && depth === 2) {
          inCellXfs = true;
        } else if (inCellXfs && el.local === 'xf' && depth === 3) {
          xfDepth = depth;
          const id = Number(attrs.get('numFmtId') ?? 0);
          ids.push(Number.isInteger(id) ? id : 0);
        }
      },
      close(el) {
        if (el.main && el.local === 'cellXfs' && depth === 2) inCellXfs = false;
        if (depth === xfDepth) xfDepth = 0;
        depth--;
      },
    });
    return { custom, ids };
  });
  const kinds = new Uint8Array(ids.length);
  const codes: Array<string | null> = new Array<string | null>(ids.length);
  const byId = new Map<number, { kind: FormatKind; code: string | null }>();
  for (let i = 0; i < ids.length; i++) {
    let f = byId.get(ids[i]);
    if (!f) {
      const code = custom.get(ids[i]) ?? BUILTIN_FORMATS[ids[i]] ?? null;
      f = { kind: formatKind(code), code };
      byId.set(ids[i], f);
    }
    kinds[i] = f.kind;
    codes[i] = f.code;
  }
  return { kinds, codes };
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a serial of the 1900 system, and the days from 1904-01-01 to 1900's serial 0 (1899-12-30). */
const SERIAL_1970 = 25569;
const DAYS_1904 = 1462;

/**
 * A serial number as a UTC date. In the 1900 system Excel counts 1900 as a leap year (serial 60 is the non-existent
 * 1900-02-29), so serials below 61 are one day later than plain arithmetic gives, as the Excel host reads them.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  const days = date1904 ? serial + DAYS_1904 : serial < 61 ? serial + 1 : serial;
  const d = new Date(Math.round((days - SERIAL_1970) * MS_PER_DAY));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * An ISO 8601 date or date-time of a `t="d"` cell (`2024-12-31`, `2024-12-31T08:30:00`, with or without a zone) as
 * a UTC date; a time without a zone is taken as written. null when it is not one.
 */
export function isoToDate(text: string): Date | null {
  const s = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    let t = Date.UTC(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0, sec ? +sec : 0, frac ? Math.round(+frac * 1000) : 0);
    if (zone && zone !== 'Z') {
      const z = /([+-])(\d{2}):?(\d{2})/.exec(zone) as RegExpExecArray;
      t -= (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +z[3]) * 60_000;
    }
    const date = new Date(t);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  // A time alone (T08:30:00) is a time of day on the 1900 system's day 0, as Excel stores a time.
  const time = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(s);
  if (time) {
    const [, h, mi, sec, frac] = time;
    return new Date(Date.UTC(1899, 11, 30, +h, +mi, sec ? +sec : 0, frac ? Math.round(+frac * 1000) : 0));
  }
  return null;
}
