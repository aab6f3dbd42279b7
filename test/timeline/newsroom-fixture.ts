/**
 * SYNTHETIC newsroom-sized timeline: 60 events over 10 years (2015–2024), bunched the way news
 * is, in 10 categories (ids written the way newsrooms write them: `law`, `eu`, `Diplomacy`),
 * with an open span (April 2024 to present), closed spans, and dates at year, month and day
 * precision. Generated from a fixed seed; no event is real, every title says "Synthetic".
 * Never used as default data.
 */
import { seededRandom as random } from '../fixtures/seeded-random.js';

const CATEGORIES = ['law', 'protest', 'eu', 'Diplomacy', 'Politics', 'sanctions', 'economy', 'media', 'courts', 'energy'] as const;
const WORDS = ['talks', 'ruling', 'visit', 'statement', 'release', 'agreement', 'march', 'vote', 'summit', 'report', 'envoy', 'border'];
/** Events per year, 2015 to 2024: quiet years and busy ones. */
const PER_YEAR = [3, 4, 5, 6, 12, 8, 6, 5, 4, 7];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The 60 events in raw data form, always the same ones, in a row order shuffled by `order`
 * (as a spreadsheet might hold them): nothing may depend on the order of the rows.
 */
export function newsroomEvents(order = 1): Array<Record<string, string>> {
  const next = random(760);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const rows: Array<Record<string, string>> = [];
  PER_YEAR.forEach((count, offset) => {
    const year = 2015 + offset;
    for (let i = 0; i < count; i++) {
      const n = rows.length + 1;
      const precision = next();
      const month = 1 + Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28);
      const date = precision < 0.3 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
      const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(WORDS)).join(' ');
      rows.push({ id: `newsroom-${n}`, date, title: `Synthetic ${n}: ${words}`, category: CATEGORIES[n % CATEGORIES.length] });
    }
  });
  // Year-precision events without an end (an election, an invasion, a thaw), spans with an end,
  // and one span still open. The last year-only event's year runs past the as-of date.
  const special: Array<Partial<Record<string, string>>> = [
    { date: '2016', title: 'Synthetic year-only event: election' },
    { date: '2020', title: 'Synthetic year-only event: crisis' },
    { date: '2024', title: 'Synthetic year-only event: thaw' },
    { date: '2016-03', end: '2017-06', title: 'Synthetic closed span: negotiations' },
    { date: '2020-08', end: '2021-03', title: 'Synthetic closed span: protests' },
    { date: '2024-04', end: 'present', title: 'Synthetic open span: sanctions review' },
  ];
  special.forEach((row, i) => Object.assign(rows[i * 10 + 3], row));
  const shuffle = random(order);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

/** The whole dataset, with `meta.categories` naming (and colouring) some of the categories. */
export function newsroomDataset(order?: number) {
  return {
    meta: {
      title: 'Synthetic newsroom timeline (60 events, not real)',
      asOf: '2024-10',
      categories: {
        eu: { label: 'European Union', color: '#1f5fa8' },
        law: { label: 'Law' },
        protest: { label: 'Protests' },
        courts: { label: 'Courts' },
      },
    },
    events: newsroomEvents(order),
  };
}
