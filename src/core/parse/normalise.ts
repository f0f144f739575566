// Text normalisation shared by the parsers and the category vocabulary: full-width forms, spaces, line breaks.

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u2212\u2013\u2014\u2015\u2500\u2012]/g;
const WHITESPACE = /[\s\u00a0\u200b\ufeff]+/g;
const BR_TAG = /<br\s*\/?>/gi;

function halfWidthChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x3000) return ' ';
  // Minus and dash look-alikes all read as '-', so ranges and negatives parse one way.
  if (c === 0x2212 || c === 0x2012 || c === 0x2013) return '-';
  if (c === 0x2014 || c === 0x2015 || c === 0x2500) return '—';
  return String.fromCharCode(c - 0xfee0);
}

/** Full-width ASCII (０-９, ＞, ％, ．, ，, （…）) to half-width; ideographic space to a space; minus signs to '-'. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, halfWidthChar);
}

/** Half-width, with every space, line break and `<br>` removed: the form all matching happens on. */
export function compact(text: string): string {
  return toHalfWidth(text.replace(BR_TAG, '')).replace(WHITESPACE, '');
}
