import { expect } from '@open-wc/testing';
import { loadData } from '../../src/data/load.js';
import { DataError } from '../../src/data/problem.js';
import { validateFor } from '../../src/data/validate.js';
import { CORE_STRINGS, describeProblem } from '../../src/format/strings.js';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

async function problemOf(promise: Promise<unknown>) {
  const error = await failure(promise);
  if (!(error instanceof DataError)) throw error;
  return error.problem;
}

const body = (text: string) => encodeURIComponent(text);

describe('loadData', () => {
  it('loads the JSON dataset and the CSV tables', async () => {
    const dataset = (await loadData('/data/us-belarus-relations.json')) as { indicators: unknown[] };
    expect(dataset.indicators).to.have.length(5);
    const csv = (await loadData('/data/events.csv')) as Array<Record<string, string>>;
    expect(csv[0]).to.include({ date: '2020' });
  });

  it('reads JSON by content type, CSV by content type, and sniffs otherwise', async () => {
    expect(await loadData(`/faults/type?ct=application/json&body=${body('[1]')}`)).to.deep.equal([1]);
    const csv = (await loadData(`/faults/type?ct=text/csv&body=${body('a,b\n1,2')}`)) as object[];
    expect({ ...csv[0] }).to.deep.equal({ a: '1', b: '2' });
    expect(await loadData(`/faults/type?ct=text/plain&body=${body(' {"a":1}')}`)).to.deep.equal({ a: 1 });
  });

  it('reports a 404 and a 500 with the status', async () => {
    expect(await problemOf(loadData('/faults/status/404'))).to.include({ code: 'http-status', value: '404 Not Found' });
    expect(await problemOf(loadData('/faults/status/500'))).to.include({ code: 'http-status', value: '500 Internal Server Error' });
  });

  it('reports 204 No Content as empty', async () => {
    expect((await problemOf(loadData('/faults/empty'))).code).to.equal('empty-response');
  });

  it('refuses an HTML page served instead of data', async () => {
    const found = await problemOf(loadData(`/faults/type?ct=text/html&body=${body('<!doctype html><p>Sign in')}`));
    expect(found).to.include({ code: 'unsupported-type', value: 'text/html; charset=utf-8' });
  });

  it('reports broken JSON with the parser message', async () => {
    const found = await problemOf(loadData(`/faults/type?ct=application/json&body=${body('{"quotes": [}')}`));
    expect(found.code).to.equal('invalid-json');
    expect(found.message).to.match(/^The JSON could not be read: /);
  });

  it('times out a slow first byte', async () => {
    const found = await problemOf(loadData('/faults/slow?ms=3000', { timeout: 300 }));
    expect(found).to.include({ code: 'timeout', value: '0.3 s' });
  });

  it('times out a body that stalls', async () => {
    expect((await problemOf(loadData('/faults/stall', { timeout: 400 }))).code).to.equal('timeout');
  });

  it('stops reading past the size cap', async () => {
    expect((await problemOf(loadData('/faults/big?bytes=300000', { maxBytes: 100_000 }))).code).to.equal('too-large');
  });

  it("re-throws the caller's abort as an AbortError", async () => {
    const controller = new AbortController();
    const pending = loadData('/faults/slow?ms=3000', { signal: controller.signal });
    controller.abort();
    const error = (await failure(pending)) as Error;
    expect(error).not.to.be.instanceOf(DataError);
    expect(error.name).to.equal('AbortError');
  });

  it('reports an unreachable server', async () => {
    const found = await problemOf(loadData('http://127.0.0.1:9/data.json'));
    expect(found.code).to.equal('fetch-failed');
  });

  it('decodes UTF-16 files with a byte-order mark', async () => {
    const text = 'text,speaker\nДзякуй,Аўтар\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const url = URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }));
    const [record] = (await loadData(url)) as Array<Record<string, string>>;
    expect({ ...record }).to.deep.equal({ text: 'Дзякуй', speaker: 'Аўтар' });
  });

  it('says a cross-origin host may not allow the page to read it, and names the header it must send', async () => {
    // The same test server under its other name is another origin, and it sends no CORS headers.
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const src = `${location.protocol}//${other}:${location.port}/data/events.csv`;
    const found = await problemOf(loadData(src));
    expect(found).to.include({ code: 'fetch-failed', value: src });
    expect(found.details).to.deep.equal(['Access-Control-Allow-Origin']);
    expect(found.message).to.include(`may not allow this page to read it`);
    expect(found.message).to.include(`Access-Control-Allow-Origin: ${location.origin}`);
    expect(describeProblem(found, CORE_STRINGS.en)).to.equal(
      `The data file could not be downloaded: its server may not allow this page to read it (it must send the Access-Control-Allow-Origin header), or the network failed (${src})`,
    );
  });

  it('keeps the plain message for a same-origin request that fails', async () => {
    const found = await problemOf(loadData(URL.createObjectURL(new Blob(['x'])).replace(/[^/]+$/, 'revoked')));
    expect(found.code).to.equal('fetch-failed');
    expect(found.details).to.equal(undefined);
  });

  it('passes how the bytes were decoded on to validation', async () => {
    const bytes = new Uint8Array([...'text,speaker\n'].map((c) => c.charCodeAt(0)).concat([0x93, 0x41, 0x94, 0x2c, 0x42]));
    const data = await loadData(URL.createObjectURL(new Blob([bytes], { type: 'text/csv' })));
    const { rows, problems } = validateFor('quotes', data);
    expect(rows[0]).to.include({ text: '“A”', speaker: 'B' });
    expect(problems.map((p) => [p.code, p.value])).to.deep.equal([['encoding-guessed', 'windows-1252']]);
  });

  it('follows the charset of the content type', async () => {
    const bytes = new Uint8Array(
      [...'text,speaker\n'].map((c) => c.charCodeAt(0)).concat([0xc4, 0xe7, 0xff, 0xea, 0xf3, 0xe9, 0x2c, 0xc0, 0xa2, 0xf2, 0xe0, 0xf0]),
    );
    const data = await loadData(URL.createObjectURL(new Blob([bytes], { type: 'text/csv; charset=windows-1251' })));
    const { rows, problems } = validateFor('quotes', data);
    expect(rows[0]).to.include({ text: 'Дзякуй', speaker: 'Аўтар' });
    expect(problems).to.deep.equal([]);
  });

  it('refuses a workbook uploaded in place of its CSV', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const found = await problemOf(loadData(URL.createObjectURL(new Blob([xlsx], { type: 'application/octet-stream' }))));
    expect(found.code).to.equal('unsupported-type');
  });
});
