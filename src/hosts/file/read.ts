// The `file` host's reader: workbook bytes → Grids, after sniffing the bytes for hostile or wrong input. The package
// is read by the project's own code (grid-reader.ts: fflate for the zip, saxes for the XML), each sheet streamed into
// its grid. Browser-safe on purpose (no fs, no path): the standalone web page reads dropped files with it.

import type { Grid } from '../../core/grid';
import { fileError, withCode, type FileFailure } from './errors';
import { readGrids } from './grid-reader';
import { MalformedPartError } from './xml';
import { Package, PackageError, type PartCodec } from './zip-package';
import { sniffWorkbook, toBytes } from './zip-sniff';

export { entryDataOffset, sniffWorkbook, type SniffOutcome, type ZipEntry } from './zip-sniff';

export type ReadOutcome =
  | {
      ok: true;
      grids: Grid[];
      /** The WPS host's settings record (its very hidden sheet's JSON, chunks joined), or null when there is none. */
      settingsJson: string | null;
      /** The sheet the workbook was saved with in front (its active tab), or null when that sheet was not read. */
      activeSheet: string | null;
    }
  | { ok: false; error: FileFailure };

export interface ReadOptions {
  /** How parts are inflated and their CRC checked: node passes its native zlib (see node.ts); default fflate's. */
  codec?: PartCodec;
  /**
   * Cells with a value the workbook may hold in all; more is refused as too large (`too-large`) rather than risk
   * running out of memory. Node derives it from the heap limit (node.ts); default DEFAULT_MAX_CELLS.
   */
  maxCells?: number;
}

/**
 * Cells a workbook may hold when the caller sets no limit (the standalone page): about 10 million, a grid of some
 * 600 MB at the most, far beyond any indicator table (a 100 000-row export holds about a million).
 */
export const DEFAULT_MAX_CELLS = 10_000_000;

/** Reads every worksheet that holds a value into a Grid; chart sheets, empty and very hidden sheets are skipped. */
export async function readWorkbook(input: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<ReadOutcome> {
  const bytes = toBytes(input);
  const sniff = sniffWorkbook(bytes);
  if (!sniff.ok) return sniff;
  try {
    const pkg = Package.open(bytes, { entries: sniff.entries, codec: options.codec });
    const { grids, settingsJson, activeSheet } = await readGrids(pkg, {
      maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
    });
    return { ok: true, grids, settingsJson, activeSheet };
  } catch (e) {
    return { ok: false, error: readError(e) };
  }
}

/** Why a package could not be read, as a FileError: damaged (the default), or too large. */
function readError(e: unknown): FileFailure {
  if (e instanceof PackageError) {
    // Its FileError, as damaged unless too large (an unreadable package's sniff error keeps its message).
    return e.failure.code === 'too-large' ? e.failure : withCode(e.failure, 'corrupt');
  }
  if (e instanceof MalformedPartError) return fileError('corrupt', shortReason(e));
  if (e instanceof RangeError && /allocation|array length|string length/i.test(e.message)) {
    return fileError('too-large', shortReason(e));
  }
  return fileError('corrupt', shortReason(e));
}

function shortReason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
