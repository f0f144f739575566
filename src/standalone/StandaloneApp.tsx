// The standalone web page: open an .xlsx (picker or drop), review it with the pane, download the annotated copy.

import * as React from 'react';
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  shorthands,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowDown20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import type { CheckResult } from '../core/check';
import type { Lang } from '../core/model';
import { createBrowserFileHost, type BrowserFileHost } from '../hosts/browser-file';
import { App, type PaneActionContext } from '../taskpane/App';
import { downloadBlob } from '../taskpane/export';
import { langFromDisplayLanguage, t } from '../taskpane/i18n';
import { errorToMessage, paneMessage, type PaneMessage } from '../taskpane/session';
import { GridPreview } from './GridPreview';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 420px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: '1fr' },
  },
});

/**
 * The annotated copy's name: the workbook's own name with a suffix, so the original is never overwritten. An .xlsm's
 * copy stays an .xlsm: the package is patched, its macros kept.
 */
export function annotatedName(name: string, lang: Lang): string {
  const macro = name.toLowerCase().endsWith('.xlsm');
  const dot = macro || name.toLowerCase().endsWith('.xlsx') ? name.length - 5 : name.length;
  return `${name.slice(0, dot)}${t(lang, 'annotatedSuffix')}${macro ? '.xlsm' : '.xlsx'}`;
}

export interface StandaloneAppProps {
  displayLanguage?: string;
  /** Tests pass their own host; the page makes one. */
  host?: BrowserFileHost;
}

export function StandaloneApp({ displayLanguage, host: given }: StandaloneAppProps): React.ReactElement {
  const styles = useStyles();
  const host = React.useMemo(() => given ?? createBrowserFileHost(), [given]);
  const [fileToken, setFileToken] = React.useState(0);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [error, setError] = React.useState<PaneMessage | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const [opening, setOpening] = React.useState(false);
  // The pane's last result: the preview shows each flagged cell's comment text from it.
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const inputRef = React.useRef<HTMLInputElement | null>(null);
  // The page's own texts follow the browser; once a file is open the pane's settings may switch the language.
  const [lang, setLang] = React.useState<Lang>(langFromDisplayLanguage(displayLanguage));

  const open = async (file: File): Promise<void> => {
    setOpening(true);
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await host.open(file.name, bytes);
      setFileName(file.name);
      setFileToken((n) => n + 1);
    } catch (e) {
      const m = errorToMessage(e);
      setError({
        code: m.code,
        intent: 'error',
        'zh-CN': t('zh-CN', 'openFailed', { name: file.name, message: m['zh-CN'] }),
        'en-US': t('en-US', 'openFailed', { name: file.name, message: m['en-US'] }),
      });
    } finally {
      setOpening(false);
    }
  };

  const onFiles = (files: FileList | null): void => {
    const file = files?.[0];
    if (file) void open(file);
  };

  const download = (ctx: PaneActionContext): void => {
    const result = ctx.result;
    const name = host.fileName();
    if (!result || !name) return;
    void ctx.run('progressWriting', async (onProgress) => {
      // The copy carries the findings now shown: annotating is idempotent, so a copy annotated before is unchanged.
      await host.annotate(result.findings, { onProgress });
      const bytes = host.bytes();
      if (!bytes) return [];
      const out = annotatedName(name, ctx.lang);
      downloadBlob(out, bytes, out.toLowerCase().endsWith('.xlsm') ? XLSM_TYPE : XLSX_TYPE);
      return [paneMessage('downloaded', 'success', 'downloaded', { name: out })];
    });
  };

  return (
    <div
      className={styles.page}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      <header>
        <Title2 as="h1" block>
          {t(lang, 'standaloneTitle')}
        </Title2>
        <Body1 as="p" block>
          {t(lang, 'standaloneIntro')}
        </Body1>
      </header>

      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        role="group"
        aria-label={t(lang, 'dropZoneLabel')}
      >
        <input
          ref={inputRef}
          id="workbook-file"
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hiddenInput}
          aria-label={t(lang, 'openFileLabel')}
          onChange={(e) => {
            onFiles(e.currentTarget.files);
            // Choosing the same file again must open it again.
            e.currentTarget.value = '';
          }}
        />
        <Button
          appearance="primary"
          icon={<FolderOpen20Regular />}
          onClick={() => inputRef.current?.click()}
          disabled={opening}
        >
          {t(lang, 'openFile')}
        </Button>
        <Body1>{fileName ?? t(lang, 'dropHere')}</Body1>
      </div>

      {error ? (
        <MessageBar intent="error" data-code={error.code}>
          <MessageBarBody>{error[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.columns}>
        <App
          key={fileToken}
          host={host}
          displayLanguage={displayLanguage}
          defaultScope="all"
          hideTitle
          surface="page"
          sourceName={fileName ?? undefined}
          checkOnLoad={fileToken > 0}
          disabled={fileToken === 0}
          onLangChange={setLang}
          onResult={setResult}
          extraActions={(ctx) => (
            <Button
              icon={<DocumentArrowDown20Regular />}
              onClick={() => download(ctx)}
              disabled={ctx.busy || !ctx.result || ctx.result.tables.length === 0 || fileToken === 0}
            >
              {t(ctx.lang, 'downloadAnnotated')}
            </Button>
          )}
        />
        <GridPreview host={host} lang={lang} findings={result?.findings ?? []} />
      </div>
    </div>
  );
}
