// The contract every host (Excel, WPS, a workbook file in the browser) offers the task pane and the ribbon commands.

import type { Grid } from '../core/grid';
import type { Finding } from '../core/model';

export type HostKind = 'excel' | 'wps' | 'file';

export type ReadScope = 'active' | 'selection' | 'all';

/** A message for the user, in both languages; `code` is stable for tests. */
export interface HostMessage {
  code: string;
  intent: 'info' | 'warning' | 'error';
  'zh-CN': string;
  'en-US': string;
}

export interface HostCapabilities {
  /** Threaded comments (Excel 1.10+, WPS comments). */
  comments: boolean;
  /** Notes (Excel 1.18+). */
  notes: boolean;
  /** Merged areas can be read (Excel 1.13+). */
  merges: boolean;
  /** Settings persist with the document. */
  settings: boolean;
  /**
   * false where the page cannot save a download (Office for Mac and iPad run add-ins in a WKWebView that ignores a
   * Blob link): the pane then offers the report as text to copy. Absent: downloads work.
   */
  downloads?: boolean;
}

export interface ReadResult {
  grids: Grid[];
  messages: HostMessage[];
}

export interface ApplyOptions {
  /** Prefer notes over threaded comments where both exist. */
  preferNotes?: boolean;
  /** Called with a 0..1 fraction as work progresses. */
  onProgress?: (fraction: number) => void;
}

export interface ApplyResult {
  /** Cells written, as `Sheet!A1`. */
  written: string[];
  messages: HostMessage[];
}

/** A host error the user should see (protected sheet, edit mode, read-only…). Thrown by host functions. */
export class HostError extends Error {
  constructor(readonly hostMessage: HostMessage) {
    super(hostMessage['en-US']);
    this.name = 'HostError';
  }
}

/**
 * A self-test line's label or value: both languages (from a catalog, rendered in the pane's language), or a plain
 * string that is data (a version, a requirement set, a host's error) and reads the same in either.
 */
export type SelfTestText = string | Readonly<Record<'zh-CN' | 'en-US', string>>;

/** A line of a self-test probe's report: what was seen, and whether the product can rely on it. */
export interface SelfTestLine {
  label: SelfTestText;
  value: SelfTestText;
  /** 'warn': works, but not as well as it could (an API missing, a string cut); 'fail': the product cannot rely on it. */
  flag?: 'warn' | 'fail';
}

/** One probe of the pane's self-test (诊断 page), run in a real Excel or WPS by a pilot unit. */
export interface SelfTestProbe {
  /** Stable, for tests and for reading reports: `excel.settings`, `wps.strings`. */
  id: string;
  title: Record<'zh-CN' | 'en-US', string>;
  /** Reports lines as it goes (they are kept when it throws); throws when it cannot finish. */
  run(report: (line: SelfTestLine) => void): Promise<void>;
  /** Takes away whatever `run` left in the workbook (scratch sheet, test key); called after `run`, even when it threw. */
  cleanup?(): Promise<void>;
}

export interface SelfTestOptions {
  /** The pane's setting keys, whose sizes the settings probe adds up (Office cannot list an add-in's settings). */
  settingKeys: readonly string[];
  /** The key the settings probe writes, reads back and removes. */
  testKey: string;
}

export interface Host {
  kind: HostKind;
  capabilities(): Promise<HostCapabilities>;
  read(scope: ReadScope): Promise<ReadResult>;
  /**
   * Writes the findings into the workbook, replacing the product's earlier annotations: the host inspects the cells
   * concerned and writes what the core's planner (core/annotate/port.ts) makes of the findings and that snapshot.
   * Always called, even with no findings: that is how the marks of findings since fixed go.
   */
  annotate(findings: readonly Finding[], options?: ApplyOptions): Promise<ApplyResult>;
  /** Removes every annotation the product wrote, restoring fills from the stored state. */
  clear(options?: ApplyOptions): Promise<ApplyResult>;
  select(sheet: string, cell: string): Promise<void>;
  /** A small JSON value kept with the workbook (configuration, mapping overrides). */
  loadSetting(key: string): Promise<unknown>;
  saveSetting(key: string, value: unknown): Promise<void>;
  /** The host's own self-test probes (the pane adds its environment probe); a host without them gets generic ones. */
  selfTest?(options: SelfTestOptions): SelfTestProbe[];
}
