// The contract every host (Excel, WPS, a workbook file in the browser) offers the task pane and the ribbon commands.

import type { Grid } from '../core/grid';
import type { AnnotationPlan, AnnotationState } from '../core/annotate/types';

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

export interface Host {
  kind: HostKind;
  capabilities(): Promise<HostCapabilities>;
  read(scope: ReadScope): Promise<ReadResult>;
  /** The annotation state stored in the workbook by the last apply (null when none). */
  loadState(): Promise<AnnotationState | null>;
  apply(plan: AnnotationPlan, options?: ApplyOptions): Promise<ApplyResult>;
  /** Removes every annotation the product wrote, restoring fills from the stored state. */
  clear(options?: ApplyOptions): Promise<ApplyResult>;
  select(sheet: string, cell: string): Promise<void>;
  /** A small JSON value kept with the workbook (configuration, mapping overrides). */
  loadSetting(key: string): Promise<unknown>;
  saveSetting(key: string, value: unknown): Promise<void>;
}
