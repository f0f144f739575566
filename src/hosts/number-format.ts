// Excel number formats, read the way a spreadsheet shows a value: which formats are dates or percentages, and a
// percentage as the text a reader sees. Shared by every host, so a cell reads the same in Excel, WPS and a file.

interface Section {
  /** The section with quoted text, escapes, brackets and fill/space directives marked. */
  tokens: Array<{ literal: string } | { code: string }>;
}

/** Splits a number format into its `;` sections, keeping quoted text and escaped characters apart from codes. */
function sections(format: string): Section[] {
  const out: Section[] = [];
  let tokens: Section['tokens'] = [];
  let code = '';
  const flushCode = () => {
    if (code) tokens.push({ code });
    code = '';
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      flushCode();
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ literal: format.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\' && i + 1 < format.length) {
      flushCode();
      tokens.push({ literal: format[i + 1] });
      i++;
    } else if (ch === '_' && i + 1 < format.length) {
      // `_x` leaves the width of x blank: shown as one space.
      flushCode();
      tokens.push({ literal: ' ' });
      i++;
    } else if (ch === '*' && i + 1 < format.length) {
      // `*x` repeats x to fill the column: nothing in a text rendering.
      flushCode();
      i++;
    } else if (ch === '[') {
      // Colours, conditions and locale tags ([Red], [>=100], [$-804]) are not shown.
      flushCode();
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === ';') {
      flushCode();
      out.push({ tokens });
      tokens = [];
    } else {
      code += ch;
    }
  }
  flushCode();
  out.push({ tokens });
  return out;
}

function codeText(section: Section): string {
  return section.tokens.map((t) => ('code' in t ? t.code : '')).join('');
}

/** True for a date (or date-time) format: day, month or year codes outside quotes and brackets. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const code = codeText(sections(format)[0]).toLowerCase();
  if (/[dy]/.test(code)) return true;
  // `m` alone is a month; next to h or s it is minutes, which makes a time without a date.
  return /m/.test(code) && !/[hs]/.test(code) && !/[0#?]/.test(code);
}

/** True when the format shows the number as a percentage (a `%` code outside quotes). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return sections(format).some((s) => codeText(s).includes('%'));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A number in a percentage format as Excel shows it: '0%' → '95%', '0.00%' → '95.00%', '#,##0.0%' → '1,234.5%',
 * with quoted text kept ('0%"以上"' → '95%以上'). The section for negatives (`pos;neg`) supplies its own sign.
 */
export function formatPercent(value: number, format: string): string {
  const all = sections(format);
  const negativeSection = value < 0 && all.length > 1;
  const section = negativeSection ? all[1] : value === 0 && all.length > 2 ? all[2] : all[0];
  const code = codeText(section);
  const percents = (code.match(/%/g) ?? []).length;
  let scaled = Math.abs(value) * 100 ** percents;
  const numberCode = /[0#?][0#?,]*(\.[0#?]*)?/.exec(code)?.[0] ?? '0';
  const decimals = numberCode.includes('.') ? numberCode.split('.')[1].length : 0;
  // Excel rounds halves away from zero; toFixed works on the binary value, so nudge by a relative epsilon.
  scaled = Math.round(scaled * 10 ** decimals * (1 + Number.EPSILON)) / 10 ** decimals;
  const [whole, frac] = scaled.toFixed(decimals).split('.');
  let intPart = whole;
  if (numberCode.includes(',')) intPart = groupThousands(intPart);
  if (/^#/.test(numberCode) && intPart === '0' && decimals > 0) intPart = '';
  const number = frac !== undefined ? `${intPart}.${frac}` : intPart;

  let out = '';
  let placed = false;
  for (const t of section.tokens) {
    if ('literal' in t) {
      out += t.literal;
      continue;
    }
    // Replace the first run of digit codes by the number; keep every other character of the code as shown.
    out += t.code.replace(/[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/g, () => {
      if (placed) return '';
      placed = true;
      return number;
    });
  }
  if (!placed) out = number + out;
  const sign = value < 0 && !negativeSection && scaled !== 0 ? '-' : '';
  return sign + out;
}
