// The pre-rendered HTML is valid as shipped: the fragments in dist/static/, the demo page, and the
// fragment for every language the generator prints from parts.json (`npx belarus-widgets embed
// <widget> --mode static --lang ru`). html-validate checks the HTML (its standards preset, with
// the legacy `shadowroot` attribute marked deprecated). It does not look inside <svg>, so the
// SVG is checked here: every element closed as written (`/>` or an end tag; an HTML parser keeps
// an unclosed <rect> open and nests what follows in it, undrawn), known elements and attributes
// only (no legacy `focusable`).
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { check } from './tally.mjs';

const WIDGETS = ['indicators', 'timeline', 'quotes'];

const validator = new HtmlValidate({
  root: true,
  extends: ['html-validate:standard'],
  elements: [
    'html5',
    {
      template: {
        attributes: {
          // Chromium 90-110's pre-standard declarative shadow DOM; every current engine reads shadowrootmode.
          shadowroot: { deprecated: true },
          shadowrootmode: { enum: ['open', 'closed'] },
        },
      },
    },
  ],
});

const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'line',
  'circle',
  'ellipse',
  'polygon',
  'polyline',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'use',
  'symbol',
  'clipPath',
  'mask',
  'marker',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
]);
const SVG_ATTRIBUTE = new RegExp(
  '^(?:viewBox|preserveAspectRatio|xmlns|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|d|points|transform|href' +
    '|fill|fill-opacity|fill-rule|stroke|stroke-width|stroke-linecap|stroke-linejoin|stroke-dasharray|stroke-opacity|opacity' +
    '|text-anchor|dominant-baseline|font-size|font-weight|font-family|class|id|part|lang|role|tabindex|aria-[a-z]+|data-[a-z0-9-]+)$',
);
// Comments, end tags, start tags (attributes quoted or not, then `/>` or `>`); text is skipped.
const TOKEN = /<!--[\s\S]*?-->|<\/([A-Za-z][\w-]*)\s*>|<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** What is wrong with the SVG in `markup`, if anything. */
export function svgProblems(markup) {
  const problems = [];
  const open = [];
  for (const [token, end, start, attributes, selfClosing] of markup.matchAll(TOKEN)) {
    if (token.startsWith('<!--') || (!open.length && start !== 'svg' && end !== 'svg')) continue;
    if (start) {
      if (!SVG_ELEMENTS.has(start)) problems.push(`unknown SVG element <${start}>`);
      for (const [, name] of attributes.matchAll(ATTRIBUTE)) {
        if (!SVG_ATTRIBUTE.test(name)) problems.push(`unknown or legacy attribute ${name} on <${start}>`);
      }
      if (!selfClosing) open.push(start);
      continue;
    }
    const at = open.lastIndexOf(end);
    if (at === -1) problems.push(`</${end}> closes nothing`);
    else {
      const unclosed = open.splice(at);
      unclosed.shift();
      if (unclosed.length) problems.push(`not closed before </${end}>: ${unclosed.map((name) => `<${name}>`).join(', ')} (write <${unclosed[0]} … />)`);
    }
  }
  if (open.length) problems.push(`not closed at the end: ${open.map((name) => `<${name}>`).join(', ')}`);
  return [...new Set(problems)];
}

async function validate(name, markup) {
  const report = await validator.validateString(markup, name);
  const messages = report.results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column}${m.selector ? ` ${m.selector}` : ''})`),
  );
  check(report.valid, () => `[markup] ${name} is not valid HTML:\n    ${messages.slice(0, 8).join('\n    ')}`);
  const svg = svgProblems(markup);
  check(svg.length === 0, () => `[markup] ${name} has broken SVG: ${svg.slice(0, 8).join('; ')}`);
}

/** Validates every pre-rendered document and fragment; returns how many. */
export async function staticHtml() {
  const { staticSnippet, defaultBase } = await import(new URL('../../dist/embed/snippet.js', import.meta.url));
  const { version, parts } = JSON.parse(readFileSync('dist/static/parts.json', 'utf8'));
  const documents = [['dist/static/demo.html', readFileSync('dist/static/demo.html', 'utf8')]];
  for (const widget of WIDGETS) {
    const file = `dist/static/belarus-${widget}.html`;
    documents.push([file, readFileSync(file, 'utf8')]);
    for (const [lang, part] of Object.entries(parts[`belarus-${widget}`])) {
      documents.push([`parts.json ${widget} lang=${lang}`, staticSnippet({ mode: 'static', widget, lang, base: defaultBase(version) }, part)]);
    }
  }
  for (const [name, markup] of documents) await validate(name, markup);
  return documents.length;
}
