// The standalone page's file picker: a button that opens the file dialog, and the name of the open workbook or where
// to drop one.

import * as React from 'react';
import { Body1, Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import type { Lang } from '../core/model';
import { t } from '../app/i18n';

const useStyles = makeStyles({
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
});

/** The file picker and the drop target's label; the whole page takes drops. */
export interface FilePickerProps {
  lang: Lang;
  /** A file is being dragged over the page. */
  dragging: boolean;
  opening: boolean;
  fileName: string | null;
  onFiles: (files: FileList | null) => void;
}

export function FilePicker({ lang, dragging, opening, fileName, onFiles }: FilePickerProps): React.ReactElement {
  const styles = useStyles();
  const inputRef = React.useRef<HTMLInputElement | null>(null);
  return (
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
  );
}
