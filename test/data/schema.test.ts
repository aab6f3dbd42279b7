// data/schema.json is what editors and newsroom tools check a file against; the validator is what
// the widgets do. They must describe the same fields, so a field added to one is added to the other.
import { expect } from '@open-wc/testing';
import { ROW_FIELDS } from '../../src/data/row-fields.js';
import { validateMeta } from '../../src/data/validate.js';

interface ObjectSchema {
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
}

const schema = async (): Promise<{ $defs: Record<string, ObjectSchema> }> => (await fetch('/data/schema.json')).json();

const DEFS = { indicators: 'indicator', events: 'event', quotes: 'quote' } as const;

describe('data/schema.json and the validator', () => {
  for (const [kind, def] of Object.entries(DEFS) as [keyof typeof DEFS, string][]) {
    it(`name the same ${kind} fields, in the same order, with the same required ones`, async () => {
      const row = (await schema()).$defs[def];
      const { fields } = ROW_FIELDS[kind];
      expect(Object.keys(row.properties)).to.deep.equal(fields.map((field) => field.name));
      expect(row.required).to.deep.equal(fields.filter((field) => field.required).map((field) => field.name));
      expect(row.additionalProperties).to.equal(false);
    });
  }

  it('name the same meta fields: every one the schema allows is read and kept', async () => {
    const allowed = Object.keys((await schema()).$defs.meta.properties).sort();
    const meta = {
      title: 'A title',
      headlines: { indicators: 'By the numbers' },
      dek: 'A dek',
      notes: 'Notes',
      source: { name: 'Freedom House', url: 'https://freedomhouse.org/' },
      byline: 'A. Writer',
      asOf: '2025-10',
      lang: 'en',
      dateFormat: 'DMY',
      categories: { eu: { label: 'European Union', color: '#1f77b4' } },
    };
    expect(Object.keys(meta).sort(), 'this test covers every meta field of the schema').to.deep.equal(allowed);
    const read = validateMeta(meta);
    expect(read.problems).to.deep.equal([]);
    expect(Object.keys(read.meta).sort()).to.deep.equal(allowed);
  });
});
