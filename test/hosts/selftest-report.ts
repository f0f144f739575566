// Reading a self-test report in tests: one probe by id, one line of a probe by label (failing loudly with what is there).
// Lines are read in English (en-US), as the pane shows them to an English user.

import { lineText, type ProbeOutcome, type SelfTestReport } from '../../src/app/selftest';
import type { Lang } from '../../src/core/model';
import type { SelfTestLine } from '../../src/hosts/host';

export function probe(report: SelfTestReport, id: string): ProbeOutcome {
  const p = report.probes.find((x) => x.id === id);
  if (!p) throw new Error(`no probe ${id} in ${report.probes.map((x) => x.id).join(', ')}`);
  return p;
}

/** The line of a probe whose label reads `label` in `lang` (English by default). */
export function lineOf(p: ProbeOutcome, label: string, lang: Lang = 'en-US'): SelfTestLine | undefined {
  return p.lines.find((x) => lineText(x.label, lang) === label);
}

/** The value of the line whose label reads `label` in `lang` (English by default), in that language. */
export function line(p: ProbeOutcome, label: string, lang: Lang = 'en-US'): string {
  const l = lineOf(p, label, lang);
  if (!l) throw new Error(`no line ${label} in ${p.id}: ${p.lines.map((x) => lineText(x.label, lang)).join(', ')}`);
  return lineText(l.value, lang);
}
