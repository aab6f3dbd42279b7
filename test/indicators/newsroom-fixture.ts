/**
 * SYNTHETIC newsroom-sized "By the Numbers" table: 30 made-up rows as another story's data
 * might hold them. Counts of different things (a few small, most in the hundreds or thousands),
 * percentages written with their signs (`+11.8 %`, `−9.5 %`), money (`$`, `€`), negative counts,
 * and one row with its own scale (`12` of `max` 100). Values are written as a spreadsheet shows
 * them, so the unit comes from the cell. Not facts; never shipped; every row says "Synthetic".
 */
type Row = { indicator: string; status: string; value?: string | number; max?: number; unit?: string; note?: string };

const ROWS: Row[] = [
  { indicator: 'Synthetic: organisations closed', status: '82 organisations', value: 82, unit: 'organisations' },
  { indicator: 'Synthetic: people detained', status: '1,243 people', value: '1,243', unit: 'people' },
  { indicator: 'Synthetic: change in exports', status: '−9.5 % on last year', value: '−9.5 %' },
  { indicator: 'Synthetic: change in imports', status: '+11.8 % on last year', value: '+11.8 %' },
  { indicator: 'Synthetic: press freedom score', status: '12 of 100 points', value: 12, max: 100, unit: 'points' },
  { indicator: 'Synthetic: frozen assets', status: '$2,400 million', value: '$2,400' },
  { indicator: 'Synthetic: net migration', status: '−3,400 people', value: '−3,400', unit: 'people' },
  { indicator: 'Synthetic: journalists in prison', status: '37 journalists', value: 37, unit: 'journalists' },
  { indicator: 'Synthetic: change in wages', status: '+4.2 %', value: '+4.2 %' },
  { indicator: 'Synthetic: election turnout', status: '68 % reported', value: '68 %' },
  { indicator: 'Synthetic: court cases', status: '5,120 cases', value: '5,120', unit: 'cases' },
  { indicator: 'Synthetic: aid pledged', status: '€150 million', value: '€150' },
  { indicator: 'Synthetic: embassies open', status: '3 embassies', value: 3, unit: 'embassies' },
  { indicator: 'Synthetic: change in fuel prices', status: '−1.3 %', value: '−1.3 %' },
  { indicator: 'Synthetic: sanctions lists', status: 'Still largely in place' },
  { indicator: 'Synthetic: fines paid', status: '$310 million', value: '$310' },
  { indicator: 'Synthetic: protests recorded', status: '412 protests', value: 412, unit: 'protests' },
  { indicator: 'Synthetic: ambassador', status: 'Recalled; post vacant' },
  { indicator: 'Synthetic: change in arrests', status: '−18 %', value: '−18 %' },
  { indicator: 'Synthetic: people released', status: '52 people', value: 52, unit: 'people' },
  { indicator: 'Synthetic: websites blocked', status: '9,870 websites', value: '9,870', unit: 'websites' },
  { indicator: 'Synthetic: loans repaid', status: '€1,050 million', value: '€1,050' },
  { indicator: 'Synthetic: change in tourism', status: '+27.5 %', value: '+27.5 %' },
  { indicator: 'Synthetic: flights a week', status: '0 flights', value: 0, unit: 'flights' },
  { indicator: 'Synthetic: border crossings closed', status: '6 crossings', value: 6, unit: 'crossings' },
  { indicator: 'Synthetic: budget deficit', status: '−$780 million', value: '−$780' },
  { indicator: 'Synthetic: parties registered', status: '4 parties', value: 4, unit: 'parties', note: 'Synthetic note: down from 15.' },
  { indicator: 'Synthetic: share of state media', status: '91 % of outlets', value: '91 %' },
  { indicator: 'Synthetic: NGOs abroad', status: '260 NGOs', value: 260, unit: 'NGOs' },
  { indicator: 'Synthetic: change in inflation', status: '+0.4 %', value: '+0.4 %' },
];

/** The 30 rows with a clearly labelled `meta`, as a widget's `data`. */
export function newsroomIndicators(): { meta: object; indicators: Row[] } {
  return {
    meta: {
      title: 'Synthetic table: 30 made-up numbers (test data, not facts)',
      notes: 'Synthetic data for testing the drawings. None of these rows describe real events.',
      source: { name: 'Synthetic test data' },
      asOf: '2025-10',
      lang: 'en',
    },
    indicators: ROWS.map((row) => ({ ...row })),
  };
}
