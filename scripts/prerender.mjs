// Pre-renders every widget with the bundled dataset to Declarative Shadow DOM (@lit-labs/ssr), so
// the content is on the page before and without JavaScript, and the classic script hydrates it.
// Run after `rollup -c` (it renders from .cache/ssr/widgets.js, which carries the same minified
// templates as dist/belarus-widgets.min.js; hydration compares them). Writes to dist/static/:
//
//   belarus-<widget>.css        the widget's styles, linked from its shadow root (a strict CSP
//                               blocks inline <style>, so the markup carries none)
//   belarus-<widget>.html       the paste-ready fragment, as `npx belarus-widgets embed <widget>
//                               --mode static` prints it (assets from the public npm CDN)
//   parts.json                  the shadow markup per widget and language, for the generator
//   demo.html                   an article page with all three, assets relative (not packed)
//
// Fails loudly when the render does not look as expected (a style block where none should be,
// markup a CMS could mangle), rather than writing something that will not hydrate.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}dist/static/`;

// The DOM shim has no `children`; the widgets look at theirs for inline JSON and slotted
// furniture. A server-rendered element has no light-DOM children, so an empty list is the truth.
if (!('children' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'children', { configurable: true, get: () => [] });
}

const { render, html } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const widgets = await import(`${ROOT}.cache/ssr/widgets.js`);
const { LOCALES, VERSION, PRERENDERED_ATTRIBUTE, WIDGET_NAMES, tagOf, staticSnippet, defaultBase } = widgets;
const { AROUND_PICTURE_EM, buildModel, defaultDataFor, layoutTimeline, periodEnd } = widgets;

// Server-only templates (no hydration markers of their own): the element's shadow root is what hydrates.
const TEMPLATES = {
  indicators: (lang) => html`<belarus-indicators lang=${lang}></belarus-indicators>`,
  timeline: (lang) => html`<belarus-timeline lang=${lang}></belarus-timeline>`,
  quotes: (lang) => html`<belarus-quotes lang=${lang}></belarus-quotes>`,
};

function fail(message) {
  throw new Error(`prerender: ${message}`);
}

/** Newlines in text become `&#10;` (the same text), so WordPress's wpautop finds nothing to wrap. */
function oneLine(markup, where) {
  let inTag = false;
  let out = '';
  for (const c of markup) {
    if (c === '<') inTag = true;
    else if (c === '>') inTag = false;
    if (c === '\n' || c === '\r') {
      if (inTag) fail(`a line break inside a tag of ${where}`);
      out += c === '\n' ? '&#10;' : '&#13;';
    } else out += c;
  }
  return out;
}

/**
 * Lit ends a template whose last child is a part with `<?>`, which an HTML parser reads, with a
 * parse error, as the comment `<!--?-->`. That comment is the same DOM, written validly.
 */
function validComments(markup) {
  return markup.replaceAll('<?>', '<!--?-->');
}

