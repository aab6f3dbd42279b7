// Markdown helpers for the results: number formats, spreads, tables.
import { LIBS } from './pages.mjs';

export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
export const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');
export const num = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 100 ? 1 : 0)} ms` : 'n/a');
export const ratio = (value) => (Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : 'n/a');
export const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
export const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(1)} KB`;

/** "median (IQR q1–q3; min–max)" for a summary from stats.mjs. */
export const spread = (s, format = ms) => (s && s.n ? `${format(s.median)} <sub>IQR ${num(s.q1)}–${num(s.q3)}; ${num(s.min)}–${num(s.max)}</sub>` : 'n/a');
export const countSpread = (s) => (s && s.n ? `${num(s.median, s.median % 1 ? 1 : 0)} (max ${num(s.max, 0)})` : 'n/a');
export const label = (lib) => LIBS[lib]?.label ?? lib;

export function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
