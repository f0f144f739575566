// The Excel host's round trips (task G's bench/excel-roundtrips.ts), run for the benchmark report.

import { benchExcelRoundTrips, formatExcelRoundTrips, type ExcelRoundTrip } from './excel-roundtrips';

export interface RoundTripSummary {
  results: ExcelRoundTrip[];
  /** The Excel host bench's own table. */
  table: string;
}

export async function excelRoundTrips(sizes: number[]): Promise<RoundTripSummary> {
  const results = await benchExcelRoundTrips(sizes);
  return { results, table: formatExcelRoundTrips(results) };
}
