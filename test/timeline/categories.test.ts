// Categories by name: `meta.categories` gives ids a label and a colour (hex only, checked), the
// interface translates the article's five ids however they are written, and colours and shapes
// follow the category, never the order of the rows.
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/types.js';
import { validateMeta, validateRows } from '../../src/data/validate.js';
import { categoryStyle } from '../../src/timeline/markers.js';
import { buildModel, categoryName, paintClass, type Category } from '../../src/timeline/model.js';
import { contrast, forTheme, ownColourRules } from '../../src/timeline/own-colours.js';
import { TIMELINE_STRINGS } from '../../src/timeline/strings.js';
import { newsroomDataset, newsroomEvents } from './newsroom-fixture.js';
// Every shipped language in the tables, as the ES modules and the single-file script have them.
import '../../src/locales/bundled.js';

const NOW = new Date(Date.UTC(2024, 10, 1));
const { en, ru } = TIMELINE_STRINGS;
const rows = (raw: unknown[]) => validateRows('events', raw).rows as TimelineEvent[];
const styles = (categories: Category[]) =>
  Object.fromEntries(categories.map((c) => [c.key ?? '(none)', { colour: c.colour, shape: c.shape, own: c.own?.hex, paint: paintClass(c) }]));

describe('meta.categories in the data', () => {
  it('reads labels and hex colours by category id, as #rrggbb', () => {
    const { meta, problems } = validateMeta({
      categories: {
        eu: { label: 'European Union', color: '#1F5FA8' },
        law: { color: ' #15a ' },
        protest: { label: 'Protests' },
        constructor: { label: 'A category named like a method' },
      },
    });
    expect(problems).to.deep.equal([]);
    expect({ ...meta.categories }).to.deep.equal({
      eu: { label: 'European Union', color: '#1f5fa8' },
      law: { color: '#1155aa' },
      protest: { label: 'Protests' },
      constructor: { label: 'A category named like a method' },
    });
    expect(Object.getPrototypeOf(meta.categories)).to.equal(null);
  });

  it('leaves out what is not a hex colour or not a category, with a warning naming the field', () => {
    const { meta, problems } = validateMeta({
      categories: {
        a: { label: 'A', color: 'red' },
        b: { color: '#1f5fa8; background: url(https://example.org/x)' },
        c: { color: 'rgb(0 0 0)' },
        d: { color: '#12345' },
        e: 'Just a name',
        f: { label: 'F', colour: '#000000' },
        g: { label: { text: 'not text' } },
      },
    });
    expect({ ...meta.categories }).to.deep.equal({ a: { label: 'A' }, f: { label: 'F' } });
    expect(problems.map((p) => [p.severity, p.field])).to.deep.equal([
      ['warning', 'meta.categories.a.color'],
      ['warning', 'meta.categories.b.color'],
      ['warning', 'meta.categories.c.color'],
      ['warning', 'meta.categories.d.color'],
      ['warning', 'meta.categories.e'],
      ['warning', 'meta.categories.f.colour'],
      ['warning', 'meta.categories.g.label'],
    ]);
    expect(problems[0].message).to.match(/hex colour such as "#1f5fa8"/);
    expect(validateMeta({ categories: ['eu'] }).problems.map((p) => p.field)).to.deep.equal(['meta.categories']);
  });
});

describe('timeline categories', () => {
  it('gives each category the same colour and shape whatever the order of the rows', () => {
    const { meta } = validateMeta(newsroomDataset().meta);
    const reference = styles(buildModel(rows(newsroomEvents(1)), NOW, meta.categories).categories);
    expect(Object.keys(reference)).to.have.length(10);
    for (const seed of [2, 3, 4, 5]) {
      const model = buildModel(rows(newsroomEvents(seed)), NOW, meta.categories);
      expect(styles(model.categories), `rows shuffled with seed ${seed}`).to.deep.equal(reference);
    }
  });

  it('tells more than eight categories apart by colour and shape, and keeps the given colours', () => {
    const ids = ['k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'];
    const model = buildModel(rows(ids.map((category) => ({ date: '2020', title: category, category }))), NOW, { e: { color: '#123456' } });
    const palette = model.categories.filter((c) => !c.own);
    expect(palette).to.have.length(10);
    expect(new Set(palette.map((c) => `${c.colour}/${c.shape}`)).size, 'distinct colour and shape pairs').to.equal(10);
    // Colours by id: a, b, c, d, f, g, h, i take the palette in order, then j and k take it again with other shapes.
    const byId = Object.fromEntries(model.categories.map((c) => [c.key, c]));
    expect(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j', 'k'].map((id) => byId[id].colour)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
    expect(byId.j.shape).not.to.equal(byId.a.shape);
    expect(byId.e.own).to.deep.equal({ hex: '#123456', slot: 4 });
    expect(paintClass(byId.e)).to.match(/\bk4\b/);
    expect(new Set(Array.from({ length: 64 }, (_, i) => JSON.stringify(categoryStyle(i)))).size).to.equal(64);
  });

  it('names categories by the data’s label, else the interface’s word for the article’s five, else as written', () => {
    const model = buildModel(
      rows([
        { date: '2020', title: 'A', category: 'eu' },
        { date: '2020', title: 'B', category: 'Politics' },
        { date: '2020', title: 'C', category: 'Human rights' },
        { date: '2020', title: 'D', category: 'law' },
        { date: '2020', title: 'E', category: 'war' },
      ]),
      NOW,
      { eu: { label: 'European Union' }, war: { label: 'Armed conflict' } },
    );
    const names = (strings: typeof en) => model.categories.map((c) => categoryName(c, strings));
    expect(names(en)).to.deep.equal(['European Union', 'Politics', 'Human rights', 'law', 'Armed conflict']);
    expect(names(ru)).to.deep.equal(['European Union', 'Политика', 'Права человека', 'law', 'Armed conflict']);
  });

  it('turns own colours into nothing but hex custom properties, with 4.5:1 against each theme’s background', () => {
    const model = buildModel(
      rows([
        { date: '2020', title: 'A', category: 'eu' },
        { date: '2020', title: 'B', category: 'pale' },
      ]),
      NOW,
      {
        eu: { color: '#1f5fa8' },
        pale: { color: '#ffee00' },
      },
    );
    const rules = ownColourRules(model.categories).split('\n');
    expect(rules).to.deep.equal([
      `.k0 { --_cat: light-dark(#1f5fa8, ${forTheme('#1f5fa8', 'dark')}); }`,
      `.k1 { --_cat: light-dark(${forTheme('#ffee00', 'light')}, #ffee00); }`,
    ]);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(contrast(rgb(forTheme('#1f5fa8', 'dark')), [0x16, 0x16, 0x16])).to.be.at.least(4.5);
    expect(contrast(rgb(forTheme('#ffee00', 'light')), [255, 255, 255])).to.be.at.least(4.5);
    // Whatever reaches the model, only six hex digits become CSS.
    const forged: Category = { key: 'x', colour: 0, shape: 'circle', own: { hex: 'red; } .a { color: red', slot: 9 } };
    expect(ownColourRules([forged])).to.equal('');
  });
});
