// The 诊断 (Diagnostics) tab: runs the self-test in the host the pane is in and shows the report a pilot unit copies.

import * as React from 'react';
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular, Stethoscope20Regular } from '@fluentui/react-icons';
import type { Lang } from '../../core/model';
import type { Host } from '../../hosts/host';
import { t, type StringKey } from '../../app/i18n';
import { reportText, runSelfTest, selfTestCounts, type ProbeStatus, type SelfTestReport } from '../../app/selftest';
import { paneMessage, type PaneMessage } from '../../app/session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  probes: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  probe: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre' },
});

const BADGE: Record<ProbeStatus, 'success' | 'warning' | 'danger'> = {
  ok: 'success',
  warn: 'warning',
  failed: 'danger',
};
const STATUS: Record<ProbeStatus, StringKey> = {
  ok: 'selfTestStatus_ok',
  warn: 'selfTestStatus_warn',
  failed: 'selfTestStatus_failed',
};

/** Copies through the Clipboard API; where the web view has none, through a selected text area. */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, Office for Mac's web view): the selection below is the other way.
  }
  if (!area || typeof document.execCommand !== 'function') return false;
  area.focus();
  area.select();
  return document.execCommand('copy');
}

export interface SelfTestPanelProps {
  lang: Lang;
  host: Host;
  disabled: boolean;
  displayLanguage?: string;
  /** The pane's task runner: its progress bar, its messages, the other actions held off while the probes run. */
  run: (label: StringKey, task: () => Promise<readonly PaneMessage[]>) => Promise<void>;
  /** Writes the clipboard; the Clipboard API (or a selected text area) by default. */
  copy?: (text: string) => Promise<boolean>;
}

export function SelfTestPanel(props: SelfTestPanelProps): React.ReactElement {
  const { lang, host, disabled, displayLanguage, run, copy } = props;
  const styles = useStyles();
  const [report, setReport] = React.useState<SelfTestReport | null>(null);
  const [copied, setCopied] = React.useState<boolean | null>(null);
  const area = React.useRef<HTMLTextAreaElement>(null);
  const text = report ? reportText(report, lang) : '';

  const start = (): void => {
    setCopied(null);
    void run('progressSelfTest', async () => {
      const done = await runSelfTest(host, {
        displayLanguage,
        userAgent: typeof navigator !== 'undefined' ? navigator.userAgent : null,
      });
      setReport(done);
      const counts = selfTestCounts(done);
      const intent = counts.failed > 0 ? 'error' : counts.warn > 0 ? 'warning' : 'success';
      return [paneMessage('selftest-done', intent, 'selfTestDone', counts)];
    });
  };

  const copyReport = async (): Promise<void> => {
    const ok = await (copy ? copy(text) : copyText(text, area.current));
    setCopied(ok);
    if (!ok) area.current?.select();
  };

  return (
    <section className={styles.root} aria-label={t(lang, 'tabDiagnostics')}>
      <Text as="p">{t(lang, 'selfTestIntro')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Stethoscope20Regular />} onClick={start} disabled={disabled}>
          {t(lang, 'selfTestRun')}
        </Button>
        <Button icon={<Copy20Regular />} onClick={() => void copyReport()} disabled={report === null}>
          {t(lang, 'selfTestCopy')}
        </Button>
      </div>
      {copied === null ? null : (
        <MessageBar
          intent={copied ? 'success' : 'warning'}
          data-code={copied ? 'selftest-copied' : 'selftest-copy-failed'}
        >
          <MessageBarBody>{t(lang, copied ? 'selfTestCopied' : 'selfTestCopyFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {report ? (
        <>
          <Text role="status" data-testid="selftest-summary">
            {t(lang, 'selfTestSummary', selfTestCounts(report))}
          </Text>
          <ul className={styles.probes} aria-label={t(lang, 'selfTestReportLabel')}>
            {report.probes.map((p) => (
              <li key={p.id} className={styles.probe} data-probe={p.id} data-status={p.status}>
                <Badge appearance="tint" color={BADGE[p.status]}>
                  {t(lang, STATUS[p.status])}
                </Badge>
                <Text>{p.title[lang]}</Text>
              </li>
            ))}
          </ul>
          <Textarea
            ref={area}
            readOnly
            value={text}
            rows={16}
            resize="vertical"
            aria-label={t(lang, 'selfTestReportLabel')}
            data-testid="selftest-report"
            textarea={{ className: styles.report }}
          />
        </>
      ) : null}
    </section>
  );
}
