// A workbook package read straight into the core's grids (issue 15): the workbook's sheet list and date system, the
// shared strings, the number formats the core needs, then each worksheet streamed into its Grid. Browser-safe (fflate
// and saxes, no node modules): the CLI, its worker threads and the standalone page run this same code.

import { cellAt, type Grid } from '../../core/grid';
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from '../stored-settings';
import { readCellFormats } from './cell-formats';
import { readRels, readWorkbookInfo, relIs, WORKBOOK_PART } from './opc';
import { readSheetGrid, unescapeXstring } from './sheet-reader';
import { readXmlPart } from './xml-bytes';
import type { Package } from './zip-package';

export interface GridReadOptions {
  /** Cells with a value the workbook may hold in all before it is refused as too large for memory. */
  maxCells: number;
}

export interface GridsRead {
  grids: Grid[];
  /** The WPS host's settings record (its very hidden sheet's JSON, chunks joined), or null when there is none. */
  settingsJson: string | null;
  /** The sheet the workbook was saved with in front, when it is one of the grids (not empty, not very hidden). */
  activeSheet: string | null;
}

/**
 * Every worksheet that holds a value, in the workbook's order, as a Grid; chart sheets, empty and very hidden sheets
 * are skipped (a very hidden sheet is for programs: ours stores its settings there). Hidden sheets are read.
 * Throws PackageError (damaged or too large) or MalformedPartError; the caller turns them into a FileError.
 */
export async function readGrids(pkg: Package, options: GridReadOptions): Promise<GridsRead> {
  const info = readWorkbookInfo(pkg);
  const rels = readRels(pkg, WORKBOOK_PART).filter((r) => !r.external);
  const partOf = (kind: string, fallback: string) => {
    const rel = rels.find((r) => relIs(r.type, kind) && pkg.has(r.target));
    return rel ? pkg.find(rel.target) : pkg.find(fallback);
  };
  const strings = readSharedStrings(pkg, partOf('sharedStrings', 'xl/sharedStrings.xml'));
  const formats = readCellFormats(pkg, partOf('styles', 'xl/styles.xml'));
  const ctx = {
    strings,
    formats,
    date1904: info.date1904,
    budget: { cells: options.maxCells, limit: options.maxCells },
  };
  const grids: Grid[] = [];
  let settingsJson: string | null = null;
  for (const sheet of info.sheets) {
    const part = sheet.part ? pkg.find(sheet.part) : undefined;
    if (!part) continue;
    if (sheet.state === 'veryHidden') {
      if (sheet.name.toLowerCase() === SETTINGS_SHEET_NAME.toLowerCase()) {
        const grid = await readSheetGrid(pkg, part, sheet.name, ctx);
        settingsJson = grid ? settingsSheetJson(grid) : null;
      }
      continue;
    }
    const grid = await readSheetGrid(pkg, part, sheet.name, ctx);
    if (grid) grids.push(grid);
  }
  const saved = Number.isInteger(info.activeTab) ? info.sheets[info.activeTab]?.name : undefined;
  const activeSheet = saved !== undefined && grids.some((g) => g.sheet === saved) ? saved : null;
  return { grids, settingsJson, activeSheet };
}

/** The JSON of the WPS settings sheet: column A from A2 joined, when A1 holds the marker. */
function settingsSheetJson(grid: Grid): string | null {
  if (cellAt(grid, 1, 1) !== SETTINGS_MARKER) return null;
  let json = '';
  for (let r = 2; ; r++) {
    const v = cellAt(grid, r, 1);
    if (typeof v !== 'string') break;
    json += v;
  }
  return json;
}

/**
 * The shared strings (xl/sharedStrings.xml), each the text of its `<t>` or the joined text of its rich text runs;
 * phonetic runs (`<rPh>`, the reading of Japanese text) are not part of the text. An empty string reads as null.
 */
export function readSharedStrings(pkg: Package, part: string | undefined): Array<string | null> {
  if (!part) return [];
  return readXmlPart(pkg, part, (stream) => {
    const out: Array<string | null> = [];
    let depth = 0;
    let siDepth = 0;
    let phoneticDepth = 0;
    let inText = false;
    let text = '';
    stream({
      open(el) {
        depth++;
        if (!el.main) return;
        if (el.local === 'si' && depth === 2) {
          siDepth = depth;
          text = '';
        } else if (siDepth && !phoneticDepth) {
          if (el.local === 't') inText = true;
          else if (el.local === 'rPh') phoneticDepth = depth;
        }
      },
      close(el) {
        if (el.main) {
          if (depth === siDepth) {
            siDepth = 0;
            out.push(text === '' ? null : unescapeXstring(text));
          } else if (depth === phoneticDepth) phoneticDepth = 0;
          else if (el.local === 't') inText = false;
        }
        depth--;
      },
      text(t) {
        if (inText) text += t;
      },
    });
    return out;
  });
}
