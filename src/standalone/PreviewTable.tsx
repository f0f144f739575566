// The preview's sheet as a table: a window of the grid around the selection, merged areas spanning as in the sheet,
// annotated cells in their fill, flagged cells titled with their comment text.

import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetters } from '../core/a1';
import { cellAt, cellText, gridBottom, gridRight, type Grid } from '../core/grid';
import type { Lang } from '../core/model';
import { cellKey } from '../core/order';
import { t } from '../app/i18n';

/** At most this many rows and columns are drawn; a big export stays fast, the window follows the selection. */
const PREVIEW_ROWS = 200;
const PREVIEW_COLS = 30;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'end',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: '16rem',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    verticalAlign: 'top',
  },
  selected: { outline: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  selectedRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

interface Span {
  rows: number;
  cols: number;
}

/** For each merged area: its anchor's span, and every other cell it covers with the anchor's row (not drawn). */
export function mergeLayout(grid: Grid): { spans: Map<string, Span>; covered: Map<string, number> } {
  const spans = new Map<string, Span>();
  const covered = new Map<string, number>();
  for (const m of grid.merges) {
    spans.set(`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.set(`${r}:${c}`, m.top);
    }
  }
  return { spans, covered };
}

/** The cells drawn: a window of at most PREVIEW_ROWS × PREVIEW_COLS that follows the selection. */
interface PreviewWindow {
  start: number;
  end: number;
  right: number;
  rows: number[];
  columns: number[];
  truncated: boolean;
}

export function previewWindow(grid: Grid, sel: { row: number } | null): PreviewWindow {
  const bottom = gridBottom(grid);
  const right = Math.min(gridRight(grid), grid.left + PREVIEW_COLS - 1);
  // The window starts a little above the selection so the selected row is visible with its context.
  const start = sel ? Math.max(grid.top, Math.min(sel.row - 20, bottom - PREVIEW_ROWS + 1)) : grid.top;
  const end = Math.min(bottom, start + PREVIEW_ROWS - 1);
  const truncated = start > grid.top || end < bottom || right < gridRight(grid);
  const columns: number[] = [];
  for (let c = grid.left; c <= right; c++) columns.push(c);
  const rows: number[] = [];
  for (let r = start; r <= end; r++) rows.push(r);
  return { start, end, right, rows, columns, truncated };
}

interface TableProps {
  grid: Grid;
  lang: Lang;
  win: PreviewWindow;
  layout: { spans: Map<string, Span>; covered: Map<string, number> };
  sel: { row: number; col: number } | null;
  fills: ReadonlyMap<string, string>;
  notes: Map<string, string[]>;
  selectedRef: React.Ref<HTMLTableCellElement>;
}

/** One drawn row: its number, then its cells, merged areas spanning as in the sheet. */
function PreviewRow({ r, props }: { r: number; props: TableProps }): React.ReactElement {
  const { grid, win, layout, sel, fills, notes, selectedRef } = props;
  const styles = useStyles();
  return (
    <tr className={sel && sel.row === r ? styles.selectedRow : undefined}>
      <th className={styles.rowHead} scope="row">
        {r}
      </th>
      {win.columns.map((c) => {
        const pos = `${r}:${c}`;
        // A cell under a drawn anchor is part of the anchor's span; under an anchor above the window
        // (scrolled off) it is drawn empty so the row keeps its columns.
        const anchorRow = layout.covered.get(pos);
        if (anchorRow !== undefined && anchorRow >= win.start) return null;
        const span = layout.spans.get(pos);
        const ref = `${columnLetters(c)}${r}`;
        const isSelected = sel !== null && sel.row === r && sel.col === c;
        const fill = fills.get(cellKey(grid.sheet, ref));
        const note = notes.get(cellKey(grid.sheet, ref));
        return (
          <td
            key={c}
            ref={isSelected ? selectedRef : undefined}
            className={mergeClasses(styles.cell, isSelected && styles.selected)}
            rowSpan={span ? Math.min(span.rows, win.end - r + 1) : undefined}
            colSpan={span ? Math.min(span.cols, win.right - c + 1) : undefined}
            style={fill ? { backgroundColor: fill } : undefined}
            data-cell={ref}
            data-fill={fill}
            // Hovering a flagged cell shows the comment text its annotated copy carries.
            title={note ? note.join('\n') : undefined}
            data-note={note ? 'true' : undefined}
            aria-current={isSelected ? 'true' : undefined}
          >
            {cellText(cellAt(grid, r, c))}
          </td>
        );
      })}
    </tr>
  );
}

export function PreviewTable(props: TableProps): React.ReactElement {
  const { grid, lang, win } = props;
  const styles = useStyles();
  return (
    // Focusable so the sheet can be scrolled with the keyboard (arrow keys, Page Up/Down).
    <div
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={`${grid.sheet} — ${t(lang, 'previewLabel')}`}
    >
      <table className={styles.table} aria-label={`${grid.sheet} — ${t(lang, 'previewLabel')}`}>
        <thead>
          <tr>
            <th className={styles.head} scope="col" />
            {win.columns.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.rows.map((r) => (
            <PreviewRow key={r} r={r} props={props} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
