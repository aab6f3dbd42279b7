// Reading the shipped scripts' source maps back to source lines (plain and index maps).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenSourceMap, sourceLookup, sourceName } from '../lib/sourcemap.mjs';

// "AAAA" maps column 0 to source 0, line 0, column 0; "AACA" moves one source line down.
const part = (sources, mappings, names = []) => ({ version: 3, sources, names, mappings });

test('a plain map is read as it is', () => {
  const lookup = sourceLookup(part(['../src/a.ts'], 'AAAA;AACA'));
  assert.deepEqual(lookup(0, 5), { file: 'src/a.ts', line: 1, name: '' });
  assert.deepEqual(lookup(1, 0), { file: 'src/a.ts', line: 2, name: '' });
  assert.equal(lookup(2, 0), null);
});

test('an index map: each section from its offset line, with its own sources and names', () => {
  const map = {
    version: 3,
    sections: [
      { offset: { line: 1, column: 0 }, map: part(['src/runtime.ts'], 'AAAA') },
      // Two segments on the part's first line: column 0 is runtime-less code, column 10 names `measure`.
      { offset: { line: 4, column: 0 }, map: part(['../node_modules/lit-html/lit-html.js', 'src/timeline/timeline.ts'], 'AAAA,UCAAA', ['measure']) },
    ],
  };
  const flat = flattenSourceMap(map);
  assert.equal(flat.sources.length, 3);
  assert.deepEqual(flat.lines[0], []);
  const lookup = sourceLookup(map);
  assert.deepEqual(lookup(1, 3), { file: 'src/runtime.ts', line: 1, name: '' });
  assert.deepEqual(lookup(4, 2), { file: 'node_modules/lit-html/lit-html.js', line: 1, name: '' });
  assert.deepEqual(lookup(4, 12), { file: 'src/timeline/timeline.ts', line: 1, name: 'measure' });
  assert.equal(lookup(2, 0), null);
});

test('a section that starts mid-line is shifted by its column', () => {
  const map = { version: 3, sections: [{ offset: { line: 0, column: 100 }, map: part(['src/b.ts'], 'AAAA') }] };
  const lookup = sourceLookup(map);
  assert.equal(lookup(0, 50), null);
  assert.deepEqual(lookup(0, 100), { file: 'src/b.ts', line: 1, name: '' });
});

test('source paths are named from src/ or node_modules/, wherever the map saw them', () => {
  assert.equal(sourceName('src/data/load.ts'), 'src/data/load.ts');
  assert.equal(sourceName('../src/data/load.ts'), 'src/data/load.ts');
  assert.equal(sourceName('../main/node_modules/lit-html/lit-html.js'), 'node_modules/lit-html/lit-html.js');
  assert.equal(sourceName('../../node_modules/d3-array/src/max.js'), 'node_modules/d3-array/src/max.js');
  assert.equal(sourceName('../data/us-belarus-relations.json'), 'data/us-belarus-relations.json');
});
