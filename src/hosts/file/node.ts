// Node-only helpers of the `file` host: find the workbooks the user named, and read one from disk safely.

import * as zlib from 'node:zlib';
import { createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { FileError, MappingOverride } from '../../core/model';
import { mappingFromWebExtension } from '../stored-settings';
import { fileError, formatBytes, LIMITS } from './errors';
import { readWorkbook, type ReadOptions, type ReadOutcome } from './read';
import { PartTooLarge, type PartCodec, type RawDeflate } from './zip-package';
import { entryDataOffset, sniffWorkbook, type ZipEntry } from './zip-sniff';

export type FileReadOutcome = (ReadOutcome & { ok: true; bytes: Uint8Array }) | { ok: false; error: FileError };

/** One workbook to check: the path to show (as the user gave it, or joined under the folder they gave). */
export interface InputFile {
  path: string;
  /** The folder argument it was found under, and its path inside that folder; absent for a file argument. */
  root?: string;
  relative?: string;
  /** Set when the argument itself cannot be used (missing path): the file is reported with this error. */
  error?: FileError;
}

/** Files a folder walk reports although they cannot be checked, so a batch says why instead of skipping them. */
const REPORTED_EXT = /\.(xlsx|xlsm|xls|et)$/i;

/**
 * Expands the arguments into workbook files, in argument order; a folder is walked recursively for .xlsx/.xlsm,
 * its files sorted by path, Office's `~$` lock files and hidden folders skipped, symlinked folders not followed
 * (no loops). A file named directly is taken whatever its extension, so a wrong file gets a clear message.
 */
export async function walkInputs(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const given of paths) {
    let st;
    try {
      st = await fs.stat(given);
    } catch (e) {
      out.push({ path: given, error: statError(e) });
      continue;
    }
    if (!st.isDirectory()) {
      out.push({ path: given });
      continue;
    }
    const found: string[] = [];
    await walkFolder(given, '', found);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const rel of found) out.push({ path: path.join(given, rel), root: given, relative: rel });
  }
  return out;
}

async function walkFolder(root: string, rel: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
  for (const e of entries) {
    const childRel = rel ? path.join(rel, e.name) : e.name;
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) await walkFolder(root, childRel, found);
    } else if (REPORTED_EXT.test(e.name) && !e.name.startsWith('~$')) {
      if (e.isFile()) found.push(childRel);
      else if (e.isSymbolicLink()) {
        const st = await fs.stat(path.join(root, childRel)).catch(() => null);
        if (st?.isFile()) found.push(childRel);
      }
    }
  }
}

function statError(e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileError('not-found');
  return fileError('unreadable', code);
}

/**
 * Reads a workbook file's bytes after the checks that need no parsing: size guard before reading, byte sniffing,
 * and a bounded check of the zip's true sizes. What `clear` needs; `readWorkbookFile` goes on to read the grids.
 * `trueSizes: false` leaves out the check of true sizes (inflating every big part once, counting and discarding) for
 * a caller that reads parts only through Package with NATIVE_CODEC: it inflates each part it reads with a bound of
 * the declared size and reports a lying part the same way.
 */
export async function readWorkbookBytes(
  file: string,
  { trueSizes = true }: { trueSizes?: boolean } = {},
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: FileError }> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return { ok: false, error: fileError('not-a-workbook', 'folder') };
    // A FIFO or a device (/dev/zero) would hang the read or fill memory: refused before reading.
    if (!st.isFile())
      return {
        ok: false,
        error: fileError('not-a-workbook', '特殊文件（管道或设备） / special file (pipe or device)'),
      };
    if (st.size > LIMITS.MAX_FILE_BYTES) return { ok: false, error: fileError('too-large', formatBytes(st.size)) };
    bytes = await fs.readFile(file);
  } catch (e) {
    return { ok: false, error: statError(e) };
  }
  const sniff = sniffWorkbook(bytes);
  if (!sniff.ok) return sniff;
  const lie = trueSizes ? await findLyingEntry(bytes, sniff.entries) : null;
  if (lie) return { ok: false, error: fileError('too-large', `${lie.name}: larger than declared`) };
  const xml = sheetXmlBytes(sniff.entries);
  const limit = sheetXmlLimit();
  if (xml > limit) {
    return {
      ok: false,
      error: fileError('too-large', `${formatBytes(xml)} of sheet data, more than ${formatBytes(limit)}`),
    };
  }
  return { ok: true, bytes };
}

