import { expect } from '@open-wc/testing';
import { decodeBytes, legacyEncoding } from '../../src/data/decode.js';
import { refusalOf } from './data-error.js';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: Array<number[] | string>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
/** "Дзякуй, Аўтар" in windows-1251. */
const CYRILLIC_1251 = [0xc4, 0xe7, 0xff, 0xea, 0xf3, 0xe9, 0x2c, 0x20, 0xc0, 0xa2, 0xf2, 0xe0, 0xf0];
/** “foreign agents” — Müller, in windows-1252. */
const WESTERN_1252 = [0x93, ...ascii('foreign agents'), 0x94, 0x20, 0x97, 0x20, 0x4d, 0xfc, ...ascii('ller')];

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a byte-order mark, without a warning', () => {
    const utf8 = new TextEncoder().encode('text\nДзякуй “quoted”');
    expect(decodeBytes(utf8)).to.deep.equal({ text: 'text\nДзякуй “quoted”', problems: [] });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).to.equal('text\nДзякуй “quoted”');
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = bytes([0xff, 0xfe], [0x14, 0x04, 0x30, 0x00]);
    const be = bytes([0xfe, 0xff], [0x04, 0x14, 0x00, 0x30]);
    expect(decodeBytes(le)).to.deep.equal({ text: 'Д0', problems: [] });
    expect(decodeBytes(be)).to.deep.equal({ text: 'Д0', problems: [] });
  });

  it('reads Cyrillic windows-1251 and says so, with no replacement character', () => {
    const { text, problems } = decodeBytes(bytes('text,speaker\n', CYRILLIC_1251));
    expect(text).to.equal('text,speaker\nДзякуй, Аўтар');
    expect(problems.map((p) => [p.code, p.severity, p.value])).to.deep.equal([['encoding-guessed', 'warning', 'windows-1251']]);
    expect(problems[0].message).to.include('windows-1251 (Cyrillic)');
  });

  it("reads Western windows-1252 (Word's curly quotes and dashes) and says so", () => {
    const { text, problems } = decodeBytes(bytes('text\n', WESTERN_1252));
    expect(text).to.equal('text\n“foreign agents” — Müller');
    expect(text).not.to.include('\uFFFD');
    expect(problems.map((p) => [p.code, p.value])).to.deep.equal([['encoding-guessed', 'windows-1252']]);
  });

  it('tells Cyrillic words from accented Latin letters', () => {
    expect(legacyEncoding(bytes('Gr', [0xf6, 0xdf], 'e M', [0xfc], 'ller ', [0xc4], 'rger'))).to.equal('windows-1252');
    expect(legacyEncoding(bytes(CYRILLIC_1251))).to.equal('windows-1251');
    expect(legacyEncoding(bytes([0x93], 'agents', [0x94]))).to.equal('windows-1252');
  });

  it('follows an explicit charset over its own rule', () => {
    const cyrillic = bytes(CYRILLIC_1251);
    expect(decodeBytes(cyrillic, 'text/csv; charset=windows-1251')).to.deep.equal({ text: 'Дзякуй, Аўтар', problems: [] });
    expect(decodeBytes(cyrillic, 'text/csv;charset="windows-1252"').text).to.equal('Äçÿêóé, À¢òàð');
    expect(decodeBytes(bytes([0x44, 0x00, 0x14, 0x04]), 'text/plain; charset=utf-16le').text).to.equal('DД');
  });

  it('treats a utf-8 label on bytes that are not UTF-8 as a server default, and says so', () => {
    const { text, problems } = decodeBytes(bytes(WESTERN_1252), 'text/csv; charset=utf-8');
    expect(text).to.equal('“foreign agents” — Müller');
    expect(problems[0].message).to.match(/^The server says the file is UTF-8, but it is not\. It was read as windows-1252/);
  });

  it('reads UTF-8 labelled with a single-byte charset as UTF-8, and says so', () => {
    const { text, problems } = decodeBytes(new TextEncoder().encode('Дзякуй'), 'text/csv; charset=iso-8859-1');
    expect(text).to.equal('Дзякуй');
    expect(problems.map((p) => [p.code, p.value])).to.deep.equal([['encoding-guessed', 'UTF-8']]);
  });

  it('reads UTF-16 without a byte-order mark, with a warning', () => {
    const { text, problems } = decodeBytes(bytes([0x61, 0x00, 0x2c, 0x00, 0x62, 0x00, 0x0a, 0x00, 0x14, 0x04, 0x2c, 0x00, 0x32, 0x00]));
    expect(text).to.equal('a,b\nД,2');
    expect(problems[0]).to.include({ code: 'encoding-guessed', value: 'UTF-16LE' });
  });

  it('refuses UTF-8 with stray bytes of another encoding, naming the line', () => {
    const utf8 = [...new TextEncoder().encode('text\nДзякуй\nАўтар\n')];
    const found = refusalOf(() => decodeBytes(bytes(utf8, 'x', [0x93], 'y')));
    expect(found).to.include({ code: 'invalid-encoding', severity: 'error' });
    expect(found.details).to.deep.equal(['4']);
    expect(found.message).to.include('line 4');
  });

  it('refuses a workbook saved instead of CSV', () => {
    const found = refusalOf(() => decodeBytes(bytes([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml')));
    expect(found.code).to.equal('unsupported-type');
    expect(found.message).to.include('export it as CSV');
  });
});
