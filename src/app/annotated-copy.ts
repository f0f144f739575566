// The standalone page's download: the opened workbook annotated with the findings now shown, saved as a copy.

import type { CheckResult } from '../core/check';
import type { Lang } from '../core/model';
import type { BrowserFileHost } from '../hosts/browser-file';
import { downloadBlob } from './export';
import { t } from './i18n';
import { paneMessage, type PaneMessage } from './session';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/**
 * The annotated copy's name: the workbook's own name with a suffix, so the original is never overwritten. An .xlsm's
 * copy stays an .xlsm: the package is patched, its macros kept.
 */
export function annotatedName(name: string, lang: Lang): string {
  const macro = name.toLowerCase().endsWith('.xlsm');
  const dot = macro || name.toLowerCase().endsWith('.xlsx') ? name.length - 5 : name.length;
  return `${name.slice(0, dot)}${t(lang, 'annotatedSuffix')}${macro ? '.xlsm' : '.xlsx'}`;
}

/** Annotates the opened workbook with `result`'s findings and downloads the copy; says what it saved. */
export async function downloadAnnotatedCopy(
  host: BrowserFileHost,
  result: CheckResult,
  lang: Lang,
  onProgress?: (fraction: number) => void,
): Promise<PaneMessage[]> {
  const name = host.fileName();
  if (!name) return [];
  // The copy carries the findings now shown: annotating is idempotent, so a copy annotated before is unchanged.
  await host.annotate(result.findings, { onProgress });
  const bytes = host.bytes();
  if (!bytes) return [];
  const out = annotatedName(name, lang);
  downloadBlob(out, bytes, out.toLowerCase().endsWith('.xlsm') ? XLSM_TYPE : XLSX_TYPE);
  return [paneMessage('downloaded', 'success', 'downloaded', { name: out })];
}
