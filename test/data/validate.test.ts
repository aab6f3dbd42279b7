import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/data/parse-csv.js';
import { validateFor, validateMeta, validateRows } from '../../src/data/validate.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';

describe('validateRows', () => {
  it('types the fields and keeps the valid rows', () => {
    const { rows, problems } = validateRows('indicators', [
      { indicator: ' Freedom House rating ', status: '“Not Free” – Score: 12/100', value: '12', max: 100 },
    ]);
    expect(problems).to.deep.equal([]);
    expect(rows[0]).to.deep.include({ indicator: 'Freedom House rating', value: 12, max: 100, id: 'freedom-house-rating' });
  });

  it('names row and field for a missing required field, and keeps the rest', () => {
    const { rows, problems } = validateRows('events', [{ date: '2020', title: 'Kept' }, { date: '2022' }, { title: 'No date' }]);
    expect(rows.map((r) => r.title)).to.deep.equal(['Kept']);
    expect(problems.map((p) => [p.code, p.row, p.field])).to.deep.equal([
      ['missing-field', 2, 'title'],
      ['missing-field', 3, 'date'],
    ]);
    expect(problems[0].message).to.equal('Row 2, field "title" is required.');
  });

  it('rejects wrong types in required fields with the type it got', () => {
    const { rows, problems } = validateRows('quotes', [
      { text: { html: '<b>' }, speaker: 'A' },
      { text: ['x'], speaker: 'B' },
    ]);
    expect(rows).to.have.length(0);
    expect(problems[0]).to.include({ code: 'wrong-type', row: 1, field: 'text' });
    expect(problems[0].message).to.include('got an object');
    expect(problems[1].message).to.include('got a list');
  });

  it('rejects bad and impossible dates and keeps precision of good ones', () => {
    const { rows, problems } = validateRows('events', [
      { date: '2021-02-30', title: 'Impossible' },
      { date: 'Autumn 2025', title: 'Prose' },
      { date: '2025-10', title: 'Month' },
      { date: 2020, title: 'Number year' },
    ]);
    expect(rows.map((r) => r.date.iso)).to.deep.equal(['2025-10', '2020']);
    expect(problems.map((p) => [p.code, p.row, p.value])).to.deep.equal([
      ['invalid-date', 1, '2021-02-30'],
      ['invalid-date', 2, 'Autumn 2025'],
    ]);
  });

  it('accepts "present" as an end and rejects an end before the start', () => {
    const { rows, problems } = validateRows('events', [
      { date: '2020', end: 'present', title: 'Open' },
      { date: '2022', end: '2020', title: 'Backwards' },
      { date: '2020', end: '2020-08', title: 'Inside the year' },
    ]);
    expect(rows.map((r) => (r.end === 'present' ? 'present' : r.end?.iso))).to.deep.equal(['present', '2020-08']);
    expect(problems[0]).to.include({ code: 'end-before-start', row: 2, field: 'end' });
  });

  it('drops non-http links as a warning and keeps the row', () => {
    const { rows, problems } = validateRows('quotes', [
      { text: 'A', speaker: 'B', sourceUrl: 'javascript:alert(1)' },
      { text: 'C', speaker: 'D', sourceUrl: ' java\tscript:alert(1)' },
      { text: 'E', speaker: 'F', sourceUrl: 'data:text/html,<script>alert(1)</script>' },
      { text: 'G', speaker: 'H', sourceUrl: 'https://example.org/a b' },
    ]);
    expect(rows).to.have.length(4);
    expect(rows.slice(0, 3).every((r) => r.sourceUrl === undefined)).to.equal(true);
    expect(rows[3].sourceUrl).to.equal('https://example.org/a%20b');
    expect(problems.map((p) => [p.code, p.severity, p.row])).to.deep.equal([
      ['invalid-url', 'warning', 1],
      ['invalid-url', 'warning', 2],
      ['invalid-url', 'warning', 3],
    ]);
  });

  it('drops NaN, Infinity and text in number fields, keeping the rows', () => {
    const { rows, problems } = validateRows(
      'indicators',
      [
        { indicator: 'A', status: 'x', value: 'NaN' },
        { indicator: 'B', status: 'x', value: Infinity },
        { indicator: 'C', status: 'x', value: '1,234' },
      ],
      { lang: 'en' },
    );
    expect(rows.map((r) => r.value)).to.deep.equal([undefined, undefined, 1234]);
    expect(problems.map((p) => [p.code, p.severity, p.row])).to.deep.equal([
      ['invalid-number', 'warning', 1],
      ['invalid-number', 'warning', 2],
    ]);
  });

  it('leaves out an event whose end cannot be read, rather than showing it as a point', () => {
    const { rows, problems } = validateRows('events', [{ date: '2020', end: 'soon', title: 'Span' }]);
    expect(rows).to.deep.equal([]);
    expect(problems[0]).to.include({ code: 'invalid-date', severity: 'error', field: 'end' });
  });

  it('drops a max that cannot hold its value, keeping the row', () => {
    const { rows, problems } = validateRows('indicators', [{ indicator: 'A', status: 'x', value: 120, max: 100 }]);
    expect(rows[0].max).to.equal(undefined);
    expect(problems[0]).to.include({ code: 'invalid-number', severity: 'warning', field: 'max' });
  });

  it('rejects a duplicate explicit id and derives unique ids from content', () => {
    const { rows, problems } = validateRows('events', [
      { id: 'x', date: '2020', title: 'One' },
      { id: 'x', date: '2021', title: 'Two' },
      { date: '2022', title: 'Same title' },
      { date: '2023', title: 'Same title' },
      { date: '2023', title: 'Same title' },
    ]);
    expect(problems.map((p) => [p.code, p.row])).to.deep.equal([['duplicate-id', 2]]);
    const ids = rows.map((r) => r.id);
    expect(ids[0]).to.equal('x');
    expect(ids.slice(1).every((id) => id.startsWith('same-title-'))).to.equal(true);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('derives the same id whatever the row order', () => {
    const a = { date: '2020', title: 'Election' };
    const b = { date: '2022', title: 'Invasion' };
    const first = validateRows('events', [a, b])
      .rows.map((r) => r.id)
      .sort();
    const second = validateRows('events', [b, a])
      .rows.map((r) => r.id)
      .sort();
    expect(first).to.deep.equal(second);
  });

  it('reports rows that are not objects', () => {
    const { problems } = validateRows('quotes', [null, 'text', 3, []]);
    expect(problems.map((p) => [p.code, p.row])).to.deep.equal([
      ['not-an-object', 1],
      ['not-an-object', 2],
      ['not-an-object', 3],
      ['not-an-object', 4],
    ]);
  });
});

describe('validateFor', () => {
  it('accepts a full dataset or just the list', () => {
    expect(validateFor('quotes', { meta: { title: 'T' }, quotes: [{ text: 'a', speaker: 'b' }] }).meta.title).to.equal('T');
    expect(validateFor('quotes', [{ text: 'a', speaker: 'b' }]).rows).to.have.length(1);
  });

  it('explains a wrong top-level type', () => {
    for (const input of ['text', 42, null, true]) {
      const { rows, problems } = validateFor('events', input);
      expect(rows).to.deep.equal([]);
      expect(problems[0].code).to.equal('wrong-shape');
    }
  });

  it('says which list is missing from a dataset', () => {
    const { problems } = validateFor('events', { meta: {}, quotes: [] });
    expect(problems[0].message).to.equal('The data has no "events" list.');
  });

  it('ignores prototype keys in data', () => {
    const input = JSON.parse('{"quotes":[{"text":"a","speaker":"b","__proto__":{"polluted":1}}],"__proto__":{"polluted":1}}');
    const { rows } = validateFor('quotes', input);
    expect(rows).to.have.length(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(rows[0])).not.to.include('__proto__');
  });
});

describe('validateMeta', () => {
  it('reads furniture and keeps only safe source links', () => {
    const { meta, problems } = validateMeta({
      title: 'T',
      dek: 'D',
      notes: 'N',
      byline: 'B',
      asOf: '2025-10',
      lang: 'be',
      source: { name: 'S', url: 'javascript:alert(1)' },
      headlines: { events: 'E' },
    });
    expect(meta).to.deep.include({ title: 'T', dek: 'D', notes: 'N', byline: 'B', lang: 'be', source: { name: 'S' } });
    expect(meta.asOf?.iso).to.equal('2025-10');
    expect(meta.headlines).to.deep.equal({ events: 'E' });
    expect(problems.map((p) => [p.code, p.field, p.severity])).to.deep.equal([['invalid-url', 'meta.source.url', 'warning']]);
  });

  it('takes a plain string as the source name', () => {
    expect(validateMeta({ source: 'Freedom House' }).meta.source).to.deep.equal({ name: 'Freedom House' });
  });
});

describe('columns as people name them', () => {
  it('matches names whatever their case, spacing and punctuation, and the documented aliases', () => {
    const csv = parseCsv('Start Date,End_Date,Headline,DESCRIPTION,category,Source URL\n2020,present,Election,Protests,politics,https://example.org/a\n');
    const { rows, problems } = validateFor('events', csv);
    expect(problems).to.deep.equal([]);
    expect(rows[0]).to.deep.include({ title: 'Election', end: 'present', description: 'Protests', category: 'politics', sourceUrl: 'https://example.org/a' });
    expect(rows[0].date.iso).to.equal('2020');
  });

  it('reads a "Source" column as the link, and names the rows whose source is not a link', () => {
    const { rows, problems } = validateFor('quotes', parseCsv('Quote,Speaker,Source\nA,B,https://example.org/q\nC,D,Reuters\n'));
    expect(rows.map((r) => r.sourceUrl)).to.deep.equal(['https://example.org/q', undefined]);
    expect(problems.map((p) => [p.code, p.row, p.value])).to.deep.equal([['invalid-url', 2, 'Reuters']]);
  });

  it('reads Russian and Belarusian headers', () => {
    const ru = validateFor('quotes', parseCsv('Цитата,Автор,Должность\nТекст,Имя,Роль\n'));
    expect(ru.rows[0]).to.include({ text: 'Текст', speaker: 'Имя', role: 'Роль' });
    const be = validateFor('events', parseCsv('Дата,Назва,Крыніца\n2020,Выбары,https://example.org/b\n'));
    expect(be.rows[0]).to.include({ title: 'Выбары', sourceUrl: 'https://example.org/b' });
  });

  it('reports a column it does not know, once, with the field it likely meant', () => {
    const { rows, problems } = validateFor('events', parseCsv('date,title,Sourse URL,Internal notes\n2020,A,https://x.org,x\n2021,B,https://y.org,y\n'));
    expect(rows).to.have.length(2);
    expect(problems.map((p) => [p.code, p.severity, p.details ?? p.value])).to.deep.equal([
      ['unknown-column', 'warning', ['Sourse URL', 'sourceUrl']],
      ['unknown-column', 'warning', 'Internal notes'],
    ]);
    expect(problems[0].message).to.equal('Column "Sourse URL" is not a field of events and was ignored; did you mean "sourceUrl"?');
    // Nothing is close enough to be a misspelling: the message lists the fields instead of a guess.
    expect(problems[1].message).to.equal(
      'Column "Internal notes" is not a field of events and was ignored. The fields of events are id, date, end, title, description, category, sourceUrl.',
    );
    expect(describeProblem(problems[1], CORE_STRINGS.en)).to.equal('A column is not a field of this widget and was ignored (Internal notes)');
  });

  it('reads one column per field and reports the others', () => {
    const { rows, problems } = validateFor('events', parseCsv('Start,date,title\n1999,2020,A\n'));
    expect(rows[0].date.iso).to.equal('2020');
    expect(problems.map((p) => [p.code, p.details])).to.deep.equal([['duplicate-column', ['Start', 'date', 'date']]]);
  });

  it('gives one error for a header without the required fields, naming what it found and what it needs', () => {
    const { rows, problems } = validateFor('events', parseCsv('Datum,Titel,Quelle\n2020,A,x\n2021,B,y\n2022,C,z\n'));
    expect(rows).to.deep.equal([]);
    expect(problems.filter((p) => p.severity === 'error')).to.have.length(1);
    expect(problems[0]).to.include({ code: 'missing-columns', value: 'Datum, Titel, Quelle' });
    expect(problems[0].details).to.deep.equal(['date', 'title']);
    expect(problems[0].message).to.equal(
      'The header row has no column for "date" or "title", so no row could be read. Columns found: "Datum", "Titel", "Quelle". ' +
        'A table of events needs date, title and may have id, end, description, category, sourceUrl.',
    );
    expect(problems.some((p) => p.code === 'missing-field')).to.equal(false);
  });

  it('names a header that lacks one required field', () => {
    const { problems } = validateFor('quotes', parseCsv('Quote,Who said it\nA,B\n'));
    expect(problems[0]).to.include({ code: 'missing-columns' });
    expect(problems[0].details).to.deep.equal(['speaker']);
  });

  it('matches JSON keys the same way and reports unknown keys once', () => {
    const { rows, problems } = validateRows('events', [
      { Date: '2020', Title: 'A', Link: 'https://example.org/a', colour: 'red' },
      { date: '2021', title: 'B', colour: 'blue' },
    ]);
    expect(rows.map((r) => [r.date.iso, r.title, r.sourceUrl])).to.deep.equal([
      ['2020', 'A', 'https://example.org/a'],
      ['2021', 'B', undefined],
    ]);
    expect(problems.map((p) => [p.code, p.value])).to.deep.equal([['unknown-column', 'colour']]);
  });
});

describe("reading by the data's language and date format", () => {
  const events = [{ date: '3/4/2021', title: 'A' }];

  it('refuses a two-way date without a date format, naming both readings', () => {
    const { rows, problems } = validateRows('events', events);
    expect(rows).to.deep.equal([]);
    expect(problems[0]).to.include({ code: 'ambiguous-date', severity: 'error', row: 1, field: 'date', value: '3/4/2021' });
    expect(problems[0].message).to.equal(
      'Row 1, field "date": 3/4/2021 could be 3 April 2021 or March 4, 2021: set meta.dateFormat or date-format ("DMY" or "MDY").',
    );
  });

  it('takes the date format from the options, and meta.dateFormat over them', () => {
    expect(validateFor('events', events, { dateFormat: 'DMY' }).rows[0].date.iso).to.equal('2021-04-03');
    expect(validateFor('events', { meta: { dateFormat: 'mdy' }, events }, { dateFormat: 'DMY' }).rows[0].date.iso).to.equal('2021-03-04');
    const { meta, problems } = validateMeta({ dateFormat: 'YMD', asOf: '3/4/2021' }, { dateFormat: 'DMY' });
    expect(meta.asOf?.iso).to.equal('2021-04-03');
    expect(problems.map((p) => [p.code, p.field])).to.deep.equal([['wrong-type', 'meta.dateFormat']]);
  });

  it('drops a two-way date in an optional field with a warning, keeping the row', () => {
    const { rows, problems } = validateRows('indicators', [{ indicator: 'A', status: 'x', asOf: '3/4/2021' }]);
    expect(rows[0].asOf).to.equal(undefined);
    expect(problems[0]).to.include({ code: 'ambiguous-date', severity: 'warning' });
  });

  it('reads numbers by the language in the options, and meta.lang over it', () => {
    const indicators = [{ indicator: 'A', status: 'x', value: '1.500' }];
    expect(validateFor('indicators', indicators, { lang: 'de' }).rows[0].value).to.equal(1500);
    expect(validateFor('indicators', indicators, { lang: 'en' }).rows[0].value).to.equal(1.5);
    expect(validateFor('indicators', { meta: { lang: 'ru' }, indicators }, { lang: 'en' }).rows[0].value).to.equal(1500);
  });

  it('reports a number that reads two ways without a language and leaves it out', () => {
    const { rows, problems } = validateRows('indicators', [{ indicator: 'A', status: '1,500 prisoners', value: '1,500' }]);
    expect(rows[0].value).to.equal(undefined);
    expect(problems[0]).to.include({ code: 'ambiguous-number', severity: 'warning', row: 1, field: 'value', value: '1,500' });
    expect(problems[0].details).to.deep.equal(['1500', '1.5']);
    expect(problems[0].message).to.include('could be 1500 or 1.5');
  });

  it('keeps the percent sign or currency as the unit unless the row names one', () => {
    const { rows } = validateRows('indicators', [
      { indicator: 'A', status: 'x', value: '12 %', max: '100 %' },
      { indicator: 'B', status: 'x', value: '€1.200,50' },
      { indicator: 'C', status: 'x', value: '12 %', unit: 'points' },
    ]);
    expect(rows.map((r) => [r.value, r.max, r.unit])).to.deep.equal([
      [12, 100, '%'],
      [1200.5, undefined, '€'],
      [12, undefined, 'points'],
    ]);
  });
});
