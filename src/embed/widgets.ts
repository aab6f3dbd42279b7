/**
 * What an embed can ask for, shared by the iframe page, the parent-side resizer and the embed
 * code generator: the widgets by name, and the checks every option passes before it reaches a
 * page. Pure: no DOM, no Lit, so the generator runs it in Node.
 */
import { isLanguageTag } from '../format/locale.js';
import type { Theme } from '../widget/widget-element.js';

export const WIDGET_NAMES = ['indicators', 'timeline', 'quotes'] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];
export type WidgetTag = `belarus-${WidgetName}`;

/** The widgets' `theme` values (the same list as `THEMES`; the two checks below keep them equal). */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
type EmbedTheme = (typeof EMBED_THEMES)[number];
const themesMatch: [EmbedTheme extends Theme ? true : false, Theme extends EmbedTheme ? true : false] = [true, true];
void themesMatch;

/** A human title per widget, for the iframe's `title` (read out before the frame is entered). */
export const WIDGET_TITLES: Record<WidgetName, string> = {
  indicators: 'By the Numbers: U.S.-Belarus relations (table)',
  timeline: 'U.S.-Belarus relations over time (timeline)',
  quotes: 'What analysts are saying (quotes)',
};

/** A wrong option: the message says what was given and what is accepted. */
export class EmbedOptionError extends Error {
  override name = 'EmbedOptionError';
}

export function tagOf(name: WidgetName): WidgetTag {
  return `belarus-${name}`;
}

/** `indicators` or `belarus-indicators` (any case) -> `indicators`. */
export function parseWidget(input: unknown): WidgetName {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  const name = text.startsWith('belarus-') ? text.slice('belarus-'.length) : text;
  if ((WIDGET_NAMES as readonly string[]).includes(name)) return name as WidgetName;
  const given = typeof input === 'string' && input ? `“${input}”` : 'no widget';
  throw new EmbedOptionError(`Unknown widget ${given}: use ${WIDGET_NAMES.join(', ')}.`);
}

export function parseTheme(input: unknown): Theme {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  if ((EMBED_THEMES as readonly string[]).includes(text)) return text as Theme;
  throw new EmbedOptionError(`Unknown theme “${String(input)}”: use ${EMBED_THEMES.join(', ')}.`);
}

export function parseLang(input: unknown): string {
  const text = typeof input === 'string' ? input.trim() : '';
  if (isLanguageTag(text)) return text;
  throw new EmbedOptionError(`“${String(input)}” is not a language tag: use e.g. en, ru or be.`);
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers strip tabs and newlines from URLs, and ignore leading control characters and spaces,
// so `java\tscript:` is `javascript:` to them: such characters are refused outright.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

/**
 * A data URL: absolute `http:`/`https:`, or relative (`/data/x.csv`, `data.json`), resolved
 * against the page it ends up in. Anything with another scheme (`javascript:`, `data:`, `file:`)
 * or with spaces or control characters is refused.
 */
export function parseDataUrl(input: unknown, what = 'src'): string {
  const text = typeof input === 'string' ? input : '';
  if (!text || CONTROL_OR_SPACE.test(text)) {
    throw new EmbedOptionError(`${what} must be a URL without spaces${text ? `, not “${text}”` : ''}.`);
  }
  const scheme = SCHEME.exec(text)?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    throw new EmbedOptionError(`${what} must be an http(s) URL or a relative path; “${scheme}:” URLs are not allowed.`);
  }
  try {
    new URL(text, 'https://host.invalid/');
  } catch {
    throw new EmbedOptionError(`${what} “${text}” is not a valid URL.`);
  }
  return text;
}

/** The URL of the published `dist/` folder: absolute http(s) or root-relative, ending in `/`. */
export function parseBaseUrl(input: unknown): string {
  const text = parseDataUrl(input, 'base');
  const absolute = /^https?:\/\//i.test(text);
  if (!absolute && !text.startsWith('/')) {
    throw new EmbedOptionError(`base must be an absolute http(s) URL or start with “/”, not “${text}”.`);
  }
  return text.endsWith('/') ? text : `${text}/`;
}

/** An element id for messages and pym.js: letters, digits, `-`, `_`, `.`, `:`; at most 64. */
const ID = /^[A-Za-z][\w.:-]{0,63}$/;

export function parseId(input: unknown): string {
  const text = typeof input === 'string' ? input.trim() : '';
  if (ID.test(text)) return text;
  throw new EmbedOptionError(`“${String(input)}” is not a usable id: start with a letter; letters, digits, - _ . : only.`);
}

/** What one embedded widget shows: the same options for every embed mode. */
export interface EmbedOptions {
  widget: WidgetName;
  src?: string;
  lang?: string;
  theme?: Theme;
  /** Identifies the frame in height messages (default: the widget's tag). */
  id?: string;
}

/** Reads the iframe page's query (`?widget=…&src=…&lang=…&theme=…&id=…`; pym.js adds `childId`). */
export function parseFrameQuery(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const widget = parseWidget(params.get('widget'));
  const options: EmbedOptions = { widget };
  const src = params.get('src');
  const lang = params.get('lang');
  const theme = params.get('theme');
  const id = params.get('childId') ?? params.get('id');
  if (src !== null && src !== '') options.src = parseDataUrl(src);
  if (lang !== null && lang !== '') options.lang = parseLang(lang);
  if (theme !== null && theme !== '') options.theme = parseTheme(theme);
  if (id !== null && id !== '') options.id = parseId(id);
  return options;
}

/** The iframe page's query for `options`, in a fixed order. */
export function frameQuery(options: EmbedOptions): string {
  const params = new URLSearchParams({ widget: options.widget });
  if (options.src) params.set('src', options.src);
  if (options.lang) params.set('lang', options.lang);
  if (options.theme) params.set('theme', options.theme);
  if (options.id) params.set('id', options.id);
  return params.toString();
}
