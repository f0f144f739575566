// Node-only zip writer for exceljs's parts: native zlib on the thread pool instead of JSZip's pure-JS deflate.

import * as zlib from 'node:zlib';

/**
 * The deflate level JSZip uses by default (pako's 6): the copies stay as small as exceljs's own. Native zlib at this
 * level costs a fraction of pako's time and runs beside the JavaScript that renders the next parts.
 */
const LEVEL = 6;

/** Parts smaller than this are deflated synchronously: a thread-pool round trip costs more than the work. */
const SYNC_BELOW = 64 * 1024;

/** Output chunk of the asynchronous deflate: with node's 16 KiB default a big sheet makes hundreds of callbacks. */
const CHUNK = 1024 * 1024;

/**
 * Parts above SPLIT_ABOVE are deflated in PIECE-sized pieces on several pool threads at once (as pigz does): each
 * piece but the last ends on a byte boundary (a sync flush) and starts with the previous 32 KiB as its dictionary,
 * so the pieces joined are one deflate stream of the same size as a single pass. A 34 MB sheet: half the wait.
 */
const SPLIT_ABOVE = 8 * 1024 * 1024;
const PIECE = 4 * 1024 * 1024;
const WINDOW = 32 * 1024;

/** The limits of a zip without zip64 extensions; a copy past them is refused rather than written corrupt. */
const MAX_32 = 0xffffffff; // itself the marker of a zip64 value
const MAX_ENTRIES = 0xffff;

export class ZipTooLargeError extends Error {
  constructor(what: string) {
    super(`the copy is too large for a zip file without zip64 (${what})`);
    this.name = 'ZipTooLargeError';
  }
}

/** A part's bytes as the zip holds them: deflated (method 8), or stored (0) where deflating would not shrink them. */
interface Packed {
  method: 0 | 8;
  data: Buffer;
}

interface Entry {
  name: Buffer;
  /** Whether the name needs the UTF-8 flag (bit 11): any byte outside ASCII. */
  utf8: boolean;
  crc: number;
  size: number;
  packed: Promise<Packed>;
}

/** CRC-32 (the zip one): node's native zlib.crc32 where it exists (node >= 20.15), a table otherwise. */
export const crc32: (data: Uint8Array) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (data) => zlib.crc32(data) >>> 0 : tableCrc32;

let table: Int32Array | null = null;

