// The standalone page: open an .xlsx (picker or drop), review it with the pane, download the annotated copy.

import * as React from 'react';
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from '@fluentui/react-components';
import { DocumentArrowDown20Regular } from '@fluentui/react-icons';
import type { CheckResult } from '../core/check';
import type { Lang } from '../core/model';
import { createBrowserFileHost, type BrowserFileHost } from '../hosts/browser-file';
import { downloadAnnotatedCopy } from '../app/annotated-copy';
import { langFromDisplayLanguage, t } from '../app/i18n';
import { errorToMessage, type PaneMessage } from '../app/session';
import { App } from '../taskpane/App';
import type { PaneActionContext } from '../taskpane/pane-state';
import { FilePicker } from './FilePicker';
import { GridPreview } from './GridPreview';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 420px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: '1fr' },
  },
});

export interface StandaloneAppProps {
  displayLanguage?: string;
  /** Tests pass their own host; the page makes one. */
  host?: BrowserFileHost;
}

interface OpenFile {
  /** Bumped on each file opened: the pane starts again over it. */
  fileToken: number;
  fileName: string | null;
  error: PaneMessage | null;
  opening: boolean;
  open: (file: File) => Promise<void>;
}

/** Opens a workbook in the browser host; a file that cannot be opened is said by name. */
function useOpenFile(host: BrowserFileHost): OpenFile {
  const [fileToken, setFileToken] = React.useState(0);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [error, setError] = React.useState<PaneMessage | null>(null);
  const [opening, setOpening] = React.useState(false);
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
  return { fileToken, fileName, error, opening, open };
}

/** The pane's extra action: download the workbook annotated with the findings now shown. */
function DownloadButton({
  ctx,
  host,
  fileOpen,
}: {
  ctx: PaneActionContext;
  host: BrowserFileHost;
  fileOpen: boolean;
}): React.ReactElement {
  const download = (): void => {
    const result = ctx.result;
    if (!result || !host.fileName()) return;
    void ctx.run('progressWriting', (onProgress) => downloadAnnotatedCopy(host, result, ctx.lang, onProgress));
  };
  return (
    <Button
      icon={<DocumentArrowDown20Regular />}
      onClick={download}
      disabled={ctx.busy || !ctx.result || ctx.result.tables.length === 0 || !fileOpen}
    >
      {t(ctx.lang, 'downloadAnnotated')}
    </Button>
  );
}

export function StandaloneApp({ displayLanguage, host: given }: StandaloneAppProps): React.ReactElement {
  const styles = useStyles();
  const host = React.useMemo(() => given ?? createBrowserFileHost(), [given]);
  const file = useOpenFile(host);
  const [dragging, setDragging] = React.useState(false);
  // The pane's last result: the preview shows each flagged cell's comment text from it.
  const [result, setResult] = React.useState<CheckResult | null>(null);
  // The page's own texts follow the browser; once a file is open the pane's settings may switch the language.
  const [lang, setLang] = React.useState<Lang>(langFromDisplayLanguage(displayLanguage));
  const onFiles = (files: FileList | null): void => {
    const chosen = files?.[0];
    if (chosen) void file.open(chosen);
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
      <FilePicker lang={lang} dragging={dragging} opening={file.opening} fileName={file.fileName} onFiles={onFiles} />
      {file.error ? (
        <MessageBar intent="error" data-code={file.error.code}>
          <MessageBarBody>{file.error[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.columns}>
        <App
          key={file.fileToken}
          host={host}
          displayLanguage={displayLanguage}
          defaultScope="all"
          hideTitle
          surface="page"
          sourceName={file.fileName ?? undefined}
          checkOnLoad={file.fileToken > 0}
          disabled={file.fileToken === 0}
          onLangChange={setLang}
          onResult={setResult}
          extraActions={(ctx) => <DownloadButton ctx={ctx} host={host} fileOpen={file.fileToken > 0} />}
        />
        <GridPreview host={host} lang={lang} findings={result?.findings ?? []} />
      </div>
    </div>
  );
}
