// Colours between the core's '#RRGGBB' and WPS's numeric colours (Interior.Color), which are built like VBA's RGB().
//
// WPS documents Interior.Color as a value made with the RGB function, RGB(r, g, b) = r + g*256 + b*65536: red in
// the low byte, blue in the high byte (so WdColor's wdColorBlue is 16711680 = 0xFF0000). '#RRGGBB' has red first,
// so the bytes are swapped, not copied.

const HEX = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/;

/** '#RRGGBB' → WPS colour number (r + g*256 + b*65536). Throws on anything that is not '#RRGGBB' (a bug). */
export function hexToWps(hex: string): number {
  const m = HEX.exec(hex);
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return r + g * 256 + b * 65536;
}

/** WPS colour number → '#RRGGBB' in upper case. Throws outside 0..0xFFFFFF (negative values are system colours). */
export function wpsToHex(color: number): string {
  if (!Number.isInteger(color) || color < 0 || color > 0xffffff) throw new RangeError(`not a WPS RGB colour: ${color}`);
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b]
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