export function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function deflatePiece(data: Buffer, last: boolean, dictionary?: Buffer): Promise<Buffer> {
  const options: zlib.ZlibOptions = { level: LEVEL, chunkSize: CHUNK };
  if (!last) options.finishFlush = zlib.constants.Z_SYNC_FLUSH;
  if (dictionary) options.dictionary = dictionary;
  return new Promise((resolve, reject) => {
    zlib.deflateRaw(data, options, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

async function deflate(data: Buffer): Promise<Buffer> {
  if (data.length < SYNC_BELOW) return zlib.deflateRawSync(data, { level: LEVEL });
  if (data.length <= SPLIT_ABOVE) return deflatePiece(data, true);
  const pieces: Array<Promise<Buffer>> = [];
  for (let at = 0; at < data.length; at += PIECE) {
    const end = Math.min(data.length, at + PIECE);
    pieces.push(
      deflatePiece(data.subarray(at, end), end === data.length, at > 0 ? data.subarray(at - WINDOW, at) : undefined),
    );
  }
  return Buffer.concat(await Promise.all(pieces));
}

async function pack(data: Buffer): Promise<Packed> {
  if (data.length === 0) return { method: 0, data };
  const deflated = await deflate(data);
  // Already-compressed media (images) would grow: such parts are stored as they are, which every zip reader accepts.
  return deflated.length < data.length ? { method: 8, data: deflated } : { method: 0, data };
}

/** MS-DOS date and time (local time, two-second resolution), as zip headers hold them. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, Math.min(2107, d.getFullYear()));
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

/**
 * The fields a local header and its central directory record share, in the same order: version needed (2.0, deflate),
 * flags (bit 11: UTF-8 name), method, time, date, CRC-32, compressed and uncompressed sizes, name length.
 */
function writeCommonFields(out: Buffer, at: number, e: Entry, p: Packed, time: number, date: number): number {
  at = out.writeUInt16LE(20, at);
  at = out.writeUInt16LE(e.utf8 ? 0x0800 : 0, at);
  at = out.writeUInt16LE(p.method, at);
  at = out.writeUInt16LE(time, at);
  at = out.writeUInt16LE(date, at);
  at = out.writeUInt32LE(e.crc, at);
  at = out.writeUInt32LE(p.data.length, at);
  at = out.writeUInt32LE(e.size, at);
  return out.writeUInt16LE(e.name.length, at);
}

/**
 * Collects parts the way exceljs's ZipStream.ZipWriter does (`append(data, { name, base64 })`) and builds the zip.
 * Each part starts deflating as soon as it is appended, so compression overlaps the rendering of later parts.
 * A name appended twice keeps its first place and its last data, as JSZip does.
 */
export class ZipWriter {
  private readonly entries = new Map<string, Entry>();
  private readonly now: Date;

  constructor(now: Date = new Date()) {
    this.now = now;
  }

  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, options.base64 ? 'base64' : 'utf8')
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const name = Buffer.from(options.name, 'utf8');
    if (name.length === 0 || name.length > 0xffff)
      throw new Error(`invalid zip part name: ${options.name.slice(0, 80)}`);
    const packed = pack(bytes);
    // An unhandled rejection before finalize awaits it would end the process; finalize still sees the error.
    packed.catch(() => undefined);
    const entry: Entry = {
      name,
      utf8: name.length !== options.name.length,
      crc: crc32(bytes),
      size: bytes.length,
      packed,
    };
    this.entries.set(options.name, entry);
  }

  /** Waits for every part's deflate and returns the whole zip. */
  async finalize(): Promise<Uint8Array> {
    const entries = [...this.entries.values()];
    if (entries.length > MAX_ENTRIES) throw new ZipTooLargeError(`${entries.length} parts`);
    const packed = await Promise.all(entries.map((e) => e.packed));
    const { date, time } = dosDateTime(this.now);

    let offset = 0;
    let central = 0;
    const offsets: number[] = [];
    entries.forEach((e, i) => {
      if (e.size >= MAX_32 || packed[i].data.length >= MAX_32) throw new ZipTooLargeError(`part of ${e.size} bytes`);
      offsets.push(offset);
      offset += 30 + e.name.length + packed[i].data.length;
      central += 46 + e.name.length;
    });
    if (offset + central >= MAX_32) throw new ZipTooLargeError(`${offset + central} bytes`);

    const out = Buffer.allocUnsafe(offset + central + 22);
    let at = 0;
    entries.forEach((e, i) => {
      at = out.writeUInt32LE(0x04034b50, at);
      at = writeCommonFields(out, at, e, packed[i], time, date);
      at = out.writeUInt16LE(0, at); // no extra field
      at += e.name.copy(out, at);
      at += packed[i].data.copy(out, at);
    });
    const centralStart = at;
    entries.forEach((e, i) => {
      at = out.writeUInt32LE(0x02014b50, at);
      at = out.writeUInt16LE(20, at); // made by: MS-DOS attributes, 2.0
      at = writeCommonFields(out, at, e, packed[i], time, date);
      at = out.writeUInt16LE(0, at); // extra
      at = out.writeUInt16LE(0, at); // comment
      at = out.writeUInt16LE(0, at); // disk
      at = out.writeUInt16LE(0, at); // internal attributes
      at = out.writeUInt32LE(0, at); // external attributes
      at = out.writeUInt32LE(offsets[i], at);
      at += e.name.copy(out, at);
    });
    at = out.writeUInt32LE(0x06054b50, at);
    at = out.writeUInt16LE(0, at);
    at = out.writeUInt16LE(0, at);
    at = out.writeUInt16LE(entries.length, at);
    at = out.writeUInt16LE(entries.length, at);
    at = out.writeUInt32LE(central, at);
    at = out.writeUInt32LE(centralStart, at);
    out.writeUInt16LE(0, at);
    return out;
  }
}
