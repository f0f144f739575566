// The indicator tables the last check found: sheet, range, project, profile and counts; each can be jumped to. A
// self-evaluation table also shows its indicators as read (SelfEvaluationDetails).

import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Location16Regular } from '@fluentui/react-icons';
import { a1, parseAreaA1 } from '../../core/a1';
import type { Finding, IndicatorTable, Lang } from '../../core/model';
import { severityCounts } from '../../app/export';
import { t } from '../../app/i18n';
import { SelfEvaluationDetails } from './SelfEvaluationDetails';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

export interface TablesListProps {
  lang: Lang;
  tables: readonly IndicatorTable[];
  findings: readonly Finding[];
  onSelect: (sheet: string, cell: string) => void;
}

/** The top-left cell of a table's range: where "go to" puts the cursor. */
export function tableAnchor(table: IndicatorTable): string {
  const area = parseAreaA1(table.range);
  return a1(area.top, area.left);
}

export function TablesList({ lang, tables, findings, onSelect }: TablesListProps): React.ReactElement {
  const styles = useStyles();
  const byTable = React.useMemo(() => {
    const map = new Map<number, Finding[]>();
    for (const f of findings) {
      if (f.table === undefined) continue;
      const list = map.get(f.table);
      if (list) list.push(f);
      else map.set(f.table, [f]);
    }
    return map;
  }, [findings]);
  if (tables.length === 0) return <p>{t(lang, 'noTables')}</p>;
  return (
    <ul className={styles.list} aria-label={t(lang, 'tablesListLabel')}>
      {tables.map((table, index) => {
        const counts = severityCounts(byTable.get(index) ?? []);
        const anchor = tableAnchor(table);
        const name = table.project.name ?? table.title ?? t(lang, 'tableUnnamed');
        const headingId = `table-${index}`;
        return (
          <li key={`${table.sheet}!${table.range}:${index}`} className={styles.item} aria-labelledby={headingId}>
            <div className={styles.head}>
              <h3 id={headingId} className={styles.name}>
                {name}
              </h3>
              <Button
                appearance="subtle"
                size="small"
                icon={<Location16Regular />}
                aria-label={t(lang, 'tableGoTo', { sheet: table.sheet, cell: anchor })}
                title={t(lang, 'tableGoTo', { sheet: table.sheet, cell: anchor })}
                onClick={() => onSelect(table.sheet, anchor)}
              />
            </div>
            <Caption1>{t(lang, `tableKind_${table.kind}`)}</Caption1>
            <dl className={styles.fields}>
              <dt className={styles.term}>{t(lang, 'tableSheet')}</dt>
              <dd className={styles.value}>{table.sheet}</dd>
              <dt className={styles.term}>{t(lang, 'tableRange')}</dt>
              <dd className={styles.value}>{table.range}</dd>
              <dt className={styles.term}>{t(lang, 'tableProject')}</dt>
              <dd className={styles.value}>{table.project.name ?? t(lang, 'tableUnnamed')}</dd>
              <dt className={styles.term}>{t(lang, 'tableProfile')}</dt>
              <dd className={styles.value}>{table.profile ? t(lang, `profile_${table.profile}`) : '—'}</dd>
              <dt className={styles.term}>{t(lang, 'tableIndicators')}</dt>
              <dd className={styles.value}>{table.indicators.length}</dd>
              {table.form === 'self-evaluation' ? (
                <SelfEvaluationTotals lang={lang} table={table} styles={styles} />
              ) : null}
              <dt className={styles.term}>{t(lang, 'tableFindings')}</dt>
              <dd className={styles.value}>{t(lang, 'tableCounts', counts)}</dd>
            </dl>
            {table.form === 'self-evaluation' ? (
              <SelfEvaluationDetails lang={lang} table={table} onSelect={onSelect} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Sums of a self-evaluation's weights and scores (the execution rate's included), null when none is written. */
export function selfEvaluationSums(table: IndicatorTable): { weights: number | null; scores: number | null } {
  const sum = (values: Array<number | null | undefined>): number | null => {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    return numbers.length === 0 ? null : Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100;
  };
  const p = table.project;
  return {
    weights: sum([...table.indicators.map((i) => i.weight), p.executionWeight]),
    scores: sum([...table.indicators.map((i) => i.score), p.executionScore]),
  };
}

/** 总分 as the form states it beside the sum recomputed from the rows: a reviewer's first check of a self-evaluation. */
function SelfEvaluationTotals(props: {
  lang: Lang;
  table: IndicatorTable;
  styles: Record<'term' | 'value', string>;
}): React.ReactElement {
  const { lang, table, styles } = props;
  const sums = selfEvaluationSums(table);
  const shown = (stated: number | null | undefined, sum: number | null): string =>
    t(lang, 'tableStatedVsSum', { stated: typeof stated === 'number' ? stated : '—', sum: sum ?? '—' });
  return (
    <>
      <dt className={styles.term}>{t(lang, 'tableTotalScore')}</dt>
      <dd className={styles.value} data-testid="total-score">
        {shown(table.project.totalScore, sums.scores)}
      </dd>
      <dt className={styles.term}>{t(lang, 'tableTotalWeight')}</dt>
      <dd className={styles.value} data-testid="total-weight">
        {shown(table.project.totalWeight, sums.weights)}
      </dd>
    </>
  );
}
