// Writes a file so that the final name only ever holds a complete file: temp file in the same folder, fsync, rename.

import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';

/** The part of node's fs this module uses; tests inject a failing one. */
export interface AtomicFs {
  open(file: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type AtomicWriteStage = 'open' | 'write' | 'sync' | 'rename';

/** A write that did not happen; the final path is untouched (an older file there is still whole). */
export class AtomicWriteError extends Error {
  readonly code: string;
  constructor(
    readonly path: string,
    readonly stage: AtomicWriteStage,
    override readonly cause: unknown,
  ) {
    const code = (cause as { code?: unknown } | null)?.code;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`could not write ${path} (${stage}): ${reason}`);
    this.name = 'AtomicWriteError';
    this.code = typeof code === 'string' ? code : 'EIO';
  }
}

const defaultFs: AtomicFs = {
  open: (file, flags, mode) => nodeFs.open(file, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
};

/**
 * Writes `bytes` to `file` atomically: a temporary file next to it (same file system, so rename is atomic) is
 * written, flushed to disk and renamed over the final name. On any failure the temporary file is removed and an
 * AtomicWriteError is thrown; nothing partial is ever visible under the final name.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array, fs: AtomicFs = defaultFs): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let stage: AtomicWriteStage = 'open';
  let handle: AtomicFileHandle | null = null;
  let created = false;
  try {
    // 'wx': never follow or reuse an existing path under the temporary name.
    handle = await fs.open(tmp, 'wx', 0o666);
    created = true;
    stage = 'write';
    await handle.writeFile(bytes);
    stage = 'sync';
    await handle.sync();
    const h = handle;
    handle = null;
    await h.close();
    stage = 'rename';
    await fs.rename(tmp, file);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined); // the write error below is the one that matters
    if (created) await fs.unlink(tmp).catch(() => undefined); // already gone is fine; the error below is reported
    throw new AtomicWriteError(file, stage, err);
  }
}
