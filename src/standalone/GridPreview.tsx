// A read-only preview of one sheet of the opened workbook, showing the selected cell, the cells annotated and the
// comment text each flagged cell gets (on hover, and for the selected cell below the sheet's name).

import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { parseA1 } from '../core/a1';
import { formatLine } from '../core/annotate/comments';
import type { Finding, Lang } from '../core/model';
import { cellKey, compareSeverity } from '../core/order';
import type { BrowserFileHost } from '../hosts/browser-file';
import { t } from '../app/i18n';
import { mergeLayout, PreviewTable, previewWindow } from './PreviewTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
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
});

/** Sheet + cell → the comment lines the annotated copy gives that cell (worst first), as formatLine writes them. */
export function noteLines(findings: readonly Finding[]): Map<string, string[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = cellKey(f.sheet, f.cell);
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const out = new Map<string, string[]>();
  for (const [key, list] of byCell) {
    out.set(
      key,
      [...list].sort(compareSeverity).map((f) => formatLine(f)),
    );
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

function SheetTabs({ host, lang }: { host: BrowserFileHost; lang: Lang }): React.ReactElement {
  const styles = useStyles();
  const sheet = host.activeSheet();
  return (
    <div className={styles.tabs} role="group" aria-label={t(lang, 'previewSheets')}>
      {host.grids().map((g) => (
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
}

/** The selected cell's name and the comment lines its annotated copy gets. */
function SelectionNote(props: {
  lang: Lang;
  selection: { sheet: string; cell: string };
  notes: Map<string, string[]>;
}): React.ReactElement {
  const { lang, selection, notes } = props;
  const styles = useStyles();
  const lines = notes.get(cellKey(selection.sheet, selection.cell));
  return (
    <>
      <Caption1 role="status" data-testid="preview-selection">
        {t(lang, 'previewSelected', { sheet: selection.sheet, cell: selection.cell })}
      </Caption1>
      <div className={styles.note} data-testid="preview-note" aria-live="polite">
        {lines ? (
          <>
            <Caption1 className={styles.noteTitle}>
              {t(lang, 'previewNotes', { cell: `${selection.sheet}!${selection.cell}` })}
            </Caption1>
            {lines.map((line, i) => (
              <Caption1 key={i} data-testid="preview-note-line">
                {line}
              </Caption1>
            ))}
          </>
        ) : (
          <Caption1>{t(lang, 'previewNoNote')}</Caption1>
        )}
      </div>
    </>
  );
}

export function GridPreview({ host, lang, findings = [] }: GridPreviewProps): React.ReactElement | null {
  const styles = useStyles();
  useHostVersion(host);
  const grids = host.grids();
  const sheet = host.activeSheet();
  const grid = grids.find((g) => g.sheet === sheet);
  const selection = host.selection();
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const sel = selection && selection.sheet === sheet ? parseA1(selection.cell) : null;

  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selection]);

  const layout = React.useMemo(() => (grid ? mergeLayout(grid) : null), [grid]);
  const notes = React.useMemo(() => noteLines(findings), [findings]);
  if (grids.length === 0) return null;
  if (!grid || !layout) {
    return (
      <section className={styles.root} aria-label={t(lang, 'previewLabel')}>
        <SheetTabs host={host} lang={lang} />
        <Caption1>{t(lang, 'previewEmpty')}</Caption1>
      </section>
    );
  }
  const win = previewWindow(grid, sel);
  const fills = host.annotatedFills();
  return (
    <section className={styles.root} aria-label={t(lang, 'previewLabel')}>
      <SheetTabs host={host} lang={lang} />
      {selection ? <SelectionNote lang={lang} selection={selection} notes={notes} /> : null}
      {win.truncated ? (
        <Caption1>{t(lang, 'previewTruncated', { from: win.start, to: win.end, cols: win.columns.length })}</Caption1>
      ) : null}
      <PreviewTable
        grid={grid}
        lang={lang}
        win={win}
        layout={layout}
        sel={sel}
        fills={fills}
        notes={notes}
        selectedRef={selectedRef}
      />
    </section>
  );
}