// A start tag as Lit's server render writes it (every attribute value in double quotes), and
// one attribute of it.
const START_TAG = /<[a-z][a-z0-9-]*(?:\s+[a-zA-Z_:][\w:.-]*(?:="[^"]*")?)*\s*\/?>/g;
const ATTRIBUTE = /(\s+)([a-zA-Z_:][\w:.-]*)((?:="[^"]*")?)/g;

/**
 * Without JavaScript every quote is shown (src/embed/static/quotes.css), but an `inert` slide is
 * hidden from assistive technology. So the server writes `data-inert`, which the static styles
 * hide only where scripting is on, and hydration turns it into `inert` (src/embed/hydrate.ts;
 * Lit's hydration does not write attribute values, it trusts the server's).
 */
function inertOnHydration(markup, where) {
  const out = markup.replace(START_TAG, (tag) =>
    tag.replace(ATTRIBUTE, (all, space, name, value) => (name === 'inert' && !value ? `${space}data-inert` : all)),
  );
  for (const [tag] of out.matchAll(START_TAG)) {
    if (Array.from(tag.matchAll(ATTRIBUTE)).some(([, , name]) => name === 'inert')) fail(`an inert attribute left in ${where}: ${tag}`);
  }
  return out;
}

/** Splits `<tag attrs><template …><style>css</style>shadow</template></tag>` into its parts. */
function splitRendered(rendered, tag, css) {
  const open = new RegExp(`^<${tag}((?:\\s+[a-z-]+="[^"]*")*)\\s*><template shadowroot="open" shadowrootmode="open">`);
  const match = open.exec(rendered);
  if (!match) fail(`unexpected start of <${tag}>: ${rendered.slice(0, 120)}`);
  const close = `</template></${tag}>`;
  if (!rendered.endsWith(close)) fail(`unexpected end of <${tag}>`);
  const inner = rendered.slice(match[0].length, -close.length);
  const style = `<style>${css}</style>`;
  if (!inner.startsWith(style)) fail(`<${tag}>'s shadow root does not start with its styles`);
  const attributes = {};
  for (const [, name, value] of match[1].matchAll(/([a-z-]+)="([^"]*)"/g)) {
    if (!/^[\w .:-]*$/.test(value)) fail(`unexpected value of ${name} on <${tag}>: ${value}`);
    attributes[name] = value;
  }
  return { attributes, shadow: inner.slice(style.length) };
}

/**
 * The timeline is the one widget whose height depends on its width: from 600 px on, the script
 * adds the picture (an SVG on a time scale, and the detail panel) above the list. The server
 * cannot know the width, so it renders the list, and this rule keeps the picture's room free in
 * wide containers until the script has taken over: the list then stays where it is. The room is
 * what the widget's own layout (layout.ts) computes for the bundled events, fitted as
 * `a px + b em` over font sizes 12-24 px (the picture's labels scale with the font, its axis and
 * markers partly do not), per band of container widths with the same heights. Only while the
 * tag is undefined and scripting is on; if no script ever arrives, the room closes after 5 s.
 */
function timelineReservation() {
  const { rows, meta } = defaultDataFor('events');
  const model = buildModel(rows, meta.asOf ? periodEnd(meta.asOf) : new Date());
  const fonts = Array.from({ length: 13 }, (_, i) => 12 + i);
  const layout = (width, fontSize, lang = 'en') => layoutTimeline(model.items, { width, fontSize, lang, textScale: 1 });
  // Bands of container widths with the same picture height at 16 px; then, per band, the heights
  // over the font sizes at its middle width.
  const bands = [];
  for (let width = 600; width <= 2400; width += 1) {
    const { orientation, height } = layout(width, 16);
    if (orientation !== 'horizontal') fail(`timeline is not horizontal at ${width}px`);
    if (bands.at(-1)?.height16 === height) bands.at(-1).to = width;
    else bands.push({ height16: height, from: width, to: width });
  }
  for (const band of bands) band.heights = fonts.map((fontSize) => layout(Math.round((band.from + band.to) / 2), fontSize).height);
  if (bands.length > 40) fail(`timeline reservation needs ${bands.length} width bands`);
  for (const lang of LOCALES) {
    if (layout(800, 16, lang).height !== bands.find((b) => b.from <= 800 && b.to >= 800).height16) {
      fail(`timeline picture height differs for lang=${lang}`);
    }
  }
  // Least squares of height = a + b * fontSize.
  const fit = (ys) => {
    const n = fonts.length;
    const mx = fonts.reduce((s, x) => s + x, 0) / n;
    const my = ys.reduce((s, y) => s + y, 0) / n;
    const b = fonts.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / fonts.reduce((s, x) => s + (x - mx) ** 2, 0);
    return { a: my - b * mx, b };
  };
  // Besides the SVG: the block gap, the overview gap and the empty detail panel
  // (AROUND_PICTURE_EM, from src/timeline/geometry.ts, which the stylesheet spaces with).
  const rules = bands.map((band, i) => {
    const { a, b } = fit(band.heights);
    const query = [`(min-width: ${band.from}px)`, i < bands.length - 1 ? `(max-width: ${band.to + 0.98}px)` : ''].filter(Boolean).join(' and ');
    return `  @container ${query} {\n    :host(:not(:defined)) .timeline > ol.events {\n      margin-block-start: calc(${a.toFixed(1)}px + ${(b + AROUND_PICTURE_EM).toFixed(4)}em);\n      animation: belarus-timeline-room 0s 5s forwards;\n    }\n  }`;
  });
  return [
    '/* Generated by scripts/prerender.mjs: the room of the picture the script adds in wide containers (see there). */',
    `@media (scripting: enabled) {\n${rules.join('\n')}\n}`,
    '@keyframes belarus-timeline-room {\n  to {\n    margin-block-start: 0;\n  }\n}',
    '',
  ].join('\n');
}

mkdirSync(OUT, { recursive: true });
const started = performance.now();
const parts = {};
for (const name of WIDGET_NAMES) {
  const tag = tagOf(name);
  const element = customElements.get(tag);
  const css = element.elementStyles.map((style) => style.cssText).join('');
  let extra = readFileSync(`${ROOT}src/embed/static/${name}.css`, 'utf8');
  if (name === 'timeline') extra += timelineReservation();
  writeFileSync(`${OUT}${tag}.css`, `/* <${tag}> ${VERSION}: the styles of its pre-rendered shadow root. */\n${css}\n${extra}`);
  parts[tag] = {};
  for (const lang of LOCALES) {
    const rendered = await collectResult(render(TEMPLATES[name](lang)));
    const part = splitRendered(rendered, tag, css);
    part.attributes[PRERENDERED_ATTRIBUTE] = VERSION;
    const where = `<${tag} lang="${lang}">`;
    part.shadow = inertOnHydration(validComments(oneLine(part.shadow, where)), where);
    if (!part.shadow.includes('<!--lit-part')) fail(`<${tag}> rendered without hydration markers`);
    parts[tag][lang] = part;
  }
  const fragment = staticSnippet({ mode: 'static', widget: name, base: defaultBase(VERSION) }, parts[tag].en);
  writeFileSync(`${OUT}${tag}.html`, `${fragment}\n`);
}
writeFileSync(`${OUT}parts.json`, `${JSON.stringify({ version: VERSION, parts })}\n`);

// The demo article: the three fragments as a CMS would hold them, with assets relative to dist/static/.
const demo = readFileSync(`${ROOT}scripts/ssr/demo-page.html`, 'utf8').replace(/<!-- (indicators|timeline|quotes) -->/g, (_, name) =>
  staticSnippet({ mode: 'static', widget: name, base: '../' }, parts[tagOf(name)].en),
);
writeFileSync(`${OUT}demo.html`, demo);

const ms = Math.round(performance.now() - started);
console.log(`prerender: ${WIDGET_NAMES.length} widgets x ${LOCALES.length} languages to dist/static/ in ${ms} ms`);
