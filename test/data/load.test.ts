import { expect } from '@open-wc/testing';
import { loadData } from '../../src/data/load.js';
import { DataError } from '../../src/data/problem.js';

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

  it('re-throws the caller\'s abort as an AbortError', async () => {
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
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i) & 0xff, bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    const url = URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }));
    const [record] = (await loadData(url)) as Array<Record<string, string>>;
    expect({ ...record }).to.deep.equal({ text: 'Дзякуй', speaker: 'Аўтар' });
  });
});
