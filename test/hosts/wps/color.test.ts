// Colour conversion between the core's '#RRGGBB' and WPS's numeric colours (RGB(r, g, b) = r + g*256 + b*65536).

import fc from 'fast-check';
import { FILLS } from '../../../src/core/annotate/types';
import { hexToWps, wpsToHex } from '../../../src/hosts/wps/color';

describe('hexToWps', () => {
  test('red is in the low byte, blue in the high byte (WPS WdColor values)', () => {
    expect(hexToWps('#FF0000')).toBe(255);
    expect(hexToWps('#00FF00')).toBe(65280); // wdColorBrightGreen
    expect(hexToWps('#0000FF')).toBe(16711680); // wdColorBlue
    expect(hexToWps('#800000')).toBe(128); // wdColorDarkRed
    expect(hexToWps('#000000')).toBe(0);
    expect(hexToWps('#FFFFFF')).toBe(16777215);
  });

  test("the product's fills", () => {
    // #FFC7CE = RGB(255, 199, 206); #FFEB9C = RGB(255, 235, 156); #DDEBF7 = RGB(221, 235, 247).
    expect(hexToWps(FILLS.error)).toBe(255 + 199 * 256 + 206 * 65536);
    expect(hexToWps(FILLS.warning)).toBe(255 + 235 * 256 + 156 * 65536);
    expect(hexToWps(FILLS.info)).toBe(221 + 235 * 256 + 247 * 65536);
  });

  test('lower-case hex is accepted; anything else is refused', () => {
    expect(hexToWps('#ffeb9c')).toBe(hexToWps('#FFEB9C'));
    for (const bad of ['FFEB9C', '#FFEB9', '#FFEB9CC', 'yellow', '#GGGGGG', '']) {
      expect(() => hexToWps(bad)).toThrow(RangeError);
    }
  });
});

describe('wpsToHex', () => {
  test('reads the bytes back in #RRGGBB order, upper case', () => {
    expect(wpsToHex(255)).toBe('#FF0000');
    expect(wpsToHex(16711680)).toBe('#0000FF');
    expect(wpsToHex(65535)).toBe('#FFFF00'); // yellow: RGB(255, 255, 0)
    expect(wpsToHex(14277081)).toBe('#D9D9D9'); // wdColorGray15
    expect(wpsToHex(0)).toBe('#000000');
  });

  test('system colours (negative), fractions and values above 0xFFFFFF are refused', () => {
    for (const bad of [-1, -16777216, 1.5, 16777216, Number.NaN]) expect(() => wpsToHex(bad)).toThrow(RangeError);
  });
});

test('both ways: every colour survives a round trip', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
      const hex = `#${n.toString(16).padStart(6, '0').toUpperCase()}`;
      expect(wpsToHex(hexToWps(hex))).toBe(hex);
      expect(hexToWps(wpsToHex(n))).toBe(n);
    }),
  );
});
