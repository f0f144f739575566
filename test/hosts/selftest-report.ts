// Reading a self-test report in tests: one probe by id, one line of a probe by label (failing loudly with what is there).

import type { ProbeOutcome, SelfTestReport } from '../../src/app/selftest';

export function probe(report: SelfTestReport, id: string): ProbeOutcome {
  const p = report.probes.find((x) => x.id === id);
  if (!p) throw new Error(`no probe ${id} in ${report.probes.map((x) => x.id).join(', ')}`);
  return p;
}

export function line(p: ProbeOutcome, label: string): string {
  const l = p.lines.find((x) => x.label === label);
  if (!l) throw new Error(`no line ${label} in ${p.id}: ${p.lines.map((x) => x.label).join(', ')}`);
  return l.value;
}
