/**
 * Numbers as spreadsheets write them in different languages: `1,500.5` in English, `1.500,5` in
 * German, `1 500,5` in Russian, with a sign (`−9.5` with U+2212), a percent sign or a currency
 * (`12 %`, `$1,200`, `€1.200,50`). The language decides only what the digits alone cannot: one
 * `,` or `.` followed by exactly three digits (`1,500`, `1.500`). Pure, no DOM.
 */

export type DecimalMark = ',' | '.';

export type NumberReading =
  /** `unit` is the percent, per-mille or currency sign the value was written with, if any. */
  | { value: number; unit?: string }
  /** One separator that groups thousands in one language and marks decimals in another. */
  | { ambiguous: [thousands: number, decimal: number]; unit?: string };

/** Languages whose decimal mark is a comma (and which group thousands with `.`, spaces or `'`). */
const COMMA_DECIMAL = ['de', 'ru', 'be', 'uk', 'pl', 'lt'];
/** Regions of those languages that write a decimal point. */
const POINT_REGIONS = ['de-ch', 'de-li'];

const marks = new Map<string, DecimalMark | undefined>();

/**
 * The decimal mark of a language: `,` for de, ru, be, uk, pl, lt (except Swiss and Liechtenstein
 * German), `.` for en, else what the browser's `Intl` writes for that language when it knows it,
 * else `undefined` (unknown: two-way values are reported, never guessed).
 */
export function decimalMark(lang: string | undefined): DecimalMark | undefined {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return undefined;
  if (!marks.has(tag)) {
    const language = tag.split('-')[0];
    let mark: DecimalMark | undefined;
    if (POINT_REGIONS.some((region) => tag === region || tag.startsWith(`${region}-`))) mark = '.';
    else if (COMMA_DECIMAL.includes(language)) mark = ',';
    else if (language === 'en') mark = '.';
    else {
      try {
        if (Intl.NumberFormat.supportedLocalesOf(tag).length) {
          const written = new Intl.NumberFormat(tag).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
          mark = written === ',' || written === '.' ? written : undefined;
        }
      } catch {
        mark = undefined;
      }
    }
    marks.set(tag, mark);
  }
  return marks.get(tag);
}

/** Sign, currency before, sign, digits with separators, percent or currency after. */
const SHAPE = /^([+-]?)\s*(\p{Sc})?\s*([+-]?)\s*(\d(?:[\d.,'’\s]*\d)?|[.,]\d+)\s*([%‰]|\p{Sc})?$/u;
/** Digits with at most a point that cannot group thousands: read as they are (most cells). */
const PLAIN = /^-?\d+(?:\.\d{1,2}|\.\d{4,})?$/;
/** `1.5e3`, as programs (not spreadsheets' display formats) write numbers. */
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
const GROUPING = /[\s'’.,]/;

function count(text: string, char: string): number {
  let found = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) found++;
  return found;
}

/** Digits grouped in threes by one kind of separator, with a decimal part after `decimal` if given. */
function digitsValue(body: string, decimal: DecimalMark | undefined): number | undefined {
  const [whole, fraction = ''] = decimal ? body.split(decimal) : [body];
  if (decimal && !/^\d+$/.test(fraction)) return undefined;
  const groups = whole.split(GROUPING);
  if (groups.length > 1) {
    const separators = new Set(whole.match(/[\s'’.,]/g)!.map((char) => (/\s/.test(char) ? ' ' : char === '’' ? "'" : char)));
    if (separators.size > 1 || !/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((group) => !/^\d{3}$/.test(group))) return undefined;
  }
  const value = Number(`${groups.join('') || '0'}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

function readDigits(body: string, mark: DecimalMark | undefined): number | [number, number] | undefined {
  const commas = count(body, ',');
  const points = count(body, '.');
  if (commas && points) {
    const last = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    return count(body, last) > 1 ? undefined : digitsValue(body, last);
  }
  if (commas + points !== 1) return digitsValue(body, undefined);
  const separator: DecimalMark = commas ? ',' : '.';
  const [whole, fraction] = body.split(separator);
  // Grouping needs 1-3 digits (not a lone 0) before and exactly three after, and no other grouping.
  const couldGroup = /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3;
  if (!couldGroup || mark === separator) return digitsValue(body, separator);
  if (mark) return digitsValue(body, undefined);
  return [Number(whole + fraction), Number(`${whole}.${fraction}`)];
}

/**
 * Reads a number cell by the data's decimal mark (see `decimalMark`). Returns `undefined` for
 * anything that is not one number (`12abc`, `NaN`, `Infinity`, `1,2,3`, `1.234,5.6`).
 */
export function readNumber(input: unknown, mark?: DecimalMark): NumberReading | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : undefined;
  if (typeof input !== 'string') return undefined;
  if (PLAIN.test(input)) return { value: Number(input) };
  const text = input.trim().replace(/[\u2212\ufe63\uff0d]/g, '-');
  if (EXPONENT.test(text)) return Number.isFinite(Number(text)) ? { value: Number(text) } : undefined;
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const [, signBefore, currency, signAfter, body, suffix] = match;
  if ((signBefore && signAfter) || (currency && suffix)) return undefined;
  const unit = currency || suffix;
  const negative = (signBefore || signAfter) === '-';
  const read = readDigits(body, mark);
  if (read === undefined) return undefined;
  const signed = (n: number) => (negative ? -n : n);
  const reading: NumberReading = Array.isArray(read) ? { ambiguous: [signed(read[0]), signed(read[1])] } : { value: signed(read) };
  return unit ? { ...reading, unit } : reading;
}
