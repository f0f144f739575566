// What the Excel and WPS self-tests share: the scratch sheet's name, the long probe text, the fill a probe lays first,
// and the words of the lines both report (the pane renders them in its language; data stays as it is).

import { LINE_PREFIX } from '../core/annotate/types';
import { formatBoth, type Bilingual, type Catalog } from '../core/messages';

/** The scratch sheet's name, unless a sheet of that name exists: then the first free numbered one (freeName). */
export const SCRATCH_SHEET = '指标审核自检';

/** Text longer than 255 characters, marked as ours: what a finding's comment looks like at its longest. */
export const LONG_PROBE_TEXT = `${LINE_PREFIX}提示】诊断自检写入的临时批注，会立即删除（self-test, removed at once）${' 指标审核自检'.repeat(40)}`;

/** A fill a probe puts on a cell first, so that restoring a fill that was there is tested too. */
export const ORIGINAL_FILL = '#92D050';

/** The labels and values of self-test lines that the Excel and WPS probes (and the pane's own) share. */
export const SELFTEST_LINES = {
  yes: { 'zh-CN': '是', 'en-US': 'yes' },
  no: { 'zh-CN': '否', 'en-US': 'no' },
  host: { 'zh-CN': '宿主', 'en-US': 'host' },
  version: { 'zh-CN': '版本', 'en-US': 'version' },
  displayLanguage: { 'zh-CN': '显示语言', 'en-US': 'display language' },
  writeReadBack: { 'zh-CN': '写入并读回', 'en-US': 'write and read back' },
  same: { 'zh-CN': '一致', 'en-US': 'same' },
  different: { 'zh-CN': '不一致：{back}', 'en-US': 'different: {back}' },
  nothing: { 'zh-CN': '（无）', 'en-US': 'nothing' },
  remove: { 'zh-CN': '删除', 'en-US': 'remove' },
  removed: { 'zh-CN': '已删除', 'en-US': 'removed' },
  stillThere: { 'zh-CN': '仍然存在', 'en-US': 'still there' },
  none: { 'zh-CN': '无', 'en-US': 'none' },
  annotationRecord: { 'zh-CN': '标注记录', 'en-US': 'annotation record' },
  paneSettings: { 'zh-CN': '任务窗格设置', 'en-US': 'pane settings' },
  scratchSheet: { 'zh-CN': '临时工作表', 'en-US': 'scratch sheet' },
  scratchAdded: { 'zh-CN': '已添加“{name}”', 'en-US': '"{name}" added' },
  fillWritten: { 'zh-CN': '写入填充色', 'en-US': 'fill written' },
  fillRestored: { 'zh-CN': '恢复填充色', 'en-US': 'fill restored' },
  restoredExactly: { 'zh-CN': '完全恢复（无填充，以及 {fill}）', 'en-US': 'exactly (no fill, and {fill})' },
  restoredDifferently: {
    'zh-CN': '恢复结果不同：{restored}，原为 {original}',
    'en-US': 'differently: {restored} for {original}',
  },
  keptWhole: { 'zh-CN': '完整保留（{length} 个字符）', 'en-US': 'kept whole ({length} characters)' },
  cutTo: { 'zh-CN': '被截断为 {back} 个字符（共 {length} 个）', 'en-US': 'cut to {back} of {length} characters' },
  changed: {
    'zh-CN': '被改动（写入 {length} 个字符，读回 {back} 个）',
    'en-US': 'changed ({back} characters came back for {length})',
  },
} as const satisfies Catalog;

export const yesNo = (b: boolean): Bilingual => formatBoth(SELFTEST_LINES, b ? 'yes' : 'no');

/** What a text came back as, compared with what was written. */
export function textKept(written: string, back: string): Bilingual {
  const data = { length: written.length, back: back.length };
  if (back === written) return formatBoth(SELFTEST_LINES, 'keptWhole', data);
  if (written.startsWith(back)) return formatBoth(SELFTEST_LINES, 'cutTo', data);
  return formatBoth(SELFTEST_LINES, 'changed', data);
}

/** A value written and read back: the same, or what came back (its JSON, which is data). */
export function roundTrip(
  same: boolean,
  back: unknown,
  sameText: Bilingual = formatBoth(SELFTEST_LINES, 'same'),
): Bilingual {
  if (same) return sameText;
  const json = JSON.stringify(back);
  return formatBoth(SELFTEST_LINES, 'different', (lang) => ({
    back: json ?? SELFTEST_LINES.nothing[lang],
  }));
}

/** A key removed, or still there. */
export const removedOr = (gone: boolean): Bilingual => formatBoth(SELFTEST_LINES, gone ? 'removed' : 'stillThere');

/** SCRATCH_SHEET, or `SCRATCH_SHEET 2`, 3… when the workbook already has a sheet of that name (any case). */
export function freeName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? SCRATCH_SHEET : `${SCRATCH_SHEET} ${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
