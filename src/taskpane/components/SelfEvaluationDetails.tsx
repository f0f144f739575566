// A self-evaluation table's (绩效自评表) indicators as read, one compact row each — target and actual, weight and
// score, the reason for a shortfall — under the money block line; a row selects its cell (click or Enter).

import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  List,
  ListItem,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Indicator, IndicatorTable, Lang } from '../../core/model';
import { t } from '../../app/i18n';
import { selectableRow } from './row-style';
import {
  BLANK,
  hasMoneyBlock,
  indicatorCell,
  moneyCell,
  moneyText,
  shownNumber,
  shownValue,
} from './self-evaluation-text';

/** Rows shown at first and added by each "show more": a hostile sheet with thousands of rows stays responsive. */
export const INDICATOR_PAGE = 100;

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  row: { ...selectableRow, minWidth: 0 },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeftColor: tokens.colorBrandStroke1 },
  line: { display: 'block', overflowWrap: 'anywhere' },
  name: { display: 'block', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  reason: { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  term: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  sep: { color: tokens.colorNeutralForeground3, margin: `0 ${tokens.spacingHorizontalXS}` },
});

export interface SelfEvaluationDetailsProps {
  lang: Lang;
  table: IndicatorTable;
  onSelect: (sheet: string, cell: string) => void;
}

/** A label and its value, the value marked for tests by the field it shows. */
function Labelled(props: { term: string; field: string; value: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <span className={styles.term}>{props.term}</span>
      <span data-field={props.field}>{props.value}</span>
    </>
  );
}

function IndicatorRow(props: {
  lang: Lang;
  sheet: string;
  indicator: Indicator;
  current: boolean;
  onClick: () => void;
}): React.ReactElement {
  const { lang, indicator: ind, current, onClick } = props;
  const cell = indicatorCell(ind);
  const styles = useStyles();
  const sep = <span className={styles.sep}>·</span>;
  const reason = ind.deviation ?? '';
  return (
    <button
      type="button"
      className={mergeClasses(styles.row, current && styles.current)}
      aria-current={current ? 'true' : undefined}
      data-indicator-row={ind.row}
      title={cell ? t(lang, 'selfEvalGoTo', { sheet: props.sheet, cell }) : undefined}
      onClick={onClick}
    >
      <span className={styles.name} data-field="name">
        {ind.name.trim() || t(lang, 'selfEvalNoName')}
      </span>
      <span className={styles.line}>
        <Labelled term={t(lang, 'selfEvalTarget')} field="target" value={shownValue(ind.target.raw, ind.unit)} />
        {sep}
        <Labelled term={t(lang, 'selfEvalActual')} field="actual" value={shownValue(ind.actual?.raw, ind.unit)} />
      </span>
      <span className={styles.line}>
        <Labelled term={t(lang, 'selfEvalWeight')} field="weight" value={shownNumber(ind.weight)} />
        {sep}
        <Labelled term={t(lang, 'selfEvalScore')} field="score" value={shownNumber(ind.score)} />
      </span>
      {ind.deviation !== undefined ? (
        // One line, cut with an ellipsis; the whole reason stays in the text read out and in the tooltip.
        <span className={styles.reason} title={reason || undefined}>
          <Labelled term={t(lang, 'selfEvalDeviation')} field="deviation" value={reason.trim() || BLANK} />
        </span>
      ) : null}
    </button>
  );
}

/** The money block read above the indicators, on one line; it selects the amount spent. */
function MoneyRow(props: { lang: Lang; table: IndicatorTable; onSelect: (cell: string) => void }): React.ReactElement {
  const { lang, table, onSelect } = props;
  const styles = useStyles();
  const cell = moneyCell(table.project);
  return (
    <button
      type="button"
      className={styles.row}
      data-testid="self-eval-money"
      disabled={cell === undefined}
      onClick={() => cell && onSelect(cell)}
    >
      <span className={styles.name}>{t(lang, 'selfEvalMoneyLabel')}</span>
      <span className={styles.line}>{moneyText(lang, table.project)}</span>
    </button>
  );
}

/** The expandable list of a self-evaluation table's indicators, closed at first. */
export function SelfEvaluationDetails({ lang, table, onSelect }: SelfEvaluationDetailsProps): React.ReactElement {
  const styles = useStyles();
  const [current, setCurrent] = React.useState<number | null>(null);
  const [shown, setShown] = React.useState(INDICATOR_PAGE);
  const visible = table.indicators.slice(0, shown);
  const rest = table.indicators.length - visible.length;
  const project = table.project.name ?? table.title ?? t(lang, 'tableUnnamed');
  const select = (key: number, cell: string | undefined): void => {
    setCurrent(key);
    if (cell) onSelect(table.sheet, cell);
  };
  return (
    <Accordion collapsible className={styles.root}>
      <AccordionItem value="indicators">
        <AccordionHeader as="h4" size="small" className={styles.heading}>
          {t(lang, 'selfEvalDetails', { count: table.indicators.length })}
        </AccordionHeader>
        <AccordionPanel data-testid="self-eval-details">
          {hasMoneyBlock(table.project) ? (
            <MoneyRow lang={lang} table={table} onSelect={(cell) => onSelect(table.sheet, cell)} />
          ) : null}
          <List aria-label={t(lang, 'selfEvalListLabel', { project })}>
            {visible.map((ind, i) => (
              <ListItem key={`${ind.row}:${i}`}>
                <IndicatorRow
                  lang={lang}
                  sheet={table.sheet}
                  indicator={ind}
                  current={current === i}
                  onClick={() => select(i, indicatorCell(ind))}
                />
              </ListItem>
            ))}
          </List>
          {rest > 0 ? (
            <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + INDICATOR_PAGE)}>
              {t(lang, 'showMore', { count: Math.min(INDICATOR_PAGE, rest) })}
            </Button>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
