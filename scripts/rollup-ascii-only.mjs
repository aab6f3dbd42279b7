// A Rollup output plugin that makes every emitted script pure ASCII: each non-ASCII character
// becomes an escape that means the same (`\uXXXX` in strings, templates and regular expressions).
//
// Why: a page in windows-1251 (common on Russian sites) that loads the script from a server that
// sends `.js` without a charset makes the browser decode the script in the page's encoding, which
// garbles every Russian and Belarusian string. Escaped, the bytes read the same in any
// ASCII-compatible encoding. esbuild and terser (`ascii_only`) escape plain strings but leave
// tagged templates (html``, css``) alone, since their `.raw` text would change; Lit reads only the
// cooked strings, which the escapes leave equal, so this plugin escapes those too.
//
// Comments and identifiers are escaped too. Put it before terser (terser keeps template escapes
// as written; give it `ascii_only` for the strings it prints anew); a non-ASCII byte left in an
// emitted chunk fails the build, naming the place.

const hex = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;
// eslint-disable-next-line no-control-regex -- ASCII is 0x00-0x7f, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The edits that write each non-ASCII character of `code` in ASCII, in order, each on one line:
 * - in a string, template or regular expression literal (`literals`: sorted [start, end)
 *   ranges), each UTF-16 unit as `\uXXXX`. `\é` means `é`, and `\` before U+2028/U+2029
 *   continues the line (means nothing): the edit takes that backslash too, since an escape after
 *   it would read as a backslash and "u…";
 * - elsewhere (comments; identifiers, which take the same escapes) as `\u{X}`, and non-ASCII
 *   whitespace between tokens as a space.
 */
export function asciiEdits(code, literals) {
  const edits = [];
  let next = 0;
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit < 0x80) continue;
    while (next < literals.length && literals[next][1] <= i) next += 1;
    const inLiteral = next < literals.length && literals[next][0] <= i;
    if (inLiteral) {
      let slashes = 0;
      while (code[i - 1 - slashes] === '\\') slashes += 1;
      const escaped = slashes % 2 === 1;
      const lineContinuation = escaped && (unit === 0x2028 || unit === 0x2029);
      edits.push({ start: escaped ? i - 1 : i, end: i + 1, text: lineContinuation ? '' : hex(unit) });
      continue;
    }
    const point = code.codePointAt(i);
    const char = String.fromCodePoint(point);
    if (point === 0x2028 || point === 0x2029) throw new Error(`a line separator (U+${point.toString(16)}) between tokens at ${i}`);
    edits.push({ start: i, end: i + char.length, text: /\s/.test(char) ? ' ' : `\\u{${point.toString(16)}}` });
    i += char.length - 1;
  }
  return edits;
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

const WORD = /[\w$]/;

/**
 * Applies `edits` (sorted, none spanning a line) to `code`, with a decoded source map back to
 * `code`: a segment at every token start outside the edits and one at each edit, so the maps
 * before and after this step still line up token by token.
 */
function applyEdits(code, edits) {
  let out = '';
  const mappings = [[]];
  let line = 0;
  let lineStart = 0; // index in `code` where the current line starts
  let outLineStart = 0;
  let next = 0;
  for (let i = 0; i < code.length;) {
    const edit = edits[next];
    if (edit && edit.start === i) {
      mappings[line].push([out.length - outLineStart, 0, line, i - lineStart]);
      out += edit.text;
      i = edit.end;
      next += 1;
      continue;
    }
    const c = code[i];
    if (i === lineStart || !WORD.test(c) || !WORD.test(code[i - 1])) mappings[line].push([out.length - outLineStart, 0, line, i - lineStart]);
    out += c;
    i += 1;
    if (c === '\n') {
      line += 1;
      lineStart = i;
      outLineStart = out.length;
      mappings.push([]);
    }
  }
  return { code: out, mappings };
}

export default function asciiOnly() {
  return {
    name: 'ascii-only',
    renderChunk(code, chunk) {
      if (!NON_ASCII.test(code)) return null;
      const literals = [];
      walk(this.parse(code), (node) => {
        if (node.type === 'TemplateElement' || (node.type === 'Literal' && (typeof node.value === 'string' || node.regex))) {
          literals.push([node.start, node.end]);
        }
      });
      literals.sort((a, b) => a[0] - b[0]);
      let edits;
      try {
        edits = asciiEdits(code, literals);
      } catch (error) {
        this.error(`${chunk.fileName}: ${error.message}`);
      }
      const { code: escaped, mappings } = applyEdits(code, edits);
      return { code: escaped, map: { version: 3, sources: [chunk.fileName], names: [], mappings } };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const left = NON_ASCII.exec(file.code);
        if (!left) continue;
        const line = file.code.slice(0, left.index).split('\n').length;
        this.error(`${file.fileName}:${line} is not ASCII: ${JSON.stringify(file.code.slice(Math.max(0, left.index - 40), left.index + 20))}`);
      }
    },
  };
}
