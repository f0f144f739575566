// The bytes of a workbook judged before anything is inflated: what kind of file it is, its zip's central directory,
// and the zip-bomb limits on the sizes it declares. Browser-safe (no node modules): the standalone page uses it too.

import { fileError, formatBytes, LIMITS, type FileFailure } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  /** CRC-32 of the uncompressed data, and the MS-DOS time and date fields, as the central directory holds them. */
  crc32: number;
  dosTime: number;
  dosDate: number;
}

export type SniffOutcome = { ok: true; entries: ZipEntry[] } | { ok: false; error: FileFailure };

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function toBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/**
 * Judges the bytes before any part is inflated, so that each kind of wrong input gets its own message instead of a
 * library error: not a zip, legacy .xls, an encrypted workbook (an OLE container holding EncryptionInfo), a zip that
 * is not a spreadsheet, a truncated zip, and a zip bomb (by the sizes its central directory declares).
 */
export function sniffWorkbook(input: Uint8Array | ArrayBuffer): SniffOutcome {
  const bytes = toBytes(input);
  if (startsWith(bytes, CFB_MAGIC)) {
    // An encrypted .xlsx is an OLE compound file whose directory names the EncryptionInfo stream (UTF-16LE).
    const encrypted =
      indexOf(bytes, utf16le('EncryptionInfo')) >= 0 || indexOf(bytes, utf16le('EncryptedPackage')) >= 0;
    return { ok: false, error: encrypted ? fileError('encrypted') : fileError('xls-format') };
  }
  if (bytes.length < 4 || readU32(bytes, 0) !== ZIP_LOCAL) {
    return { ok: false, error: fileError('not-a-workbook', describeNonZip(bytes)) };
  }
  const dir = readCentralDirectory(bytes);
  if (!dir.ok) return dir;
  const entries = dir.entries;
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (!names.has('xl/workbook.xml')) {
    return { ok: false, error: fileError('not-a-workbook', describeZip(names)) };
  }
  if (entries.some((e) => e.encrypted)) return { ok: false, error: fileError('encrypted') };
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : Infinity;
    if (e.uncompressedSize > LIMITS.MAX_ENTRY_UNCOMPRESSED) {
      return { ok: false, error: fileError('too-large', `${e.name}: ${formatBytes(e.uncompressedSize)}`) };
    }
    if (e.uncompressedSize > LIMITS.RATIO_CHECK_FROM && ratio > LIMITS.MAX_RATIO) {
      return { ok: false, error: fileError('too-large', `${e.name}: ${Math.round(ratio)}:1`) };
    }
  }
  if (total > LIMITS.MAX_TOTAL_UNCOMPRESSED) {
    return { ok: false, error: fileError('too-large', formatBytes(total)) };
  }
  return { ok: true, entries };
}

/** Where an entry's compressed data starts, from its local header; null when the header is not where it says. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || readU32(bytes, at) !== ZIP_LOCAL) return null;
  const start = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
  return start + entry.compressedSize <= bytes.length ? start : null;
}

function readCentralDirectory(
  bytes: Uint8Array,
): { ok: true; entries: ZipEntry[] } | { ok: false; error: FileFailure } {
  const corrupt = (why: string) => ({ ok: false as const, error: fileError('corrupt', why) });
  const eocd = findEocd(bytes);
  if (eocd < 0) return corrupt('zip end record missing: truncated?');
  let count = readU16(bytes, eocd + 10);
  let cdSize = readU32(bytes, eocd + 12);
  let cdOffset = readU32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || readU32(bytes, loc) !== ZIP64_LOCATOR) return corrupt('zip64 locator missing');
    const z64 = readU64(bytes, loc + 8);
    if (z64 + 56 > bytes.length || readU32(bytes, z64) !== ZIP64_EOCD) return corrupt('zip64 end record missing');
    count = readU64(bytes, z64 + 32);
    cdSize = readU64(bytes, z64 + 40);
    cdOffset = readU64(bytes, z64 + 48);
  }
  if (cdOffset + cdSize > bytes.length) return corrupt('central directory out of bounds: truncated?');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || readU32(bytes, p) !== ZIP_CENTRAL) return corrupt('central directory damaged');
    const flags = readU16(bytes, p + 8);
    const method = readU16(bytes, p + 10);
    let compressedSize = readU32(bytes, p + 20);
    let uncompressedSize = readU32(bytes, p + 24);
    const nameLen = readU16(bytes, p + 28);
    const extraLen = readU16(bytes, p + 30);
    const commentLen = readU16(bytes, p + 32);
    let localHeaderOffset = readU32(bytes, p + 42);
    if (p + 46 + nameLen + extraLen > bytes.length) return corrupt('central directory damaged');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extra field: the 8-byte values of the fields that hold 0xFFFFFFFF, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = readU16(bytes, x);
      const size = readU16(bytes, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = readU64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = readU64(bytes, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = readU64(bytes, q);
      }
      x += 4 + size;
    }
    const entry: ZipEntry = {
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
      crc32: readU32(bytes, p + 16),
      dosTime: readU16(bytes, p + 12),
      dosDate: readU16(bytes, p + 14),
    };
    if (entryDataOffset(bytes, entry) === null) return corrupt(`${name}: data out of bounds: truncated?`);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (readU32(bytes, i) === ZIP_EOCD) return i;
  }
  return -1;
}

function describeNonZip(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'empty file';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  if (head.startsWith('<')) return 'HTML/XML';
  if (head.startsWith('%pdf')) return 'PDF';
  return 'not a zip';
}

function describeZip(names: Set<string>): string {
  if (names.has('xl/workbook.bin')) return '.xlsb';
  if (names.has('mimetype') || names.has('content.xml')) return 'OpenDocument';
  if (names.has('word/document.xml')) return 'Word';
  return 'no xl/workbook.xml';
}

function readU16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function readU32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function readU64(b: Uint8Array, at: number): number {
  // Exact up to 2^53, which is far beyond any size we accept.
  return readU32(b, at) + readU32(b, at + 4) * 0x100000000;
}

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((v, i) => b[i] === v);
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