/**
 * The reader streams each sheet into its grid, so reading takes memory in proportion to the cells a workbook holds,
 * not to its XML; but every cell may become part of an indicator, its findings and the report, which on a sheet where
 * every row is an indicator with findings comes to 1–2 KB a cell (case #33: 3.1 million cells exhausted a 4 GiB
 * heap). So a workbook is refused before parsing when its sheets hold more XML than the heap divided by
 * HEAP_PER_XML_BYTE, and while it is read as soon as it holds more cells than the heap divided by HEAP_PER_CELL:
 * running out of memory would end the whole program, even from a worker thread. With node's default 4 GiB heap that
 * is about 170 MiB of XML and 2 million cells (a 100 000-row export of nine columns holds 0.9 million).
 * INDICATOR_CHECKER_MAX_SHEET_MB sets another XML limit (an administrator's choice on a small machine); the cell
 * limit then follows it too (one cell per 16 bytes of XML).
 */
const HEAP_PER_XML_BYTE = 24;
const HEAP_PER_CELL = 2048;
const MIN_XML_PER_CELL = 16;

export function sheetXmlLimit(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.INDICATOR_CHECKER_MAX_SHEET_MB);
  if (Number.isFinite(asked) && asked > 0) return Math.floor(asked * 1024 * 1024);
  return Math.floor(getHeapStatistics().heap_size_limit / HEAP_PER_XML_BYTE);
}

/** How many cells with a value a workbook may hold while it is read (see HEAP_PER_CELL). */
export function cellLimit(env: NodeJS.ProcessEnv = process.env): number {
  const byHeap = Math.floor(getHeapStatistics().heap_size_limit / HEAP_PER_CELL);
  const asked = Number(env.INDICATOR_CHECKER_MAX_SHEET_MB);
  if (Number.isFinite(asked) && asked > 0)
    return Math.min(byHeap, Math.max(1000, Math.floor(sheetXmlLimit(env) / MIN_XML_PER_CELL)));
  return byHeap;
}

/** Inflated bytes handed on at a time by inflateOnPool, and how many may wait to be read before zlib pauses. */
const POOL_CHUNK = 1024 * 1024;
const POOL_AHEAD = 4;

/**
 * PartCodec.inflateChunks with node's zlib: the part is inflated on libuv's thread pool a piece at a time, and each
 * piece is handed to `onChunk` in a microtask, after zlib has been given the next piece to inflate: the thread reads
 * one piece while another thread inflates the next. At most POOL_AHEAD pieces wait; zlib pauses until they are read.
 */
function inflateOnPool(data: Uint8Array, onChunk: (bytes: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: POOL_CHUNK });
    const waiting: Buffer[] = [];
    let ended = false;
    let settled = false;
    let draining = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      z.destroy();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const drain = () => {
      draining = false;
      try {
        while (waiting.length > 0 && !settled) onChunk(waiting.shift() as Buffer);
      } catch (e) {
        fail(e);
        return;
      }
      if (settled) return;
      if (ended) {
        settled = true;
        resolve();
      } else if (z.isPaused()) z.resume();
    };
    const later = () => {
      if (draining) return;
      draining = true;
      queueMicrotask(drain);
    };
    z.on('data', (chunk: Buffer) => {
      waiting.push(chunk);
      if (waiting.length >= POOL_AHEAD) z.pause();
      later();
    });
    z.on('end', () => {
      ended = true;
      later();
    });
    z.on('error', fail);
    z.end(data);
  });
}

