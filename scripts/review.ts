// npm run review: checks the samples and corpus tables, scores the findings against the reviewer's verdicts
// (test/review/verdicts/) and writes the per-rule precision and recall into docs/rules/README.md.
// --draft prints, for the findings no verdict covers yet, the entries to judge (verdict left empty on purpose).

import { readFileSync, writeFileSync } from 'node:fs';
import {
  checkSources,
  loadVerdicts,
  precision,
  README,
  renderSection,
  score,
  verdictPath,
  withSection,
} from '../test/review/scoreboard';

async function main(): Promise<void> {
  const sources = await checkSources();
  const verdicts = loadVerdicts();
  const board = score(sources, verdicts);
  if (process.argv.includes('--draft')) {
    for (const line of [
      ...board.missingFiles.map((s) => `no verdict file: ${s} (${verdictPath(s)})`),
      ...board.unreviewed,
    ])
      console.log(line);
    return;
  }
  const problems = [
    ...board.missingFiles.map((s) => `no verdict file for ${s}`),
    ...board.unreviewed.map((s) => `not reviewed: ${s}`),
    ...board.stale.map((s) => `stale verdict: ${s}`),
  ];
  for (const p of problems) console.error(p);
  writeFileSync(README, withSection(readFileSync(README, 'utf8'), renderSection(board)));
  for (const r of board.rules) {
    const p = precision(r);
    if (p !== null && p < 0.9) console.error(`${r.rule}: precision ${p.toFixed(2)} is under 0.9`);
  }
  console.log(
    `${board.findings} findings on ${board.sources} sources (${board.tables} tables) scored; docs/rules/README.md updated`,
  );
  if (problems.length > 0) process.exitCode = 1;
}

void main();
