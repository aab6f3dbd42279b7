/**
 * The embed code generator's pure part: options in, copy-paste HTML out, for each way a newsroom
 * can embed a widget. No DOM and no file access (bin/belarus-widgets.mjs reads the files), so it
 * is unit-tested as plain functions. Every value that reaches an attribute is escaped; URLs
 * have been checked by widgets.ts first.
 */
import { languageOf, LOCALES } from '../format/locale.js';
import { formatReserve, parseReserve, RESERVE_SYNTAX } from '../widget/reserve.js';
import {
  frameQuery,
  parseBaseUrl,
  parseDataUrl,
  parseId,
  parseLang,
  parseTheme,
  parseWidget,
  tagOf,
  WIDGET_TITLES,
  EmbedOptionError,
  type EmbedOptions,
} from './widgets.js';

export const EMBED_MODES = ['script', 'iframe', 'static', 'amp'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** Starting heights of the iframe (the bundled data in a 640 px column), until the frame reports its own. */
export const FRAME_HEIGHTS = { indicators: 500, timeline: 1390, quotes: 290 } as const;

/** The shadow root of a pre-rendered widget (see scripts/prerender.mjs), for `static` snippets. */
export interface StaticPart {
  /** Attributes of the host element as rendered (`lang`, `state`, reflected properties). */
  attributes: Record<string, string>;
  /** The shadow root's markup, without the stylesheet link. */
  shadow: string;
}

/**
 * The room each widget needs with the bundled dataset, as `reserve` values by tag and language
 * (dist/static/reserve.json, measured by the build: scripts/measure-reserve.mjs).
 */
export interface BundledReserve {
  /** What the heights were measured in (browser, type, data). */
  measured: string;
  reserve: Record<string, Record<string, string>>;
}

export interface SnippetRequest extends EmbedOptions {
  mode: EmbedMode;
  /** URL of the published `dist/` folder, ending in `/`. */
  base: string;
  /** The base's query string (`?v=3`, a cache-busting version), put after every file name; or ''. */
  baseQuery?: string;
  /** `sha384-…` of each script the snippet loads (see `scriptFiles`), for Subresource Integrity. */
  integrity?: Record<string, string>;
  /**
   * A dataset to write into the tag as inline JSON (script and static modes), so the embed needs
   * no data file; the builder page gives its producer's cleaned data. Not with `src`.
   */
  data?: unknown;
  /** The widget's `reserve` (script mode): the room to keep while its data loads, checked and written in whole pixels. */
  reserve?: string;
  /** More attributes of the widget's tag, after `lang`, `theme`, `src` and `reserve` (`sort-by`, `autoplay`…); names are the caller's, values are escaped. */
  tagAttributes?: Array<[string, string | true | undefined]>;
  /** The iframe's title (read out before the frame is entered); default: the bundled dataset's. */
  title?: string;
  /** The iframe's starting height in pixels, until the frame reports its own; default: the bundled dataset's. */
  height?: number;
}

export function defaultBase(version: string): string {
  return `https://cdn.jsdelivr.net/npm/belarus-widgets@${version}/dist/`;
}

export function parseMode(input: unknown): EmbedMode {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  if ((EMBED_MODES as readonly string[]).includes(text)) return text as EmbedMode;
  throw new EmbedOptionError(`Unknown mode “${String(input)}”: use ${EMBED_MODES.join(', ')}.`);
}

/**
 * `--base`: the folder URL, and its query string apart (`https://cdn.example/bw/?v=3` is the
 * folder `https://cdn.example/bw/` with `?v=3` for every file in it). A `#fragment` means nothing
 * to a file request and is refused.
 */
function parseBase(input: unknown): { base: string; baseQuery: string } {
  const text = parseDataUrl(input, 'base');
  if (text.includes('#')) throw new EmbedOptionError(`base must be the folder's URL without a #fragment, not “${text}”.`);
  const queryAt = text.indexOf('?');
  if (queryAt === -1) return { base: parseBaseUrl(text), baseQuery: '' };
  const query = text.slice(queryAt);
  return { base: parseBaseUrl(text.slice(0, queryAt)), baseQuery: query === '?' ? '' : query };
}

/** The URL of a file in the published folder. */
function fileUrl(request: SnippetRequest, file: string): string {
  return `${request.base}${file}${request.baseQuery ?? ''}`;
}

/** The entry for `lang` of a table by language (`be-BY` reads `be`), else English's. */
export function forLanguage<T>(byLang: Record<string, T>, lang: string | undefined): T {
  const language = (lang ?? 'en').toLowerCase().split('-')[0];
  return Object.hasOwn(byLang, language) ? byLang[language] : byLang.en;
}

/**
 * `--reserve`: heights as the `reserve` attribute reads them (measured in the builder, or on the
 * page), or `bundled` for the heights the build measured with the bundled dataset: true when the
 * embed shows that dataset (e.g. from a copy of data/us-belarus-relations.json), not for other data.
 */
function parseReserveOption(input: unknown, request: SnippetRequest, bundled: BundledReserve | undefined): string {
  if (request.mode !== 'script') {
    throw new EmbedOptionError(
      `--reserve is for script embeds: ${request.mode === 'static' ? 'a static embed holds its content already' : 'a frame starts at its height attribute'}.`,
    );
  }
  const text = typeof input === 'string' ? input.trim() : '';
  if (text.toLowerCase() === 'bundled') {
    const byLang = bundled?.reserve[tagOf(request.widget)];
    if (!byLang)
      throw new EmbedOptionError(
        '--reserve bundled needs the heights the build measures (dist/static/reserve.json): build the package with a Chromium installed (npm run build).',
      );
    return forLanguage(byLang, request.lang);
  }
  const parsed = parseReserve(text);
  if ('problem' in parsed) throw new EmbedOptionError(`--reserve ${parsed.problem}, or bundled.`);
  if (!parsed.entries.length) throw new EmbedOptionError(`--reserve needs ${RESERVE_SYNTAX}, or bundled.`);
  return formatReserve(parsed.entries);
}

/**
 * Raw command-line values -> a checked request. `base` falls back to `fallbackBase` where a CDN
 * can serve the mode; `bundled` is the build's measured room, for `--reserve bundled`.
 */
export function parseRequest(raw: Record<string, unknown>, fallbackBase: string, bundled?: BundledReserve): SnippetRequest {
  const mode = raw.mode === undefined ? 'script' : parseMode(raw.mode);
  const request: SnippetRequest = { mode, widget: parseWidget(raw.widget), base: '' };
  if (raw.src !== undefined) {
    if (mode === 'static') {
      throw new EmbedOptionError('static mode pre-renders the bundled dataset; for data from --src use script, iframe or amp mode.');
    }
    request.src = parseDataUrl(raw.src);
  }
  if (raw.lang !== undefined) request.lang = parseLang(raw.lang);
  if (raw.theme !== undefined) request.theme = parseTheme(raw.theme);
  if (raw.id !== undefined) request.id = parseId(raw.id);
  if (raw.base !== undefined) Object.assign(request, parseBase(raw.base));
  else if (mode === 'iframe' || mode === 'amp') {
    // CDNs serve .html as text/plain, so the frame page must come from the newsroom's own server.
    throw new EmbedOptionError(`${mode} mode needs --base: the URL where the dist/ folder (with embed.html) is published.`);
  } else request.base = parseBaseUrl(fallbackBase);
  if (mode === 'amp' && !/^https:\/\//i.test(request.base)) {
    throw new EmbedOptionError('amp mode needs an https:// --base (amp-iframe only loads https frames).');
  }
  if (raw.reserve !== undefined) request.reserve = parseReserveOption(raw.reserve, request, bundled);
  return request;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for a double-quoted attribute value (and for text content). */
export function escapeHtml(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ENTITIES[c]);
}

/** ` name="value"` pairs in order; `undefined` leaves an attribute out, `true` writes it bare. */
export function attributes(pairs: Array<[string, string | true | undefined]>): string {
  return pairs
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value as string)}"`))
    .join('');
}

