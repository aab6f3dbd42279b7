/**
 * A number with the unit its cell was written with, formatted for the interface's locale: a
 * percent or per-mille sign and a currency symbol keep their place in that locale's pattern
 * (`11.8%` and `$2,400` in English, `11,8 %` and `2 400 $` in Russian). Word units (`people`,
 * `points`) are left to the sentences in `strings.ts`, which know where a word goes. A minus is
 * the minus sign (U+2212), as newsrooms set it and screen readers read it: `−9.5%`. Pure.
 */
import { numberFormat } from '../format/intl.js';

/** `%`, `‰` or one currency symbol: a unit written as a sign beside the number, not a word. */
export function isSignUnit(unit: string | undefined): unit is string {
  return unit !== undefined && /^(?:[%‰]|\p{Sc})$/u.test(unit);
}

export interface QuantityOptions {
  /** `10K` rather than `10,000` from 100,000 up: for scale labels, which have little room. */
  compact?: boolean;
}

function quantityFormat(lang: string, style: 'decimal' | 'percent' | 'currency', options: QuantityOptions, large: boolean): Intl.NumberFormat {
  const compact = !!options.compact && large;
  // The pattern of US dollars stands for any currency: only the symbol's place and spacing are used.
  const currency: Intl.NumberFormatOptions = style === 'currency' ? { currency: 'USD', currencyDisplay: 'narrowSymbol' } : {};
  return numberFormat(lang, {
    style,
    ...currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 2,
    notation: compact ? 'compact' : 'standard',
  });
}

/** `value` with its sign unit (if it has one) in the locale's pattern; a word unit is not added. */
export function formatQuantity(value: number, unit: string | undefined, lang: string, options: QuantityOptions = {}): string {
  const large = Math.abs(value) >= 100_000;
  let parts: Intl.NumberFormatPart[];
  // The percent style multiplies by 100; the value is already in percent (or per mille).
  if (unit === '%' || unit === '‰') parts = quantityFormat(lang, 'percent', options, large).formatToParts(value / 100);
  else if (isSignUnit(unit)) parts = quantityFormat(lang, 'currency', options, large).formatToParts(value);
  else parts = quantityFormat(lang, 'decimal', options, large).formatToParts(value);
  return parts
    .map((part) => {
      if (part.type === 'minusSign') return '\u2212';
      return part.type === 'percentSign' || part.type === 'currency' ? unit : part.value;
    })
    .join('');
}
