// Made-up German data for the language tests. Every text a reader gets from this data has an
// umlaut or ß in it and no interface string has one, so a run of text tells by itself whether
// it comes from the data (German) or from the widget (English on a German page). Units are the
// exception on purpose: they are read inside the interface's own sentence about a drawing.

export const GERMAN_META = {
  title: 'Größere Übersicht',
  headlines: { indicators: 'Zählungen und Größen', events: 'Zeitläufe der Beziehungen', quotes: 'Stimmen über Belarus' },
  dek: 'Ein kurzer Überblick für Leserinnen und Leser.',
  notes: 'Alle Zahlen sind Schätzungen.',
  source: { name: 'Bundesamt für Größen', url: 'https://example.org/quelle' },
  byline: 'Von Jürgen Müller',
  asOf: '2025-10',
  lang: 'de',
};

export const GERMAN_INDICATORS = {
  meta: GERMAN_META,
  indicators: [
    {
      id: 'haeftlinge',
      indicator: 'Freigelassene Häftlinge',
      status: '52 Häftlinge frei',
      asOf: '2025-10',
      value: 52,
      unit: 'Personen',
      note: 'Zählung ungeprüft',
      sourceUrl: 'https://example.org/a',
    },
    { id: 'index', indicator: 'Freiheitsindex (Prüfung)', status: 'Nicht frei, große Sorge', asOf: '2025-09', value: 12, max: 100, unit: 'Punkte' },
    // Rejected (the indicator is not text): listed under "1 row could not be shown", value and all.
    { id: 'kaputt', indicator: ['Größe'], status: 'Ungültige Zeile für Prüfung' },
  ],
};

export const GERMAN_EVENTS = {
  meta: GERMAN_META,
  events: [
    {
      id: 'sanktionen',
      date: '2020',
      end: 'present',
      title: 'Sanktionen gegen Minsk verschärft',
      category: 'sanctions',
      description: 'Die EU und die USA erhöhen den Druck.',
      sourceUrl: 'https://example.org/e1',
    },
    {
      id: 'flug',
      date: '2021-05',
      title: 'Flugzeug zur Landung gezwungen: Empörung',
      category: 'Luftfahrt und Flüge',
      description: 'Ein Passagierflug wird nach Minsk umgeleitet; große Empörung.',
    },
    // Rejected (not a date): its value is data, read in German inside the English message.
    { id: 'kaputt', date: 'März 2022', title: 'Ungültig für Prüfung' },
  ],
};

/** A run of data text (German) rather than interface text. */
export const isGerman = (text: string) => /[äöüßÄÖÜ]/.test(text);
