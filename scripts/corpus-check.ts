// Checks corpus entries for consistency: `npx tsx scripts/corpus-check.ts [file.json ...]` (all entries without arguments).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryProblems, loadEntry, TABLES_DIR } from '../test/corpus/load';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(TABLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(TABLES_DIR, f));
let bad = 0;
for (const f of files) {
  try {
    const e = loadEntry(f);
    const problems = entryProblems(e);
    const n = e.tables.reduce((s, t) => s + t.indicators.length, 0);
    if (problems.length) {
      bad++;
      console.log(`✗ ${f}`);
      for (const p of problems) console.log(`   ${p}`);
    } else console.log(`✓ ${f}: ${e.tables.length} table(s), ${n} indicators`);
  } catch (err) {
    bad++;
    console.log(`✗ ${f}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exit(bad ? 1 : 0);
