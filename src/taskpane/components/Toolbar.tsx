// The pane's actions: the scope to read, 审核, 写入标注, 清除标注, the export menu, and any actions the page adds.

import * as React from 'react';
import {
  Button,
  Field,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  ClipboardTaskListLtr20Regular,
  Eraser20Regular,
  Highlight20Regular,
} from '@fluentui/react-icons';
import type { Lang } from '../../core/model';
import type { ReadScope } from '../../hosts/host';
import { t, type StringKey } from '../../app/i18n';
import type { PaneHandlers } from '../usePaneSession';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  scope: { minWidth: '9rem' },
});

const SCOPES: ReadonlyArray<{ key: ReadScope; label: StringKey }> = [
  { key: 'active', label: 'scopeActive' },
  { key: 'selection', label: 'scopeSelection' },
  { key: 'all', label: 'scopeAll' },
];

export interface ToolbarProps {
  lang: Lang;
  scope: ReadScope;
  /** Every action off (not loaded yet, busy, or the page has no file). */
  disabled: boolean;
  /** A check has run. */
  checked: boolean;
  /** The check found no table: nothing to annotate. */
  noTable: boolean;
  handlers: PaneHandlers;
  /** The page's own actions (the standalone page's download). */
  extra?: React.ReactNode;
}

export function Toolbar({
  lang,
  scope,
  disabled,
  checked,
  noTable,
  handlers,
  extra,
}: ToolbarProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t(lang, 'actionsLabel')} className={styles.toolbar}>
      <Field label={t(lang, 'scopeLabel')} className={styles.scope} size="small">
        <Select
          size="small"
          value={scope}
          onChange={(_, d) => handlers.setScope(d.value as ReadScope)}
          disabled={disabled}
        >
          {SCOPES.map((s) => (
            <option key={s.key} value={s.key}>
              {t(lang, s.label)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        icon={<ClipboardTaskListLtr20Regular />}
        onClick={() => void handlers.check()}
        disabled={disabled}
      >
        {t(lang, 'check')}
      </Button>
      <Button
        icon={<Highlight20Regular />}
        onClick={() => void handlers.annotate()}
        disabled={disabled || !checked || noTable}
      >
        {t(lang, 'annotate')}
      </Button>
      <Button icon={<Eraser20Regular />} onClick={() => void handlers.clear()} disabled={disabled}>
        {t(lang, 'clear')}
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton icon={<ArrowDownload20Regular />} disabled={disabled || !checked}>
            {t(lang, 'exportReport')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => handlers.exportReport('csv')}>{t(lang, 'exportCsv')}</MenuItem>
            <MenuItem onClick={() => handlers.exportReport('json')}>{t(lang, 'exportJson')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {extra}
    </div>
  );
}
