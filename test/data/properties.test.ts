// Property-based tests: for any input, parsing and validation return rows and problems; they
// never throw (except the parser's own DataError), and never lose a valid row.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCsv } from '../../src/data/parse-csv.js';
import { DataError } from '../../src/data/problem.js';
import { validateFor, validateRows } from '../../src/data/validate.js';

const RUNS = { numRuns: 300, seed: 20251024 };

const partialDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .chain(({ year, month, day }) =>
    fc.constantFrom(`${year}`, `${year}-${String(month).padStart(2, '0')}`, `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
  );
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
const validEvent = fc.record({ date: partialDate, title: text }, { requiredKeys: ['date', 'title'] });
const junk = fc.oneof(fc.anything(), fc.record({ date: fc.anything(), title: fc.anything() }), fc.constant(null));

describe('properties of parsing and validation', () => {
  it('validation never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('indicators', 'events', 'quotes') as fc.Arbitrary<'events'>, (input, kind) => {
        const result = validateFor(kind, input);
        expect(result.rows).to.be.an('array');
        expect(result.problems).to.be.an('array');
      }),
      RUNS,
    );
  });

  it('every valid row survives, whatever junk surrounds it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            validEvent.map((e) => ({ valid: true, e })),
            junk.map((e) => ({ valid: false, e })),
          ),
          { maxLength: 30 },
        ),
        (mixed) => {
          const { rows, problems } = validateRows(
            'events',
            mixed.map((m) => m.e),
          );
          const expected = mixed.filter((m) => m.valid).map((m) => (m.e as { title: string }).title.trim());
          const kept = rows.map((r) => r.title);
          for (const title of expected) expect(kept).to.include(title);
          // Every input row is either kept or named in a problem.
          const reported = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.row));
          expect(rows.length + reported.size).to.equal(mixed.length);
        },
      ),
      RUNS,
    );
  });

  it('ids are unique and the same for the same rows in any order', () => {
    fc.assert(
      fc.property(fc.array(validEvent, { maxLength: 20 }), (events) => {
        const ids = validateRows('events', events).rows.map((r) => r.id);
        expect(new Set(ids).size).to.equal(ids.length);
        const reversed = validateRows('events', [...events].reverse()).rows.map((r) => r.id);
        expect([...reversed].sort()).to.deep.equal([...ids].sort());
      }),
      RUNS,
    );
  });

  it('CSV parsing returns records or a DataError, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r', ' ', '\uFEFF', 'ё'), maxLength: 80 }), (csv) => {
        try {
          expect(parseCsv(csv)).to.be.an('array');
        } catch (error) {
          expect(error).to.be.instanceOf(DataError);
        }
      }),
      RUNS,
    );
  });

  it('CSV written by the rules reads back to the same values', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', ',', '"', '\n', ';', '1'), minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
    const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 10 }), (rows) => {
        const csv = ['text,speaker', ...rows.map((r) => r.map(quote).join(','))].join('\r\n');
        const records = parseCsv(csv);
        expect(records.map((r) => [r.text, r.speaker])).to.deep.equal(rows);
      }),
      RUNS,
    );
  });
});