/** Node's native zlib for the reader: whole-part inflate and CRC-32 (node ≥ 20.15), several times fflate's speed. */
export const NATIVE_CODEC: PartCodec = {
  inflate: (data, size) => {
    let out: Buffer;
    try {
      // One output chunk of the declared size: zlib's default 16 KiB chunks cost a copy of them all at the end.
      out = inflateRawSync(data, {
        chunkSize: Math.max(64, Math.min(size + 1, 256 * 1024 * 1024)),
        maxOutputLength: size + 1,
      });
    } catch (e) {
      // zlib stops at maxOutputLength: the part inflates to more than it declares.
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PartTooLarge();
      throw e;
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  inflateChunks: inflateOnPool,
  crc32:
    typeof (zlib as { crc32?: unknown }).crc32 === 'function'
      ? (data, previous) => (zlib as unknown as { crc32: (d: Uint8Array, v: number) => number }).crc32(data, previous)
      : undefined,
};

/** Uncompressed size of the parts read cell by cell: the worksheets and the shared strings. */
function sheetXmlBytes(entries: readonly ZipEntry[]): number {
  let total = 0;
  for (const e of entries) {
    const name = e.name.replace(/^\//, '');
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name) || /^xl\/sharedStrings\.xml$/i.test(name))
      total += e.uncompressedSize;
  }
  return total;
}

/** Reads a workbook file into Grids (see readWorkbookBytes for the checks made first). */
export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<FileReadOutcome> {
  // The reader inflates each part with NATIVE_CODEC, bounded by its declared size: no check of true sizes beforehand.
  const raw = await readWorkbookBytes(file, { trueSizes: false });
  if (!raw.ok) return raw;
  const outcome = await readWorkbook(raw.bytes, { codec: NATIVE_CODEC, maxCells: cellLimit(), ...options });
  return outcome.ok ? { ...outcome, bytes: raw.bytes } : outcome;
}

/** Deflate cannot expand data more than 1032:1, so small inputs cannot hide a bomb whatever their headers say. */
const DEFLATE_MAX_RATIO = 1032;

/**
 * The sniffer trusts the sizes the central directory declares; a crafted zip can declare small sizes and inflate
 * to gigabytes. When the compressed data could expand past the
 * limit, inflate each entry as a stream, counting and discarding, and stop as soon as it exceeds its declared size.
 */
async function findLyingEntry(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<ZipEntry | null> {
  const compressed = entries.reduce((s, e) => s + e.compressedSize, 0);
  if (compressed * DEFLATE_MAX_RATIO <= LIMITS.MAX_TOTAL_UNCOMPRESSED) return null;
  for (const e of entries) {
    if (e.method !== 8 || e.compressedSize * DEFLATE_MAX_RATIO <= e.uncompressedSize) continue;
    const start = entryDataOffset(bytes, e);
    if (start === null) continue;
    const fits = await inflatesWithin(bytes.subarray(start, start + e.compressedSize), e.uncompressedSize);
    if (!fits) return e;
  }
  return null;
}

async function inflatesWithin(data: Uint8Array, limit: number): Promise<boolean> {
  let total = 0;
  try {
    await inflateOnPool(data, (chunk) => {
      total += chunk.length;
      if (total > limit) throw new PartTooLarge();
    });
    return true;
  } catch (e) {
    // Broken deflate data is not a bomb: the reader will fail on it and the file is reported as corrupt.
    return !(e instanceof PartTooLarge);
  }
}

/** Real path of a file, or of its folder joined with its name when the file does not exist yet. */
export async function resolveReal(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Whether two paths name the same file: same real path, or (both existing) the same inode, which catches hard links. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await resolveReal(a)) === (await resolveReal(b))) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * The column mapping the Excel host saved in the workbook (Office's document settings, stored in the package's
 * xl/webextensions/webextensionN.xml parts), read straight from the zip; [] when there is none or it cannot be read.
 */
export function webExtensionMapping(bytes: Uint8Array): MappingOverride[] {
  const sniff = sniffWorkbook(bytes);
  if (!sniff.ok) return [];
  for (const e of sniff.entries) {
    if (!/^\/?xl\/webextensions\/webextension\d*\.xml$/i.test(e.name) || e.uncompressedSize > 16 * 1024 * 1024)
      continue;
    const start = entryDataOffset(bytes, e);
    if (start === null) continue;
    try {
      const data = bytes.subarray(start, start + e.compressedSize);
      const xml = (e.method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8');
      const found = mappingFromWebExtension(xml);
      if (found.length > 0) return found;
    } catch {
      // A damaged part holds no mapping we can use; the check goes on without it.
    }
  }
  return [];
}

/** Node's native raw deflate at zip's usual level, for the annotated copy's changed parts (faster than fflate's). */
export const nativeDeflate: RawDeflate = Object.assign(
  (data: Uint8Array): Uint8Array => deflateRawSync(data, { level: 6 }),
  { crc32: NATIVE_CODEC.crc32 },
);
