// `npm run corpus`: the detection scoreboard over test/corpus/tables — per entry, per batch, per layout family.
//   --batch N     only that batch            --json    the scores as JSON
//   --misses      list what each entry got wrong

import { add, emptyTally, pct, scoreEntry, type EntryScore, type Tally } from '../test/corpus/score';
import { loadCorpus } from '../test/corpus/load';

const args = process.argv.slice(2);
const batchArg = args.indexOf('--batch');
const batch = batchArg >= 0 ? Number(args[batchArg + 1]) : null;
const entries = loadCorpus().filter((e) => batch === null || e.batch === batch);
const scores = entries.map(scoreEntry);

if (args.includes('--json')) {
  console.log(JSON.stringify(scores, null, 2));
} else {
  // self-ev.: indicators whose golden gives an actual, weight or score, read with all of them right ("—" when none).
  const selfEv = (t: Tally) => (t.selfEvaluation === 0 ? '—' : `${t.selfEvaluationExact}/${t.selfEvaluation}`);
  const line = (label: string, t: Tally) =>
    `${label.padEnd(46)} ${`${t.tablesFound}/${t.tables}`.padStart(7)} ${pct(t.tablesFound, t.tables).padStart(7)}  ${`${t.indicatorsExact}/${t.indicators}`.padStart(8)} ${pct(t.indicatorsExact, t.indicators).padStart(7)}  ${pct(t.targetsExact, t.indicators).padStart(7)}  ${`${t.projectsRight}/${t.projects}`.padStart(6)}  ${`${t.formsRight}/${t.tables}`.padStart(6)}  ${selfEv(t).padStart(8)}  ${String(t.spurious).padStart(4)}  ${String(t.extraIndicators).padStart(5)}`;
  const head = `${'entry'.padEnd(46)} ${'tables'.padStart(7)} ${''.padStart(7)}  ${'indic.'.padStart(8)} ${'exact'.padStart(7)}  ${'target'.padStart(7)}  ${'proj.'.padStart(6)}  ${'form'.padStart(6)}  ${'self-ev.'.padStart(8)}  ${'spur'.padStart(4)}  ${'extra'.padStart(5)}`;
  console.log(head);
  for (const s of scores) {
    console.log(line(s.id, s));
    if (args.includes('--misses')) for (const m of s.misses.slice(0, 12)) console.log(`      · ${m}`);
  }
  const group = (key: (s: EntryScore) => string[]) => {
    const m = new Map<string, Tally>();
    for (const s of scores)
      for (const k of key(s)) {
        let tally = m.get(k);
        if (!tally) m.set(k, (tally = emptyTally()));
        add(tally, s);
      }
    return [...m].sort(([a], [b]) => a.localeCompare(b));
  };
  console.log('\nper batch');
  for (const [k, t] of group((s) => [`batch ${s.batch}`])) console.log(line(k, t));
  console.log('\nper family');
  for (const [k, t] of group((s) => s.families)) console.log(line(k, t));
  const all = emptyTally();
  for (const s of scores) add(all, s);
  console.log(`\n${line(`all (${scores.length} entries)`, all)}`);
}
