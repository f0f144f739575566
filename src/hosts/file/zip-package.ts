// An .xlsx/.xlsm package opened for patching: parts are inflated only when read, and every part left alone is
// written back with its original compressed bytes, CRC and time stamp. Browser-safe (fflate, no node modules).

import { DecodeUTF8, Inflate, inflateSync, strFromU8, strToU8, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { fileError, formatBytes, type FileFailure } from './errors';
import { entryDataOffset, sniffWorkbook, type ZipEntry } from './zip-sniff';

/** Bad input for the patcher: carries the FileError (code, data and its bilingual message "中文 / English"). */
export class PackageError extends Error {
  readonly code: string;
  constructor(readonly failure: FileFailure) {
    super(failure.message);
    this.code = failure.code;
    this.name = 'PackageError';
  }
}

interface Part {
  entry: ZipEntry | null;
  /** New content; null: the original bytes are kept. */
  data: Uint8Array | null;
}

let crcTable: Int32Array | null = null;

/**
 * CRC-32 as zip computes it, to refuse a damaged part before it is rewritten or read; `previous` continues the CRC of
 * the data before `data` (0 to start), so a part can be checked chunk by chunk as it streams.
 */
export function crc32(data: Uint8Array, previous = 0): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * Thrown by a consumer of Package.streamBytes to stop reading a part for a reason of its own, which is not damage to
 * the part (the reader's fast path meeting XML it leaves to the full parser, see xml-bytes.ts).
 */
export class StreamAbort extends Error {}

/** Thrown by a PartCodec's inflate when a part inflates to more than its declared size (it stops there). */
export class PartTooLarge extends Error {
  constructor() {
    super('larger than declared');
    this.name = 'PartTooLarge';
  }
}

/** How a reading host inflates and checks parts: node passes its native zlib; the default is fflate's, which runs anywhere. */
export interface PartCodec {
  /**
   * Raw inflate (RFC 1951) of a whole part of `size` bytes. It must stop after `size + 1` bytes of output and throw
   * PartTooLarge (or return those bytes): a part that lies about its size is then caught when it is read.
   */
  inflate?: (data: Uint8Array, size: number) => Uint8Array;
  /**
   * Raw inflate of a part in pieces handed to `onChunk` as they come, done elsewhere than on this thread (node's zlib
   * on its thread pool), so that a reader can tokenize one piece while the next is inflated. Settles once the part
   * is inflated, or rejects with what `onChunk` threw (the inflating then stops) or with zlib's error.
   */
  inflateChunks?: (data: Uint8Array, onChunk: (bytes: Uint8Array) => void) => Promise<void>;
  /** CRC-32 continued from `previous`, as `crc32` above. */
  crc32?: (data: Uint8Array, previous: number) => number;
}

/** A part that inflates to more than its entry declares (a zip bomb that lies about its size). */
function tooLarge(name: string, e: ZipEntry): PackageError {
  return new PackageError(fileError('too-large', `${name}: larger than declared (${formatBytes(e.uncompressedSize)})`));
}

/** Bytes of inflated XML handed to the decoder and the tokenizer at a time when a part is streamed. */
const STREAM_CHUNK = 1024 * 1024;

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
export type RawDeflate = ((data: Uint8Array) => Uint8Array) & {
  /** The same host's CRC-32 for the deflated parts (node's zlib), as PartCodec's; the JavaScript one by default. */
  crc32?: (data: Uint8Array, previous: number) => number;
};

/** When new parts say they were written: fixed, so that the same input always gives the same copy. */
const NEW_PART_TIME = new Date(1980, 0, 1);

export class Package {
  private readonly parts = new Map<string, Part>();
  /** Lower-cased name → name: part names are compared without case (OPC). */
  private readonly lower = new Map<string, string>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly codec: PartCodec = {},
  ) {}

  /**
   * Opens the package; `entries` are the sniffer's central directory when the caller has sniffed the bytes already,
   * `codec` how parts are inflated and checked (reading only: patching always uses the defaults).
   */
  static open(bytes: Uint8Array, options: { entries?: readonly ZipEntry[]; codec?: PartCodec } = {}): Package {
    let entries = options.entries;
    if (!entries) {
      const sniff = sniffWorkbook(bytes);
      if (!sniff.ok) throw new PackageError(sniff.error);
      entries = sniff.entries;
    }
    const pkg = new Package(bytes, options.codec);
    for (const entry of entries) {
      const name = entry.name.replace(/^\//, '');
      if (name.endsWith('/') || pkg.lower.has(name.toLowerCase())) continue; // folders; a duplicate name's first copy wins
      if (entry.method !== 0 && entry.method !== 8) {
        throw new PackageError(fileError('corrupt', `${name}: zip method ${entry.method}`));
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
    const raw = this.rawOf(e);
    let data: Uint8Array;
    try {
      data =
        e.method === 0
          ? raw
          : this.codec.inflate
            ? this.codec.inflate(raw, e.uncompressedSize)
            : inflateSync(raw, { out: new Uint8Array(e.uncompressedSize) });
    } catch (err) {
      if (err instanceof PartTooLarge) throw tooLarge(real as string, e);
      throw new PackageError(fileError('corrupt', `${real}: ${(err as Error).message}`));
    }
    if (data.length > e.uncompressedSize) throw tooLarge(real as string, e);
    if (data.length !== e.uncompressedSize || (this.codec.crc32 ?? crc32)(data, 0) !== e.crc32) {
      throw new PackageError(fileError('corrupt', `${real}: CRC`));
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

  /**
   * A part's text handed to `onText` in pieces as it is inflated (about STREAM_CHUNK bytes each), so that a big sheet
   * never exists as one string. Its size and CRC are checked as it goes: more bytes than the central directory
   * declares stops at once (a zip bomb that lies), a wrong CRC or length at the end throws, both as PackageError.
   * A UTF-8 byte order mark is dropped; a UTF-16 one selects UTF-16.
   */
  streamText(name: string, onText: (text: string) => void): void {
    const real = this.find(name);
    const part = real === undefined ? undefined : this.parts.get(real);
    if (!part) throw new Error(`no part ${name}`);
    if (part.data) {
      onText(this.text(name).replace(/^\uFEFF/, ''));
      return;
    }
    let decode: ((bytes: Uint8Array, final: boolean) => void) | null = null;
    this.streamBytes(name, (bytes, final) => {
      decode ??= textDecoder(bytes, onText);
      // A part inflated whole is decoded a piece at a time all the same: no string of the whole sheet.
      for (let i = 0; i < bytes.length || i === 0; i += STREAM_CHUNK) {
        decode(bytes.subarray(i, i + STREAM_CHUNK), final && i + STREAM_CHUNK >= bytes.length);
      }
    });
  }

  /**
   * A part's bytes handed to `onBytes` as they are inflated, checked as streamText's text is (size as it goes, CRC and
   * length at the end). Whatever `onBytes` throws, but a StreamAbort or a PackageError, is reported as damage to the
   * part (PackageError `corrupt`), as everything that goes wrong while a part is inflated. A part given new content
   * comes in one piece; with an `inflate` codec, a part comes in one piece too (it is inflated whole).
   */
  streamBytes(name: string, onBytes: (bytes: Uint8Array, final: boolean) => void): void {
    const real = this.find(name);
    const part = real === undefined ? undefined : this.parts.get(real);
    if (!part) throw new Error(`no part ${name}`);
    if (part.data) {
      onBytes(part.data, true);
      return;
    }
    const e = part.entry as ZipEntry;
    const raw = this.rawOf(e);
    const { take, failed, end } = this.checked(real as string, e, onBytes);
    try {
      if (e.method === 0) {
        for (let i = 0; i < raw.length || i === 0; i += STREAM_CHUNK) {
          take(raw.subarray(i, i + STREAM_CHUNK), i + STREAM_CHUNK >= raw.length);
        }
      } else if (this.codec.inflate) {
        take(this.codec.inflate(raw, e.uncompressedSize), true);
      } else {
        let ended = false;
        const inflate = new Inflate((chunk, final) => {
          take(chunk, final);
          if (final) ended = true;
        });
        // Compressed input a sixteenth of the output chunk at a time: sheets compress 5–50:1.
        const step = STREAM_CHUNK / 16;
        for (let i = 0; i < raw.length || i === 0; i += step)
          inflate.push(raw.subarray(i, i + step), i + step >= raw.length);
        if (!ended) take(new Uint8Array(0), true);
      }
    } catch (err) {
      throw failed(err);
    }
    end();
  }

  /**
   * streamBytes over the codec's inflateChunks when it has one: the same pieces, size and CRC checks and errors, with
   * the part inflated on another thread while `onBytes` reads the pieces before it. Otherwise streamBytes itself.
   */
  async streamBytesAsync(name: string, onBytes: (bytes: Uint8Array, final: boolean) => void): Promise<void> {
    const real = this.find(name);
    const part = real === undefined ? undefined : this.parts.get(real);
    const inflateChunks = this.codec.inflateChunks;
    if (!part || part.data || !inflateChunks || (part.entry as ZipEntry).method !== 8) {
      this.streamBytes(name, onBytes);
      return;
    }
    const e = part.entry as ZipEntry;
    const { take, failed, end } = this.checked(real as string, e, onBytes);
    try {
      await inflateChunks(this.rawOf(e), (bytes) => take(bytes, false));
      take(new Uint8Array(0), true);
    } catch (err) {
      throw failed(err);
    }
    end();
  }

  /** A part's bytes as stored in the zip (deflated or not). */
  private rawOf(e: ZipEntry): Uint8Array {
    const at = entryDataOffset(this.bytes, e) as number;
    return this.bytes.subarray(at, at + e.compressedSize);
  }

  /**
   * The checks of a part read in pieces (streamBytes, streamBytesAsync): `take` counts each piece against the
   * declared size (a lie stops at once) and continues the CRC before handing the piece on; `failed` is the error to
   * throw for what went wrong while the part was read (damage, unless it is a PackageError or a StreamAbort of its
   * own); `end` checks the length and the CRC once the part is read.
   */
  private checked(
    real: string,
    e: ZipEntry,
    onBytes: (bytes: Uint8Array, final: boolean) => void,
  ): { take: (bytes: Uint8Array, final: boolean) => void; failed: (err: unknown) => Error; end: () => void } {
    const crcOf = this.codec.crc32 ?? crc32;
    let crc = 0;
    let size = 0;
    const corrupt = (why: string) => new PackageError(fileError('corrupt', `${real}: ${why}`));
    return {
      take: (bytes, final) => {
        size += bytes.length;
        if (size > e.uncompressedSize) throw tooLarge(real, e);
        crc = crcOf(bytes, crc);
        onBytes(bytes, final);
      },
      failed: (err) => {
        if (err instanceof PackageError || err instanceof StreamAbort) return err;
        if (err instanceof PartTooLarge) return tooLarge(real, e);
        return corrupt((err as Error).message);
      },
      end: () => {
        if (size !== e.uncompressedSize || crc !== e.crc32) throw corrupt('CRC');
      },
    };
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

  /** Gives a part new content (UTF-8 bytes, as setText writes them). */
  setBytes(name: string, data: Uint8Array): void {
    const real = this.find(name) ?? name.replace(/^\//, '');
    const part = this.parts.get(real);
    if (part) part.data = data;
    else {
      this.parts.set(real, { entry: null, data });
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
          crc: (deflate.crc32 ?? crc32)(part.data, 0),
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

/**
 * A streaming decoder for a part's bytes, chosen by its first bytes: UTF-16 by its byte order mark, else UTF-8 (a
 * UTF-8 byte order mark dropped). TextDecoder where there is one, fflate's decoder elsewhere.
 */
function textDecoder(first: Uint8Array, onText: (text: string) => void): (bytes: Uint8Array, final: boolean) => void {
  const utf16 =
    first.length >= 2 && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff));
  if (typeof TextDecoder !== 'undefined') {
    const decoder = new TextDecoder(utf16 ? (first[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8');
    return (bytes, final) => {
      const text = decoder.decode(bytes, { stream: !final });
      if (text) onText(text);
    };
  }
  let bom = true;
  const decoder = new DecodeUTF8((text) => {
    const t = bom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (text) bom = false;
    if (t) onText(t);
  });
  return (bytes, final) => decoder.push(bytes, final);
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