/**
 * The classic scripts a script or static snippet loads: the widget's own file, and the file of
 * its language when `lang` names a shipped one other than English, so the words arrive with the
 * widget (and under the snippet's integrity hashes) instead of on demand.
 */
export function scriptFiles(request: Pick<SnippetRequest, 'widget' | 'lang'>): string[] {
  const language = languageOf(request.lang);
  const own = language !== 'en' && (LOCALES as readonly string[]).includes(language);
  return [`belarus-${request.widget}.min.js`, ...(own ? [`belarus-locale-${language}.min.js`] : [])];
}

/** The classic scripts; `defer` unless they follow the tag they must define before the page goes on (see scriptSnippet). */
function scriptTag(request: SnippetRequest, defer = true): string {
  return scriptFiles(request)
    .map((file) => {
      const integrity = request.integrity?.[file];
      return `<script${attributes([
        ['src', fileUrl(request, file)],
        ['integrity', integrity],
        ['crossorigin', integrity ? 'anonymous' : undefined],
        ['defer', defer || undefined],
      ])}></script>`;
    })
    .join('\n');
}

function widgetAttributes(request: SnippetRequest): Array<[string, string | true | undefined]> {
  return [['lang', request.lang], ['theme', request.theme], ['src', request.src], ['reserve', request.reserve], ...(request.tagAttributes ?? [])];
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped, so no `</script>` or
 * `<!--` in the data can end the block, and so is everything beyond ASCII, so the text reads the
 * same on a page in any encoding (a CMS that stores windows-1251 cannot garble it). Still JSON.
 */
export function inlineJson(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new EmbedOptionError('The inline data must be a JSON value.');
  return json.replace(/[<>&\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The inline data block of the tag, or '' without data. */
function dataBlock(request: SnippetRequest): string {
  if (request.data === undefined) return '';
  // The widget takes inline JSON before `src`: with both, the file would be silently ignored.
  if (request.src) throw new EmbedOptionError('Give the data inline or by src, not both.');
  return `<script type="application/json">${inlineJson(request.data)}</script>`;
}

/**
 * The script, then the tag. With `reserve`, the tag comes first and the script after it without
 * `defer`: the room is kept from the moment the script defines the tag, and a deferred script
 * does that after the page has been drawn, so the article below would move when the room
 * appears. Right after the tag, the text below waits for the script (from the cache after the
 * first page) and is drawn in its place once.
 */
export function scriptSnippet(request: SnippetRequest): string {
  const tag = tagOf(request.widget);
  const element = `<${tag}${attributes(widgetAttributes(request))}>${dataBlock(request)}</${tag}>`;
  return request.reserve ? `${element}\n${scriptTag(request, false)}` : `${scriptTag(request)}\n${element}`;
}

/** The frame page with its options, after the base's own query (the frame ignores parameters it does not know). */
function frameUrl(request: SnippetRequest): string {
  const own = request.baseQuery ? `${request.baseQuery.slice(1)}&` : '';
  return `${request.base}embed.html?${own}${frameQuery(request)}`;
}

/** The frame page reads its data from `src` only: inline data cannot reach it. */
function frameOnly(request: SnippetRequest): void {
  if (request.data !== undefined) {
    throw new EmbedOptionError(`${request.mode} embeds read their data from a URL (src); publish the data file and give its address.`);
  }
}

function frameHeight(request: SnippetRequest): string {
  return String(request.height ? Math.ceil(request.height) : FRAME_HEIGHTS[request.widget]);
}

export function iframeSnippet(request: SnippetRequest): string {
  frameOnly(request);
  const frame = `<iframe${attributes([
    ['data-belarus-widgets', true],
    ['src', frameUrl(request)],
    ['title', request.title ?? WIDGET_TITLES[request.widget]],
    // No width="100%" or frameborder (not valid HTML) and no style attribute (a strict CSP
    // refuses it): the resizer gives marked frames the column's width and no border.
    ['height', frameHeight(request)],
    ['loading', 'lazy'],
  ])}></iframe>`;
  return `${frame}\n<script${attributes([
    ['src', fileUrl(request, 'resizer.js')],
    ['defer', true],
  ])}></script>`;
}

export function ampSnippet(request: SnippetRequest): string {
  frameOnly(request);
  const head = '<!-- once, in <head>: <script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script> -->';
  const frame = `<amp-iframe${attributes([
    ['src', frameUrl(request)],
    ['title', request.title ?? WIDGET_TITLES[request.widget]],
    ['layout', 'fixed-height'],
    ['height', frameHeight(request)],
    ['sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads'],
    ['resizable', true],
    ['frameborder', '0'],
  ])}>\n  <button overflow type="button">Show all</button>\n</amp-iframe>`;
  return `${head}\n${frame}`;
}

/**
 * The pre-rendered widget: declarative shadow DOM with its stylesheet, then the script that
 * hydrates it. With `data`, the same data follows the shadow root as inline JSON, so the script
 * shows that data too (markup rendered elsewhere than by scripts/prerender.mjs carries no
 * hydration markers, so the script renders it anew).
 */
export function staticSnippet(request: SnippetRequest, part: StaticPart): string {
  const tag = tagOf(request.widget);
  const host = { ...part.attributes };
  if (request.lang) host.lang = request.lang;
  if (request.theme) host.theme = request.theme;
  const link = `<link rel="stylesheet"${attributes([['href', fileUrl(request, `static/${tag}.css`)]])}>`;
  const element = `<${tag}${attributes(Object.entries(host))}><template shadowrootmode="open">${link}${part.shadow}</template>${dataBlock(request)}</${tag}>`;
  return `${element}\n${scriptTag(request)}`;
}

export function buildSnippet(request: SnippetRequest, part?: StaticPart): string {
  switch (request.mode) {
    case 'script':
      return scriptSnippet(request);
    case 'iframe':
      return iframeSnippet(request);
    case 'amp':
      return ampSnippet(request);
    case 'static':
      if (!part) throw new EmbedOptionError('static mode needs the pre-rendered markup (run npm run build first).');
      return staticSnippet(request, part);
  }
}

export { EmbedOptionError, formatReserve, WIDGET_TITLES };
