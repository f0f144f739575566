// The application session over a Host, free of React: load the settings, check, annotate, clear, save the settings and
// mapping, and turn errors into messages. The task pane, the ribbon commands (Excel and WPS) and the standalone page
// all work through it.

import { z } from 'zod';
import { checkGrids, parseConfig, type CheckResult } from '../core/check';
import { MappingOverrideSchema, type Lang, type MappingOverride } from '../core/model';
import { ConfigSchema, formatConfigErrors, type Config } from '../core/rules/config';
import {
  HostError,
  type ApplyResult,
  type Host,
  type HostCapabilities,
  type HostMessage,
  type ReadScope,
} from '../hosts/host';
import { both, type StringKey } from './i18n';
import { LAST_COMMAND_KEY, lastCommandMessage } from './summary';

/** A message bar's content: a host's message, or one of the pane's own (which may also report success). */
export type PaneMessage = Omit<HostMessage, 'intent'> & { intent: HostMessage['intent'] | 'success' };

/** Setting keys kept with the workbook. */
export const SETTING_KEYS = {
  /** Review configuration, validated with parseConfig (the same shape as the CLI's --config file). */
  config: 'config',
  /** Mapping overrides (MappingOverride[]). */
  mapping: 'mapping',
  /** Pane preferences that are not review configuration: comments vs notes. */
  pane: 'pane',
} as const;

export const PanePrefsSchema = z.object({ preferNotes: z.boolean() }).strict();
export type PanePrefs = z.infer<typeof PanePrefsSchema>;

export interface PaneSettings {
  /** Configuration as the user set it (only the keys set), valid for parseConfig. */
  config: Config;
  overrides: MappingOverride[];
  prefs: PanePrefs;
}

export const DEFAULT_SETTINGS: PaneSettings = { config: {}, overrides: [], prefs: { preferNotes: false } };

export function paneMessage(
  code: string,
  intent: PaneMessage['intent'],
  key: StringKey,
  data: Record<string, string | number> = {},
): PaneMessage {
  return { code, intent, ...both(key, data) };
}

/** Validated user configuration, or the bilingual errors parseConfig found. */
export function validateConfig(input: unknown): { ok: true; config: Config } | { ok: false; errors: string } {
  const parsed = parseConfig(input);
  if (!parsed.ok) return { ok: false, errors: formatConfigErrors(parsed.errors) };
  // parseConfig has checked rule ids too; ConfigSchema gives back only the keys the user set.
  return { ok: true, config: ConfigSchema.parse(input ?? {}) };
}

/** Reads the pane's settings from the workbook; anything invalid is replaced by defaults and reported. */
export async function loadPaneSettings(host: Host): Promise<{ settings: PaneSettings; messages: PaneMessage[] }> {
  const messages: PaneMessage[] = [];
  const [rawConfig, rawMapping, rawPrefs] = await Promise.all([
    host.loadSetting(SETTING_KEYS.config),
    host.loadSetting(SETTING_KEYS.mapping),
    host.loadSetting(SETTING_KEYS.pane),
  ]);
  let config: Config = {};
  const checked = validateConfig(rawConfig);
  if (checked.ok) config = checked.config;
  else
    messages.push(paneMessage('stored-config-invalid', 'warning', 'settingsStoredInvalid', { errors: checked.errors }));

  let overrides: MappingOverride[] = [];
  if (rawMapping !== null && rawMapping !== undefined) {
    const mapping = z.array(MappingOverrideSchema).safeParse(rawMapping);
    if (mapping.success) overrides = mapping.data;
    else messages.push(paneMessage('stored-mapping-invalid', 'warning', 'settingsStoredMappingInvalid'));
  }

  const prefs = PanePrefsSchema.safeParse(rawPrefs);
  return {
    settings: { config, overrides, prefs: prefs.success ? prefs.data : DEFAULT_SETTINGS.prefs },
    messages,
  };
}

