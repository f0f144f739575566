// Export where the pane cannot save a download (Office for Mac and iPad): the report as text to copy and paste into a
// new workbook or a text file. Nothing leaves the machine: the text goes to the clipboard or stays on screen.

import * as React from 'react';
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { t } from '../../app/i18n';

export interface CopyExportContent {
  /** The file name the download would have had; pasted text keeps it as a hint for saving. */
  name: string;
  text: string;
  /** Where it is pasted: a new workbook (tab-separated findings) or a text file saved under `name`. */
  into: 'workbook' | 'text-file';
}

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  text: { fontFamily: tokens.fontFamilyMonospace, minHeight: '8em' },
});

/** Copies with the asynchronous clipboard API, else with the selected text and the older copy command. */
export async function copyText(
  text: string,
  area: HTMLTextAreaElement | null,
  doc: Document = document,
): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission in this web view): fall back to the selection.
    }
  }
  if (!area) return false;
  area.focus();
  area.select();
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  }
}

export function CopyExport(props: { lang: Lang; content: CopyExportContent; onClose: () => void }): React.ReactElement {
  const { lang, content, onClose } = props;
  const styles = useStyles();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = React.useState<boolean | null>(null);
  return (
    <section
      className={styles.box}
      aria-label={t(lang, 'copyExportTitle', { name: content.name })}
      data-testid="copy-export"
    >
      <Text weight="semibold">{t(lang, 'copyExportTitle', { name: content.name })}</Text>
      <Text>
        {t(lang, content.into === 'workbook' ? 'copyExportHelpWorkbook' : 'copyExportHelpFile', { name: content.name })}
      </Text>
      <Field label={t(lang, 'copyExportText')}>
        <Textarea ref={area} className={styles.text} readOnly value={content.text} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void copyText(content.text, area.current).then(setCopied)}>
          {t(lang, 'copyExportCopy')}
        </Button>
        <Button onClick={onClose}>{t(lang, 'dismiss')}</Button>
      </div>
      {copied === null ? null : <Text role="status">{t(lang, copied ? 'copyExportCopied' : 'copyExportSelect')}</Text>}
    </section>
  );
}
