// The findings of the last check, grouped by severity and then by rule; a row selects its cell (click or Enter).

import * as React from 'react';
import {
  Button,
  Caption1,
  List,
  ListItem,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Finding, Lang, Severity } from '../../core/model';
import { GROUP_SHOWN, listCells, reviewGroups, splitGroup } from '../../core/order';
import { getRule } from '../../core/rules/index';
import { ruleTitle } from '../../core/rules/titles';
import { t } from '../../app/i18n';
import { selectableRow } from './row-style';

/**
 * Rows a rule group shows at first (the rest are named by cell, so one habit of the form repeated on every row does
 * not push the other findings out of view); each "show more" adds up to GROUP_PAGE rows, which keeps a 100 000-row
 * export's pane responsive.
 */
export const GROUP_PAGE = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  severityHeading: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  ruleHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  ruleDescription: { display: 'block', color: tokens.colorNeutralForeground3 },
  row: selectableRow,
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  place: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground1 },
  iconInfo: { color: tokens.colorBrandForeground1 },
});

interface RuleGroup {
  ruleId: string;
  findings: Finding[];
}

/**
 * Findings by severity (error, warning, info), each severity's findings by rule — the rarest rule first, as in the
 * CLI summary (core/order.ts) — each rule's in report order.
 */
export function groupFindings(findings: readonly Finding[]): Array<{ severity: Severity; rules: RuleGroup[] }> {
  const out: Array<{ severity: Severity; rules: RuleGroup[] }> = [];
  for (const g of reviewGroups(findings)) {
    const last = out[out.length - 1];
    const group = { ruleId: g.ruleId, findings: g.findings };
    if (last && last.severity === g.severity) last.rules.push(group);
    else out.push({ severity: g.severity, rules: [group] });
  }
  return out;
}

function SeverityIcon({ severity }: { severity: Severity }): React.ReactElement {
  const styles = useStyles();
  if (severity === 'error') return <ErrorCircle16Filled aria-hidden className={styles.iconError} />;
  if (severity === 'warning') return <Warning16Filled aria-hidden className={styles.iconWarning} />;
  return <Info16Filled aria-hidden className={styles.iconInfo} />;
}

export interface FindingsListProps {
  lang: Lang;
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  /** The finding selected last, marked as current. */
  current?: Finding | null;
}

function RuleSection(props: {
  lang: Lang;
  severity: Severity;
  group: RuleGroup;
  onSelect: (finding: Finding) => void;
  current?: Finding | null;
}): React.ReactElement {
  const { lang, severity, group, onSelect, current } = props;
  const styles = useStyles();
  const [shown, setShown] = React.useState(GROUP_SHOWN);
  const headingId = React.useId();
  const description = getRule(group.ruleId)?.meta.description[lang];
  const severityText = t(lang, `severity_${severity}`);
  const title = ruleTitle(group.ruleId, lang);
  const { first: visible, restCells } = splitGroup({ severity, ...group }, shown);
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.ruleHeading}>
        {t(lang, 'ruleGroup', { rule: title, count: group.findings.length })}
        <Caption1 className={styles.ruleDescription}>
          {description ? `${group.ruleId} · ${description}` : group.ruleId}
        </Caption1>
      </h4>
      <List aria-label={t(lang, 'findingsListLabel', { severity: severityText, rule: title })}>
        {visible.map((f, i) => {
          const isCurrent = current === f;
          return (
            <ListItem key={`${f.sheet}!${f.cell}:${i}`}>
              <button
                type="button"
                className={mergeClasses(styles.row, styles[severity], isCurrent && styles.current)}
                aria-label={t(lang, 'findingAria', {
                  severity: severityText,
                  sheet: f.sheet,
                  cell: f.cell,
                  message: f.message,
                })}
                aria-current={isCurrent ? 'true' : undefined}
                data-finding-cell={`${f.sheet}!${f.cell}`}
                data-rule={f.ruleId}
                onClick={() => onSelect(f)}
              >
                {/* The visible text (place, a space, message) is part of the accessible name, as WCAG 2.5.3 asks. */}
                <span className={styles.place}>{t(lang, 'findingPlace', { sheet: f.sheet, cell: f.cell })}</span>{' '}
                <span>{f.message}</span>
              </button>
            </ListItem>
          );
        })}
      </List>
      {restCells.length > 0 ? (
        <>
          <Caption1 className={styles.ruleDescription} data-testid="more-cells">
            {t(lang, 'moreCells', {
              count: restCells.length,
              cells: listCells(restCells, lang === 'zh-CN' ? '、' : ', '),
            })}
          </Caption1>
          <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + GROUP_PAGE)}>
            {t(lang, 'showMore', { count: Math.min(GROUP_PAGE, restCells.length) })}
          </Button>
        </>
      ) : null}
    </section>
  );
}

export function FindingsList({ lang, findings, onSelect, current }: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  const groups = React.useMemo(() => groupFindings(findings), [findings]);
  if (findings.length === 0) return <p>{t(lang, 'noFindings')}</p>;
  return (
    <div className={styles.root}>
      {groups.map(({ severity, rules }) => {
        const count = rules.reduce((n, r) => n + r.findings.length, 0);
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} data-severity={severity}>
            <Subtitle2 as="h3" id={headingId} className={styles.severityHeading}>
              <SeverityIcon severity={severity} />
              {t(lang, 'severityGroup', { severity: t(lang, `severity_${severity}`), count })}
            </Subtitle2>
            {rules.map((group) => (
              <RuleSection
                key={group.ruleId}
                lang={lang}
                severity={severity}
                group={group}
                onSelect={onSelect}
                current={current}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
