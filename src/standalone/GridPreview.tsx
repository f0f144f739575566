// A read-only preview of one sheet of the opened workbook, showing the selected cell, the cells annotated and the
// comment text each flagged cell gets (on hover, and for the selected cell below the sheet's name).

import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetters, parseA1 } from '../core/a1';
import { formatLine } from '../core/annotate/comments';
import { cellAt, cellText, gridBottom, gridRight, type Grid } from '../core/grid';
import type { Finding, Lang, Severity } from '../core/model';
import type { BrowserFileHost } from '../hosts/browser-file';
import { t } from '../taskpane/i18n';

/** At most this many rows and columns are drawn; a big export stays fast, the window follows the selection. */
export const PREVIEW_ROWS = 200;
export const PREVIEW_COLS = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
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
  note: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  noteTitle: { fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  selectedRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

interface Span {
  rows: number;
  cols: number;
}

/** For each merged area: its anchor's span, and every other cell it covers with the anchor's row (not drawn). */
function mergeLayout(grid: Grid): { spans: Map<string, Span>; covered: Map<string, number> } {
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

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet + cell → the comment lines the annotated copy gives that cell (worst first), as formatLine writes them. */
export function noteLines(findings: readonly Finding[]): Map<string, string[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const out = new Map<string, string[]>();
  for (const [key, list] of byCell) {
    out.set(key, [...list].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]).map((f) => formatLine(f)));
  }
  return out;
}

function useHostVersion(host: BrowserFileHost): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => host.subscribe(() => setVersion((v) => v + 1)), [host]);
  return version;
}

export interface GridPreviewProps {
  host: BrowserFileHost;
  lang: Lang;
  /** The findings now shown in the pane: their comment text is shown on the cells they flag. */
  findings?: readonly Finding[];
}

export function GridPreview({ host, lang, findings = [] }: GridPreviewProps): React.ReactElement | null {
  const styles = useStyles();
  useHostVersion(host);
  const grids = host.grids();
  const sheet = host.activeSheet();
  const grid = grids.find((g) => g.sheet === sheet);
  const selection = host.selection();
  const fills = host.annotatedFills();
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const sel = selection && selection.sheet === sheet ? parseA1(selection.cell) : null;

  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selection]);

  const layout = React.useMemo(() => (grid ? mergeLayout(grid) : null), [grid]);
  const notes = React.useMemo(() => noteLines(findings), [findings]);
  if (grids.length === 0) return null;

  const tabs = (
    <div className={styles.tabs} role="group" aria-label={t(lang, 'previewSheets')}>
      {grids.map((g) => (
        <Button
          key={g.sheet}
          size="small"
          appearance={g.sheet === sheet ? 'primary' : 'secondary'}
          aria-pressed={g.sheet === sheet}
          onClick={() => host.setActiveSheet(g.sheet)}
        >
          {g.sheet}
        </Button>
      ))}
    </div>
  );
  if (!grid || !layout) {
    return (
      <section className={styles.root} aria-label={t(lang, 'previewLabel')}>
        {tabs}
        <Caption1>{t(lang, 'previewEmpty')}</Caption1>
      </section>
    );
  }

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

  return (
    <section className={styles.root} aria-label={t(lang, 'previewLabel')}>
      {tabs}
      {selection ? (
        <Caption1 role="status" data-testid="preview-selection">
          {t(lang, 'previewSelected', { sheet: selection.sheet, cell: selection.cell })}
        </Caption1>
      ) : null}
      {selection ? (
        <div className={styles.note} data-testid="preview-note" aria-live="polite">
          {notes.has(`${selection.sheet}\u0000${selection.cell}`) ? (
            <>
              <Caption1 className={styles.noteTitle}>{t(lang, 'previewNotes', { cell: `${selection.sheet}!${selection.cell}` })}</Caption1>
              {(notes.get(`${selection.sheet}\u0000${selection.cell}`) ?? []).map((line, i) => (
                <Caption1 key={i} data-testid="preview-note-line">
                  {line}
                </Caption1>
              ))}
            </>
          ) : (
            <Caption1>{t(lang, 'previewNoNote')}</Caption1>
          )}
        </div>
      ) : null}
      {truncated ? <Caption1>{t(lang, 'previewTruncated', { from: start, to: end, cols: columns.length })}</Caption1> : null}
      {/* Focusable so the sheet can be scrolled with the keyboard (arrow keys, Page Up/Down). */}
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`${grid.sheet} — ${t(lang, 'previewLabel')}`}>
        <table className={styles.table} aria-label={`${grid.sheet} — ${t(lang, 'previewLabel')}`}>
          <thead>
            <tr>
              <th className={styles.head} scope="col" />
              {columns.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r} className={sel && sel.row === r ? styles.selectedRow : undefined}>
                <th className={styles.rowHead} scope="row">
                  {r}
                </th>
                {columns.map((c) => {
                  const pos = `${r}:${c}`;
                  // A cell under a drawn anchor is part of the anchor's span; under an anchor above the window
                  // (scrolled off) it is drawn empty so the row keeps its columns.
                  const anchorRow = layout.covered.get(pos);
                  if (anchorRow !== undefined && anchorRow >= start) return null;
                  const span = layout.spans.get(pos);
                  const ref = `${columnLetters(c)}${r}`;
                  const isSelected = sel !== null && sel.row === r && sel.col === c;
                  const fill = fills.get(`${grid.sheet}\u0000${ref}`);
                  const note = notes.get(`${grid.sheet}\u0000${ref}`);
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      className={mergeClasses(styles.cell, isSelected && styles.selected)}
                      rowSpan={span ? Math.min(span.rows, end - r + 1) : undefined}
                      colSpan={span ? Math.min(span.cols, right - c + 1) : undefined}
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
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
