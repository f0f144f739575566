// One workbook being patched: its package, sheets, styles, sheet XML and notes parts parsed on demand, each at most
// once; the fill snapshot of a cell and the style change that gives a cell its original fill back.

import { parseA1 } from '../../core/a1';
import type { FillSnapshot } from '../../core/annotate/plan';
import type { AnnotatedCell } from '../../core/annotate/types';
import { SheetNotes } from './notes-xml';
import { readWorkbookInfo, type SheetEntry } from './opc';
import { SheetXml, type StyleChange } from './sheet-xml';
import { Styles } from './styles-xml';
import { Package } from './zip-package';

/** What the file host keeps in `hostFill`: the cell as it was, so clear gives back its exact `s=` and elements. */
interface XlsxFill {
  /** The `s` attribute as written (null: none), the format the cell showed, and whether <c> and <row> existed. */
  s: string | null;
  base: number;
  c: boolean;
  row: boolean;
  /** The original fill's XML. */
  fill: string;
}

function parseHostFill(text: string | undefined): XlsxFill | null {
  if (text === undefined) return null;
  try {
    const x = (JSON.parse(text) as { xlsx?: XlsxFill }).xlsx;
    return x && typeof x.base === 'number' && typeof x.fill === 'string' ? x : null;
  } catch {
    return null; // another host's form (WPS's): originalFill, recorded beside it, is still the original
  }
}

/** One workbook being patched: its parts parsed on demand, each at most once. */
export class Workbook {
  readonly pkg: Package;
  readonly sheets: Map<string, SheetEntry>;
  readonly strict: boolean;
  private stylesPart: Styles | null = null;
  private readonly xml = new Map<string, SheetXml>();
  private readonly notes = new Map<string, SheetNotes>();

  constructor(bytes: Uint8Array) {
    this.pkg = Package.open(bytes);
    const info = readWorkbookInfo(this.pkg);
    this.strict = info.strict;
    this.sheets = new Map(info.sheets.filter((s) => s.part && this.pkg.has(s.part)).map((s) => [s.name, s]));
  }

  get styles(): Styles {
    return (this.stylesPart ??= new Styles(this.pkg));
  }

  /** The worksheet part of a sheet the workbook lists; callers ask only for sheets it read. */
  private partOf(sheet: string): string {
    const found = this.sheets.get(sheet);
    if (!found) throw new Error(`no worksheet named ${sheet}`);
    return found.part;
  }

  notesOf(sheet: string): SheetNotes {
    let n = this.notes.get(sheet);
    if (!n) this.notes.set(sheet, (n = new SheetNotes(this.pkg, this.partOf(sheet), this.strict)));
    return n;
  }

  /** The sheet's XML with the cells of `rows` collected (parsed again when a row asked for was not collected). */
  sheetXml(sheet: string, rows: ReadonlySet<number>): SheetXml {
    const known = this.xml.get(sheet);
    if (known && [...rows].every((r) => known.hasRowDetail(r))) return known;
    const part = this.partOf(sheet);
    const wanted = new Set(rows);
    for (const r of known?.rows ?? []) if (r.cells) wanted.add(r.row);
    const xml = new SheetXml(part, known?.bytes ?? this.pkg.bytesOf(part), wanted);
    this.xml.set(sheet, xml);
    return xml;
  }

  snapshot(sheet: string, cell: string): FillSnapshot {
    const { row, col } = parseA1(cell);
    const now = this.sheetXml(sheet, new Set([row])).styleOf(row, col);
    const fill = this.styles.fillOf(now.base);
    const hostFill: XlsxFill = { s: now.s ?? null, base: now.base, c: now.hasCell, row: now.hasRow, fill: fill.xml };
    return { fill: fill.hex, hostFill: JSON.stringify({ xlsx: hostFill }) };
  }

  /** The style change giving a cell its original fill back. */
  restore(rec: AnnotatedCell): StyleChange | null {
    const { row, col } = parseA1(rec.cell);
    const now = this.sheetXml(rec.sheet, new Set([row])).styleOf(row, col);
    const orig = parseHostFill(rec.hostFill);
    const styles = this.styles;
    if (orig) {
      if (!now.hasCell && !orig.c) return null;
      const fillId = styles.findFill(orig.fill);
      const applyFill = styles.applyFillOf(orig.base);
      if (fillId !== undefined && styles.xfWithFill(now.base, fillId, applyFill) === styles.xf(orig.base)) {
        // Only our fill differs from the original format: the cell gets its own `s=` (and elements) back.
        return { row, col, s: orig.s, dropIfBare: !orig.c, dropRowIfEmpty: !orig.row };
      }
      return { row, col, s: String(styles.withFill(now.base, fillId ?? styles.fillIndex(orig.fill), applyFill)) };
    }
    const fillId = rec.originalFill ? styles.solidFill(rec.originalFill) : 0;
    return { row, col, s: String(styles.withFill(now.base, fillId, rec.originalFill ? '1' : null)) };
  }

  /** Writes every changed part into the package. */
  save(changes: Map<string, StyleChange[]>): void {
    this.stylesPart?.save();
    for (const [sheet, notes] of this.notes) {
      notes.save();
      if (!changes.has(sheet) && (notes.legacy.add || notes.legacy.remove)) changes.set(sheet, []);
    }
    for (const [sheet, list] of changes) {
      const xml = this.sheetXml(sheet, new Set(list.map((c) => c.row)));
      const legacy = this.notes.get(sheet)?.legacy ?? {};
      const bytes = xml.patch(list, legacy);
      if (!sameBytes(bytes, xml.bytes)) this.pkg.setBytes(xml.part, bytes);
    }
    // The scans hold each sheet's original bytes (tens of megabytes for a big export) and a slot per cell of the rows
    // concerned: not needed any more (a later sheetXml() scans the patched part), let go before the zip is written.
    this.xml.clear();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