/** Reads the sheets in scope and runs the core pipeline with the user's configuration and mapping. */
export async function runCheck(
  host: Host,
  scope: ReadScope,
  settings: PaneSettings,
  lang: Lang,
  /** Called between reading and checking, so a caller can show the second stage before the CPU-bound part. */
  onChecking?: () => Promise<void>,
): Promise<{ result: CheckResult; sheets: string[]; messages: PaneMessage[] }> {
  const read = await host.read(scope);
  if (onChecking) await onChecking();
  const messages: PaneMessage[] = [...read.messages];
  const result = checkGrids(read.grids, { lang, config: settings.config, overrides: settings.overrides });
  if (read.grids.some((g) => g.mergesUnknown) && !messages.some((m) => m.code === 'merges-unknown')) {
    messages.push(paneMessage('merges-unknown', 'warning', 'mergesUnknown'));
  }
  if (result.problems.length > 0) {
    const rules = [...new Set(result.problems.map((p) => p.ruleId))].join(', ');
    messages.push(paneMessage('rule-problems', 'error', 'ruleProblems', { count: result.problems.length, rules }));
  }
  return { result, sheets: read.grids.map((g) => g.sheet), messages };
}

/** Writes the findings back through the host, which plans them with the core over what it finds in the workbook. */
export async function writeAnnotations(
  host: Host,
  result: CheckResult,
  prefs: PanePrefs,
  onProgress?: (fraction: number) => void,
): Promise<ApplyResult> {
  return host.annotate(result.findings, { preferNotes: prefs.preferNotes, onProgress });
}

/** A HostError's own message; any other failure as an unexpected error that names what went wrong. */
export function errorToMessage(error: unknown): PaneMessage {
  if (error instanceof HostError) return { ...error.hostMessage };
  // A host in another bundle (WPS injects its own) throws its own HostError class: recognise it by shape.
  const hostMessage = (error as { hostMessage?: HostMessage } | null)?.hostMessage;
  if (hostMessage && typeof hostMessage['zh-CN'] === 'string' && typeof hostMessage['en-US'] === 'string') {
    return { ...hostMessage };
  }
  const text = error instanceof Error ? error.message : String(error);
  return paneMessage('unexpected', 'error', 'unexpected', { message: text });
}

/** What the pane starts from: the workbook's settings, what the host can do, and what to tell the user first. */
export interface SessionStart {
  settings: PaneSettings;
  capabilities: HostCapabilities;
  /** What the last ribbon command (审核本表 / 清除标注) did, then anything wrong with the stored settings. */
  messages: PaneMessage[];
}

/** Loads the settings, the host's capabilities and the last ribbon command's summary (the pane shows its counts). */
export async function startSession(host: Host): Promise<SessionStart> {
  const [loaded, capabilities, lastCommand] = await Promise.all([
    loadPaneSettings(host),
    host.capabilities(),
    host.loadSetting(LAST_COMMAND_KEY),
  ]);
  const last = lastCommandMessage(lastCommand);
  return { settings: loaded.settings, capabilities, messages: last ? [last, ...loaded.messages] : loaded.messages };
}

/** Annotates the checked findings and says how many cells were written (or that there was nothing to write). */
export async function annotateChecked(
  host: Host,
  result: CheckResult,
  prefs: PanePrefs,
  onProgress?: (fraction: number) => void,
): Promise<PaneMessage[]> {
  const applied = await writeAnnotations(host, result, prefs, onProgress);
  const done =
    result.findings.length === 0
      ? paneMessage('annotated', 'success', 'noFindingsToAnnotate')
      : paneMessage('annotated', 'success', 'annotated', { count: applied.written.length });
  return [done, ...applied.messages];
}

/** Removes every mark the product wrote and says how many cells were cleared. */
export async function clearMarks(host: Host, onProgress?: (fraction: number) => void): Promise<PaneMessage[]> {
  const cleared = await host.clear({ onProgress });
  return [paneMessage('cleared', 'success', 'cleared', { count: cleared.written.length }), ...cleared.messages];
}

/** Keeps the mapping overrides with the workbook; `done` says whether they were edited or reset. */
export async function saveMapping(
  host: Host,
  overrides: MappingOverride[],
  done: 'saved' | 'reset',
): Promise<PaneMessage[]> {
  await host.saveSetting(SETTING_KEYS.mapping, overrides);
  return [paneMessage('mapping-saved', 'success', done === 'saved' ? 'mappingSaved' : 'mappingResetDone')];
}

/** Keeps the review configuration and the pane's preferences with the workbook. */
export async function saveSettings(host: Host, config: Config, prefs: PanePrefs): Promise<PaneMessage[]> {
  await host.saveSetting(SETTING_KEYS.config, config);
  await host.saveSetting(SETTING_KEYS.pane, prefs);
  return [paneMessage('settings-saved', 'success', 'settingsSaved')];
}
