// An .xlsx/.xlsm package opened for patching: parts are inflated only when read, and every part left alone is
// written back with its original compressed bytes, CRC and time stamp. Browser-safe (fflate, no node modules).

import { inflateSync, strFromU8, strToU8, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { fileError } from './errors';
import { entryDataOffset, sniffWorkbook, type ZipEntry } from './read';

/** Bad input for the patcher: carries a FileError-style bilingual message ("中文 / English"). */
export class PackageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

interface Part {
  entry: ZipEntry | null;
  /** New content; null: the original bytes are kept. */
  data: Uint8Array | null;
}

let crcTable: Int32Array | null = null;

/** CRC-32 as zip computes it, to refuse a damaged part before it is rewritten. */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** The DOS date and time of a zip entry as a Date in local time (how zip writers and fflate read them). */
function dosToDate(date: number, time: number): Date {
  const d = new Date(
    1980 + (date >> 9),
    ((date >> 5) & 15) - 1,
    date & 31,
    time >> 11,
    (time >> 5) & 63,
    (time & 31) * 2,
  );
  return Number.isNaN(d.getTime()) || d.getFullYear() < 1980 ? new Date(1980, 0, 1) : d;
}

/** Raw deflate (RFC 1951) of a part: the CLI passes node's native zlib; the default is fflate's, which runs anywhere. */
export type RawDeflate = (data: Uint8Array) => Uint8Array;

/** When new parts say they were written: fixed, so that the same input always gives the same copy. */
const NEW_PART_TIME = new Date(1980, 0, 1);

export class Package {
  private readonly parts = new Map<string, Part>();
  /** Lower-cased name → name: part names are compared without case (OPC). */
  private readonly lower = new Map<string, string>();

  private constructor(private readonly bytes: Uint8Array) {}

  static open(bytes: Uint8Array): Package {
    const sniff = sniffWorkbook(bytes);
    if (!sniff.ok) throw new PackageError(sniff.error.code, sniff.error.message);
    const pkg = new Package(bytes);
    for (const entry of sniff.entries) {
      const name = entry.name.replace(/^\//, '');
      if (name.endsWith('/') || pkg.lower.has(name.toLowerCase())) continue; // folders; a duplicate name's first copy wins
      if (entry.method !== 0 && entry.method !== 8) {
        throw new PackageError('corrupt', fileError('corrupt', `${name}: zip method ${entry.method}`).message);
      }
      pkg.parts.set(name, { entry, data: null });
      pkg.lower.set(name.toLowerCase(), name);
    }
    return pkg;
  }

  /** The part's name as the package spells it, or undefined. */
  find(name: string): string | undefined {
    return this.lower.get(name.replace(/^\//, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytesOf(name: string): Uint8Array {
    const real = this.find(name);
    const part = real === undefined ? undefined : this.parts.get(real);
    if (!part) throw new Error(`no part ${name}`);
    if (part.data) return part.data;
    const e = part.entry as ZipEntry;
    const at = entryDataOffset(this.bytes, e) as number;
    const raw = this.bytes.subarray(at, at + e.compressedSize);
    let data: Uint8Array;
    try {
      data = e.method === 0 ? raw : inflateSync(raw, { out: new Uint8Array(e.uncompressedSize) });
    } catch (err) {
      throw new PackageError('corrupt', fileError('corrupt', `${real}: ${(err as Error).message}`).message);
    }
    if (data.length !== e.uncompressedSize || crc32(data) !== e.crc32) {
      throw new PackageError('corrupt', fileError('corrupt', `${real}: CRC`).message);
    }
    return data;
  }

  text(name: string): string {
    // fflate decodes with TextDecoder where there is one; a BOM stays in the text so unchanged bytes stay unchanged.
    const bytes = this.bytesOf(name);
    return typeof TextDecoder === 'undefined'
      ? strFromU8(bytes)
      : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }

  setText(name: string, text: string): void {
    const real = this.find(name) ?? name.replace(/^\//, '');
    const part = this.parts.get(real);
    if (part) part.data = strToU8(text);
    else {
      this.parts.set(real, { entry: null, data: strToU8(text) });
      this.lower.set(real.toLowerCase(), real);
    }
  }

  /** True when a part has been given new content (or is new). */
  changed(name: string): boolean {
    const real = this.find(name);
    return real !== undefined && this.parts.get(real)?.data !== null;
  }

  remove(name: string): void {
    const real = this.find(name);
    if (real === undefined) return;
    this.parts.delete(real);
    this.lower.delete(real.toLowerCase());
  }

  /** The package as zip bytes: unchanged parts with their original compressed data, changed ones deflated anew. */
  toBytes(deflate?: RawDeflate): Uint8Array {
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((err, chunk) => {
      if (err) failure ??= err;
      else chunks.push(chunk);
    });
    for (const [name, part] of this.parts) {
      const e = part.entry;
      const mtime = e ? dosToDate(e.dosDate, e.dosTime) : NEW_PART_TIME;
      if (part.data && deflate) {
        const packed = deflate(part.data);
        const file: ZipInputFile = {
          filename: name,
          size: part.data.length,
          crc: crc32(part.data),
          compression: 8,
          mtime,
        };
        zip.add(file);
        (file.ondata as NonNullable<ZipInputFile['ondata']>)(null, packed as Uint8Array<ArrayBuffer>, true);
      } else if (part.data) {
        const file = new ZipDeflate(name, { level: 6 });
        file.mtime = mtime;
        zip.add(file);
        file.push(part.data, true);
      } else {
        const entry = e as ZipEntry;
        const at = entryDataOffset(this.bytes, entry) as number;
        const file: ZipInputFile = {
          filename: name,
          size: entry.uncompressedSize,
          crc: entry.crc32,
          compression: entry.method,
          mtime,
        };
        zip.add(file);
        (file.ondata as NonNullable<ZipInputFile['ondata']>)(
          null,
          this.bytes.subarray(at, at + entry.compressedSize) as Uint8Array<ArrayBuffer>,
          true,
        );
      }
    }
    zip.end();
    if (failure) throw failure;
    let size = 0;
    for (const c of chunks) size += c.length;
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** The folder of a part (`xl/worksheets/sheet1.xml` → `xl/worksheets`), '' for the root. */
export function partDir(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPartOf(part: string): string {
  const dir = partDir(part);
  const base = part.slice(dir ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

/** A relationship target resolved against its source part (`../comments1.xml` from a sheet → `xl/comments1.xml`). */
export function resolveTarget(source: string, target: string): string {
  const decoded = (() => {
    try {
      return decodeURI(target);
    } catch {
      return target;
    }
  })();
  const segments = decoded.startsWith('/') ? [] : partDir(source).split('/').filter(Boolean);
  for (const s of decoded.split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

/** The relative target of `part` from `source`'s folder, as Excel writes it (`../comments1.xml`). */
export function relativeTarget(source: string, part: string): string {
  const from = partDir(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
