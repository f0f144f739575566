// What the Excel and WPS self-tests share: the scratch sheet's name, the long probe text, the fill a probe lays first.

import { LINE_PREFIX } from '../core/annotate/types';

/** The scratch sheet's name, unless a sheet of that name exists: then the first free numbered one (freeName). */
export const SCRATCH_SHEET = '指标审核自检';

/** Text longer than 255 characters, marked as ours: what a finding's comment looks like at its longest. */
export const LONG_PROBE_TEXT = `${LINE_PREFIX}提示】诊断自检写入的临时批注，会立即删除（self-test, removed at once）${' 指标审核自检'.repeat(40)}`;

/** A fill a probe puts on a cell first, so that restoring a fill that was there is tested too. */
export const ORIGINAL_FILL = '#92D050';

export const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** SCRATCH_SHEET, or `SCRATCH_SHEET 2`, 3… when the workbook already has a sheet of that name (any case). */
export function freeName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? SCRATCH_SHEET : `${SCRATCH_SHEET} ${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
