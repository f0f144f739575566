// The pane's self-test (诊断), free of React: which probes run on a host, running each one guarded and timed (a probe
// that throws is reported and the next one runs; its cleanup always runs), and the plain-text report a pilot unit
// copies and sends back, with headings in both languages and the probes' lines in the pane's language.

import { LAST_COMMAND_KEY } from './summary';
import { formatBoth, type Bilingual, type Catalog } from '../core/messages';
import type { Lang } from '../core/model';
import { TOOL_NAME, TOOL_VERSION } from '../core/version';
import type { Host, HostKind, SelfTestLine, SelfTestOptions, SelfTestProbe, SelfTestText } from '../hosts/host';
import { removedOr, roundTrip, SELFTEST_LINES, yesNo } from '../hosts/selftest-common';
import { both, type StringKey } from './i18n';
import { SETTING_KEYS } from './session';

/** The setting the settings probe writes, reads back and removes. */
export const SELF_TEST_KEY = 'selfTest';

export type ProbeStatus = 'ok' | 'warn' | 'failed';

export interface ProbeOutcome {
  id: string;
  title: Record<Lang, string>;
  status: ProbeStatus;
  lines: SelfTestLine[];
  /** What the probe threw. */
  error?: SelfTestText;
  /** What its cleanup threw: something may be left in the workbook, and the report says so. */
  cleanupError?: SelfTestText;
  /** Milliseconds, cleanup included. */
  ms: number;
}

export interface SelfTestReport {
  tool: string;
  version: string;
  /** ISO time the self-test started. */
  at: string;
  host: HostKind;
  probes: ProbeOutcome[];
}

export interface SelfTestEnv {
  /** A monotonic clock in milliseconds (performance.now by default). */
  now?: () => number;
  /** The wall clock (for the report's time). */
  date?: () => Date;
  /** The browser's user agent: tells WebView2, the WebKit of Office for Mac or the CEF of WPS apart. */
  userAgent?: string | null;
  /** Office's display language, as the pane was given it. */
  displayLanguage?: string;
}

export function selfTestOptions(): SelfTestOptions {
  return { settingKeys: [...Object.values(SETTING_KEYS), LAST_COMMAND_KEY], testKey: SELF_TEST_KEY };
}

/** The words of the pane's own self-test lines (the hosts' shared ones are SELFTEST_LINES). */
export const PANE_SELFTEST_LINES = {
  product: { 'zh-CN': '产品', 'en-US': 'product' },
  userAgent: { 'zh-CN': '浏览器标识', 'en-US': 'user agent' },
  errorAt: { 'zh-CN': '{detail}（位置：{at}）', 'en-US': '{detail} (at {at})' },
} as const satisfies Catalog;

/** A line's label or value in one language: a plain string is data and reads the same in both. */
export function lineText(text: SelfTestText, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/**
 * Whatever was thrown, as one line: the Office error code or host message code first, where there is one; where
 * Office says where it failed, in both languages (the rest is the host's own words, kept as they are).
 */
export function errorDetail(error: unknown): SelfTestText {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const e = error as Error & {
      code?: unknown;
      hostMessage?: { code?: string; 'zh-CN'?: string };
      debugInfo?: { errorLocation?: string };
    };
    const code = typeof e.code === 'string' ? e.code : e.hostMessage?.code;
    const text = e.hostMessage?.['zh-CN'] ? `${e.hostMessage['zh-CN']} / ${e.message}` : e.message;
    const at = e.debugInfo?.errorLocation;
    const detail = `${code ? `${code}: ` : ''}${text}`;
    return at ? formatBoth(PANE_SELFTEST_LINES, 'errorAt', { detail, at }) : detail;
  }
  return String(error);
}

function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** The titles of the pane's own probes (any host) and of a host's failure to list its probes, keyed by probe id. */
export const PANE_SELFTEST = {
  'pane.environment': { 'zh-CN': '运行环境', 'en-US': 'Environment' },
  'pane.capabilities': { 'zh-CN': '宿主能力', 'en-US': 'Capabilities' },
  'pane.settings': { 'zh-CN': '设置读写', 'en-US': 'Settings round trip' },
  'host.selfTest': { 'zh-CN': '宿主自检', 'en-US': 'Host self-test' },
} as const satisfies Catalog;

/** The environment the pane runs in: the product's version, the host kind, the browser engine and languages. */
function environmentProbe(host: Host, env: SelfTestEnv): SelfTestProbe {
  return {
    id: 'pane.environment',
    title: formatBoth(PANE_SELFTEST, 'pane.environment'),
    async run(report) {
      report({ label: formatBoth(PANE_SELFTEST_LINES, 'product'), value: `${TOOL_NAME} ${TOOL_VERSION}` });
      report({ label: formatBoth(SELFTEST_LINES, 'host'), value: host.kind });
      report({ label: formatBoth(PANE_SELFTEST_LINES, 'userAgent'), value: env.userAgent ?? '?' });
      report({ label: formatBoth(SELFTEST_LINES, 'displayLanguage'), value: env.displayLanguage ?? '?' });
    },
  };
}

/** A host without probes of its own: what it says it can do. */
function capabilitiesProbe(host: Host): SelfTestProbe {
  return {
    id: 'pane.capabilities',
    title: formatBoth(PANE_SELFTEST, 'pane.capabilities'),
    async run(report) {
      const caps = await host.capabilities();
      for (const [name, on] of Object.entries(caps)) report({ label: name, value: yesNo(on) });
    },
  };
}

