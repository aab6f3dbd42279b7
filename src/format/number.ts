/** Locale-aware numbers and plurals through the browser's Intl (zero bytes shipped for be/ru). */
import { numberFormat, pluralRules } from './intl.js';

export function formatNumber(value: number, lang: string, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** Plural forms keyed by CLDR category; `other` is required and used for any missing category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for `count` and replaces `{n}` with the formatted number. */
export function plural(count: number, lang: string, forms: PluralForms): string {
  const form = forms[pluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, lang));
}

/**
 * Parses a number as people type it in data: `12`, `-3.5`, `1,234` or `1 234` (thousands
 * separators), but not `12abc`, `NaN` or `Infinity`. Returns `undefined` when it is not one.
 */
export function parseNumber(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const text = input.trim().replace(/(\d)[,\u00a0\u202f ](?=\d{3}(\D|$))/g, '$1');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
