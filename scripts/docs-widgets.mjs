// Writes docs/widgets.md, every widget's own reference (attributes, events, slots, CSS parts and
// custom properties), from custom-elements.json, which the analyzer makes from the sources' JSDoc
// (`npm run docs`). `--check` (run by `npm test` after the build) fails when the page differs from
// what the manifest says, so the reference cannot fall behind the code.
import { readFileSync, writeFileSync } from 'node:fs';

const PAGE = 'docs/widgets.md';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** Markdown table cells: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${text}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''].join('\n');
}

/** A member's default as a reader would write it; a constant's name means nothing to a reader (the meaning says the value). */
const defaultOf = (attribute) => (attribute.default === undefined || /^[A-Z_]+$/.test(attribute.default) ? '' : code(attribute.default));

function section(element) {
  // Attributes every widget shares are listed once, under the base class, at the end of the page.
  const own = (element.attributes ?? []).filter((attribute) => !attribute.inheritedFrom);
  return [
    `## \`<${element.tagName}>\``,
    '',
    element.summary ?? '',
    '',
    cell(element.description),
    '',
    '### Attributes',
    '',
    table(
      ['attribute', 'type', 'default', 'meaning'],
      own.map((a) => [code(a.name), code(a.type?.text), defaultOf(a), a.description]),
    ) || 'Only the shared ones.\n',
    '### Events',
    '',
    table(
      ['event', 'when'],
      (element.events ?? []).map((event) => [code(event.name), event.description]),
    ),
    '### Slots',
    '',
    table(
      ['slot', 'what it replaces'],
      (element.slots ?? []).map((slot) => [code(slot.name), slot.description]),
    ),
    '### CSS parts',
    '',
    table(
      ['part', 'what it is'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    '### CSS custom properties',
    '',
    table(
      ['property', 'default', 'meaning'],
      (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), property.description]),
    ),
  ].join('\n');
}

const shared = elements[0]?.attributes?.filter((attribute) => attribute.inheritedFrom) ?? [];
const page = [
  '# Widget reference',
  '',
  'Generated from `custom-elements.json` by `scripts/docs-widgets.mjs` (`npm run docs`); edit the',
  'JSDoc in `src/` instead of this page. Theming tokens shared by all widgets: [theming](theming.md).',
  '',
  ...elements.sort((a, b) => a.tagName.localeCompare(b.tagName)).map(section),
  '## Attributes every widget has',
  '',
  table(
    ['attribute', 'type', 'default', 'meaning'],
    shared.map((a) => [code(a.name), code(a.type?.text), defaultOf(a), a.description]),
  ),
].join('\n');

const text = `${page.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(PAGE, 'utf8');
  if (current !== text) {
    console.error(`${PAGE} is out of date with custom-elements.json: run npm run analyze and commit it.`);
    process.exit(1);
  }
  console.log(`${PAGE} matches custom-elements.json`);
} else {
  writeFileSync(PAGE, text);
  console.log(`wrote ${PAGE} (${elements.length} widgets)`);
}
