// The self-test's probe titles (the 诊断 page's list and the report's headings) come from catalogs keyed by the probes'
// ids: every probe a host or the pane makes has its entry, each entry is a probe, and no title is written inline.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PANE_SELFTEST, probesFor, selfTestOptions } from '../../src/app/selftest';
import { formatBoth, type Catalog } from '../../src/core/messages';
import { EXCEL_SELFTEST } from '../../src/hosts/excel/messages';
import { excelProbes, type ExcelSelfTestEnv } from '../../src/hosts/excel/selftest';
import type { Host, SelfTestProbe } from '../../src/hosts/host';
import { WPS_SELFTEST } from '../../src/hosts/wps/messages';
import type { WpsApplication } from '../../src/hosts/wps/et';
import { wpsProbes } from '../../src/hosts/wps/selftest';

/** Probes are only made here, never run: what they would run on is never touched. */
const UNUSED = {} as never;

/** A host without probes of its own, and one whose probes cannot even be listed. */
const plainHost = { kind: 'file' } as unknown as Host;
const failingHost = {
  kind: 'excel',
  selfTest: () => {
    throw new Error('cannot list');
  },
} as unknown as Host;

const CASES: ReadonlyArray<[string, Catalog, () => SelfTestProbe[]]> = [
  ['EXCEL_SELFTEST', EXCEL_SELFTEST, () => excelProbes(UNUSED as ExcelSelfTestEnv, selfTestOptions())],
  ['WPS_SELFTEST', WPS_SELFTEST, () => wpsProbes(UNUSED as WpsApplication, selfTestOptions())],
  ['PANE_SELFTEST', PANE_SELFTEST, () => [...probesFor(plainHost), ...probesFor(failingHost)]],
];

describe.each(CASES)('%s', (_name, catalog, make) => {
  const probes = make().filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);

  it('titles every probe with its entry, under the probe’s id', () => {
    expect(probes.length).toBeGreaterThan(0);
    for (const p of probes) {
      expect(catalog[p.id]).toBeDefined();
      expect(p.title).toEqual(formatBoth(catalog, p.id));
    }
  });

  it('has an entry for a probe only', () => {
    expect(Object.keys(catalog).sort()).toEqual(probes.map((p) => p.id).sort());
  });
});

it('no self-test source writes a title inline', () => {
  const files = ['app/selftest.ts', 'hosts/excel/selftest.ts', 'hosts/wps/selftest.ts', 'hosts/selftest-common.ts'];
  for (const file of files) {
    const text = readFileSync(path.join(__dirname, '../../src', file), 'utf8');
    // A catalog's own entries are `'id': { 'zh-CN': … }`; a title written inline is `title: { 'zh-CN': … }` or bilingual(…).
    expect([file, /\btitle:\s*\{/.test(text) || /\bbilingual\(/.test(text)]).toEqual([file, false]);
  }
});