/** A host without probes of its own: a setting written, read back and removed through the Host interface. */
function settingsProbe(host: Host, key: string): SelfTestProbe {
  let written = false;
  return {
    id: 'pane.settings',
    title: formatBoth(PANE_SELFTEST, 'pane.settings'),
    async run(report) {
      const value = { text: '指标审核自检 self-test' };
      written = true;
      await host.saveSetting(key, value);
      const back = await host.loadSetting(key);
      const same = JSON.stringify(back) === JSON.stringify(value);
      report({
        label: formatBoth(SELFTEST_LINES, 'writeReadBack'),
        value: roundTrip(same, back),
        flag: same ? undefined : 'fail',
      });
      await host.saveSetting(key, undefined);
      written = false;
      const back2 = await host.loadSetting(key);
      const gone = back2 === undefined || back2 === null;
      report({ label: formatBoth(SELFTEST_LINES, 'remove'), value: removedOr(gone), flag: gone ? undefined : 'fail' });
    },
    async cleanup() {
      if (!written) return;
      await host.saveSetting(key, undefined);
      written = false;
    },
  };
}

/** The probes for this host, in the order they run: the pane's environment first, then the host's own. */
export function probesFor(host: Host, env: SelfTestEnv = {}): SelfTestProbe[] {
  const environment = environmentProbe(host, env);
  const options = selfTestOptions();
  if (!host.selfTest) return [environment, capabilitiesProbe(host), settingsProbe(host, options.testKey)];
  try {
    return [environment, ...host.selfTest(options)];
  } catch (e) {
    // The host could not even list its probes: that is the report's finding.
    const failing: SelfTestProbe = {
      id: 'host.selfTest',
      title: formatBoth(PANE_SELFTEST, 'host.selfTest'),
      run: () => Promise.reject(e),
    };
    return [environment, failing];
  }
}

/** Runs one probe: its lines, its error if it threw, its cleanup whatever happened, and the time it all took. */
export async function runProbe(probe: SelfTestProbe, now: () => number = defaultNow): Promise<ProbeOutcome> {
  const lines: SelfTestLine[] = [];
  const start = now();
  let error: SelfTestText | undefined;
  let cleanupError: SelfTestText | undefined;
  try {
    await probe.run((line) => lines.push(line));
  } catch (e) {
    error = errorDetail(e);
  }
  if (probe.cleanup) {
    try {
      await probe.cleanup();
    } catch (e) {
      cleanupError = errorDetail(e);
    }
  }
  const ms = Math.max(0, Math.round(now() - start));
  const failed = error !== undefined || cleanupError !== undefined || lines.some((l) => l.flag === 'fail');
  const status: ProbeStatus = failed ? 'failed' : lines.some((l) => l.flag === 'warn') ? 'warn' : 'ok';
  const out: ProbeOutcome = { id: probe.id, title: probe.title, status, lines, ms };
  if (error !== undefined) out.error = error;
  if (cleanupError !== undefined) out.cleanupError = cleanupError;
  return out;
}

/** Runs every probe for the host, one after another (they share the workbook). */
export async function runSelfTest(host: Host, env: SelfTestEnv = {}): Promise<SelfTestReport> {
  const at = (env.date ?? (() => new Date()))().toISOString();
  const probes: ProbeOutcome[] = [];
  for (const probe of probesFor(host, env)) probes.push(await runProbe(probe, env.now));
  return { tool: TOOL_NAME, version: TOOL_VERSION, at, host: host.kind, probes };
}

export function selfTestCounts(report: SelfTestReport): { ok: number; warn: number; failed: number } {
  const count = (s: ProbeStatus) => report.probes.filter((p) => p.status === s).length;
  return { ok: count('ok'), warn: count('warn'), failed: count('failed') };
}

/** Both languages of a text on one line, Chinese first. */
function chineseFirst(text: Bilingual): string {
  return `${text['zh-CN']} / ${text['en-US']}`;
}

/** A string of the pane's catalogue in both languages, Chinese first: the report's headings. */
function heading(key: StringKey, data: Readonly<Record<string, string | number>> = {}): string {
  return chineseFirst(both(key, data));
}

const STATUS_KEY: Record<ProbeStatus, StringKey> = {
  ok: 'selfTestStatus_ok',
  warn: 'selfTestStatus_warn',
  failed: 'selfTestStatus_failed',
};

const MARK: Record<NonNullable<SelfTestLine['flag']> | 'none', string> = { none: '  ', warn: '! ', fail: 'X ' };

/**
 * The report as plain text: what a pilot unit pastes into a mail or a chat. Its headings and probe titles are in both
 * languages, Chinese first; the probes' lines and errors are in `lang`, the pane's language (the report is what the
 * pane shows them in), their data as it is.
 */
export function reportText(report: SelfTestReport, lang: Lang): string {
  const out: string[] = [
    heading('selfTestReportTitle'),
    `${heading('selfTestReportVersion')}: ${report.tool} ${report.version}`,
    `${heading('selfTestReportTime')}: ${report.at}`,
    `${heading('selfTestReportHost')}: ${report.host}`,
    `${heading('selfTestReportResult')}: ${heading('selfTestSummary', selfTestCounts(report))}`,
    `${heading('selfTestReportLegend')}`,
  ];
  report.probes.forEach((p, i) => {
    out.push('');
    out.push(`== ${i + 1}. ${chineseFirst(p.title)} — ${heading(STATUS_KEY[p.status])} (${p.ms} ms) [${p.id}] ==`);
    for (const l of p.lines)
      out.push(`${MARK[l.flag ?? 'none']}${lineText(l.label, lang)}: ${lineText(l.value, lang)}`);
    if (p.error !== undefined) out.push(`X ${heading('selfTestReportError')}: ${lineText(p.error, lang)}`);
    if (p.cleanupError !== undefined) {
      out.push(`X ${heading('selfTestReportCleanupError')}: ${lineText(p.cleanupError, lang)}`);
    }
  });
  return `${out.join('\n')}\n`;
}
