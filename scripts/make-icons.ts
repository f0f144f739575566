// Draws the add-in's ribbon and catalog icons (a table with a check mark in the product blue) as PNGs, with only zlib.
//
// Run: npx tsx scripts/make-icons.ts   (writes assets/icon-{16,32,64,80,192}.png and assets/icon-outline-32.png;
//                                       output is deterministic)
//
// The unified manifest (manifest.json) also needs a 192×192 colour icon and a 32×32 outline icon (white on transparent):
// "App package for Microsoft 365", https://learn.microsoft.com/office/dev/add-ins/overview/app-package-for-microsoft-365

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/** The product colour: Fluent UI's default brand blue, so the icon matches the pane. */
export const PRODUCT_BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/**
 * Sizes the manifests use: 16/32/80 for ribbon buttons, 32 and 64 for the catalog icon and its high-DPI version, 192 for
 * the unified manifest's colour icon (icons.color).
 */
export const ICON_SIZES = [16, 32, 64, 80, 192] as const;

/** The unified manifest's outline icon (icons.outline): 32×32, white shapes on a transparent background. */
export const OUTLINE_ICON = { size: 32, file: 'icon-outline-32.png' } as const;

const TRANSPARENT: Rgba = [0, 0, 0, 0];

type Rgba = [number, number, number, number];

/** A shape in the unit square: true where the point is inside. */
type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number): Shape {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A stroke of the given width along the segment, with round ends (so joined segments meet cleanly). */
function segment(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((s) => s(x, y));
}

function intersect(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && b(x, y);
}

/**
 * Painted in order, later layers on top: a white sheet with a blue frame, header band and grid, and a check badge.
 * Below 24 px the grid has fewer lines and the badge is bigger, so the check still reads at 16 px.
 */
function layers(size: number, outline = false): Array<[Shape, Rgba]> {
  // The outline variant paints the blue parts white and the white parts transparent: a white line drawing.
  const blue = outline ? WHITE : PRODUCT_BLUE;
  const white = outline ? TRANSPARENT : WHITE;
  const small = size < 24;
  const frame = roundedRect(0.04, 0.06, 0.96, 0.94, 0.1);
  const grid = small
    ? union(rect(0.1, 0.56, 0.9, 0.64), rect(0.34, 0.32, 0.42, 0.88))
    : union(rect(0.1, 0.5, 0.9, 0.56), rect(0.1, 0.69, 0.9, 0.75), rect(0.36, 0.32, 0.42, 0.88));
  const [cx, cy, outer, inner, stroke] = small ? [0.68, 0.68, 0.33, 0.27, 0.1] : [0.7, 0.7, 0.28, 0.23, 0.075];
  const check = union(
    segment(cx - 0.11, cy + 0.01, cx - 0.03, cy + 0.09, stroke),
    segment(cx - 0.03, cy + 0.09, cx + 0.12, cy - 0.09, stroke),
  );
  return [
    [frame, blue],
    [roundedRect(0.1, 0.12, 0.9, 0.88, 0.05), white],
    [intersect(frame, rect(0, 0, 1, 0.32)), blue],
    [grid, blue],
    [circle(cx, cy, outer), white],
    [circle(cx, cy, inner), blue],
    [check, white],
  ];
}

/** Supersamples each pixel on a 4×4 grid so edges are anti-aliased; returns straight (non-premultiplied) RGBA rows. */
export function renderIcon(size: number, outline = false): Buffer {
  const n = 4;
  const out = Buffer.alloc(size * size * 4);
  const painted = layers(size, outline);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour: Rgba | null = null;
          for (const [shape, c] of painted) if (shape(x, y)) colour = c;
          if (colour && colour[3] > 0) {
            r += (colour[0] * colour[3]) / 255;
            g += (colour[1] * colour[3]) / 255;
            b += (colour[2] * colour[3]) / 255;
            a += colour[3];
          }
        }
      }
      const i = (py * size + px) * 4;
      const covered = a / 255;
      out[i] = covered ? Math.round(r / covered) : 0;
      out[i + 1] = covered ? Math.round(g / covered) : 0;
      out[i + 2] = covered ? Math.round(b / covered) : 0;
      out[i + 3] = Math.round(a / (n * n));
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes square RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter 0 on every row). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, renderIcon(size));
}

/** The unified manifest's outline icon. */
export function outlineIconPng(): Buffer {
  return encodePng(OUTLINE_ICON.size, renderIcon(OUTLINE_ICON.size, true));
}

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

function main(): void {
  const dir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, iconFileName(size));
    fs.writeFileSync(file, iconPng(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  const outline = path.join(dir, OUTLINE_ICON.file);
  fs.writeFileSync(outline, outlineIconPng());
  console.log(`wrote ${path.relative(process.cwd(), outline)}`);
}

if (require.main === module) main();
