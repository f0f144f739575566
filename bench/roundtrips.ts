// The Excel host's round trips (task G's bench/excel-roundtrips.ts), summarised for the benchmark report.

import { existsSync } from 'node:fs';
import * as path from 'node:path';

export interface RoundTripRow {
  rows: number;
  /** One line for the table: whatever figures the Excel host's bench reports for this size. */
  text: string;
  raw: unknown;
}

export type RoundTripSummary = { available: true; rows: RoundTripRow[] } | { available: false; reason: string; rows: [] };

type BenchFn = (sizes: number[]) => Promise<unknown> | unknown;

/** Runs benchExcelRoundTrips(sizes) when task G's module is present; says why not otherwise. */
export async function loadExcelRoundTrips(sizes: number[]): Promise<RoundTripSummary> {
  const file = path.join(__dirname, 'excel-roundtrips.ts');
  if (!existsSync(file)) return { available: false, reason: 'bench/excel-roundtrips.ts not present', rows: [] };
  let fn: BenchFn | undefined;
  try {
    // Loaded at run time: the module mocks Office.js and is not needed by the rest of the benchmark.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fn = (require(file) as { benchExcelRoundTrips?: BenchFn }).benchExcelRoundTrips;
  } catch (e) {
    return { available: false, reason: `loading it failed: ${e instanceof Error ? e.message : String(e)}`, rows: [] };
  }
  if (typeof fn !== 'function') return { available: false, reason: 'it exports no benchExcelRoundTrips', rows: [] };
  const result = await fn(sizes);
  const list: unknown[] = Array.isArray(result) ? result : [result];
  return {
    available: true,
    rows: list.map((raw, i) => ({ rows: rowsOf(raw) ?? sizes[i] ?? 0, text: describe(raw), raw })),
  };
}

function rowsOf(raw: unknown): number | null {
  if (raw && typeof raw === 'object') {
    for (const key of ['rows', 'size', 'indicatorRows']) {
      const v = (raw as Record<string, unknown>)[key];
      if (typeof v === 'number') return v;
    }
  }
  return null;
}

function describe(raw: unknown): string {
  if (!raw || typeof raw !== 'object') return String(raw);
  return Object.entries(raw as Record<string, unknown>)
    .filter(([k]) => k !== 'rows')
    .map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : JSON.stringify(v)}`)
    .join(', ');
}
