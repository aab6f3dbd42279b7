/**
 * How a span of dates reads: `2020–2022`, `March 2021 – October 2025`, `с октября 2025 г. по
 * настоящее время`. Pure; the words come from the interface strings, the dates from
 * `formatPartialDate`, and each date stays a piece of its own so it can be a `<time>` element.
 */
import { formatPartialDate, type PartialDate } from './partial-date.js';

/** The words of a locale around the dates of a span. */
export interface RangeWords {
  /** Text before and after the start date of a span that is still open. */
  since: readonly [before: string, after: string];
  /** The form of a month named after `since[0]` (`с октября 2025 г.` takes the genitive). */
  sinceMonth: 'nominative' | 'genitive';
  /**
   * Text before, between and after the dates of a closed span, where the dates have words in
   * them (`октябрь 2020 г. — март 2021 г.`). Two years alone take an unspaced en dash instead
   * (`2020–2022`), as number ranges do in every shipped language.
   */
  between: readonly [before: string, middle: string, after: string];
}

/** One piece of a date line: plain text, or a date that renders as `<time datetime>`. */
export type DatePiece = string | { datetime: string; text: string };

/** A number range's dash: en dash, no spaces. */
export const NUMBER_RANGE_DASH = '\u2013';

/** The pieces of a date or span in `lang`, empty text left out. */
export function dateRangePieces(start: PartialDate, end: PartialDate | 'present' | undefined, lang: string, words: RangeWords): DatePiece[] {
  const piece = (date: PartialDate, monthCase?: RangeWords['sinceMonth']) => ({
    datetime: date.iso,
    text: formatPartialDate(date, lang, 'long', { monthCase }),
  });
  let pieces: DatePiece[];
  if (end === 'present') pieces = [words.since[0], piece(start, words.sinceMonth), words.since[1]];
  else if (!end) pieces = [piece(start)];
  else {
    const years = start.precision === 'year' && end.precision === 'year';
    pieces = years ? [piece(start), NUMBER_RANGE_DASH, piece(end)] : [words.between[0], piece(start), words.between[1], piece(end), words.between[2]];
  }
  return pieces.filter((p) => p !== '');
}
