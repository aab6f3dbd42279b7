/**
 * What the docs pages show as a story's code: the embed code a newsroom pastes (the script line,
 * then the tag with its attributes and any inline data), made by the same generator as the
 * builder and `npx belarus-widgets embed`, instead of Storybook's wrapper template. Not a story
 * file (its name does not end in `.stories.ts`).
 */
import manifest from '../custom-elements.json';
import { defaultBase, inlineJson, scriptSnippet } from '../src/embed/snippet.js';
import { parseWidget, type WidgetName } from '../src/embed/widgets.js';
import { VERSION } from '../src/version.js';
import { dataFor, type CommonArgs } from './controls.js';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
}

/** The attributes a tag observes, by the property that reflects each. */
function attributesOf(tag: string): ManifestAttribute[] {
  for (const module of (manifest as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }).modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration.attributes ?? [];
  }
  return [];
}

/** Inline data longer than this is described, not shown: a docs page is not the place for 5,000 rows. */
const MAX_INLINE = 3000;

/** The tag's own attributes from the story's args: set ones that differ from a new element's, booleans bare. */
function tagAttributes(tag: string, args: Record<string, unknown>): Array<[string, string | true | undefined]> {
  const fresh = document.createElement(tag) as unknown as Record<string, unknown>;
  const out: Array<[string, string | true | undefined]> = [];
  for (const { name, fieldName } of attributesOf(tag)) {
    if (['lang', 'theme', 'src', 'state'].includes(name) || !fieldName) continue;
    const value = args[fieldName];
    if (value === undefined || value === null || value === false || value === '' || value === fresh[fieldName]) continue;
    out.push([name, value === true ? true : String(value)]);
  }
  return out;
}

/**
 * The docs' source transform for a widget's stories: `csv` and `broken` are the story file's
 * data-source choices (as its render uses them).
 */
export function embedSource(csv: string, broken: unknown) {
  return (_code: string, context: { component?: unknown; args: Record<string, unknown> }): string => {
    const tag = String(context.component);
    const widget: WidgetName = parseWidget(tag);
    const args = context.args as unknown as CommonArgs & Record<string, unknown>;
    const { data, src } = dataFor(args, csv, broken);
    const request = {
      mode: 'script' as const,
      widget,
      base: defaultBase(VERSION),
      lang: args.lang,
      theme: args.theme,
      src: src || undefined,
      tagAttributes: tagAttributes(tag, args),
    };
    const inline = typeof args.inline === 'string' && args.dataSource === 'default' ? args.inline : undefined;
    if (inline !== undefined) {
      // Inline JSON as the story writes it (broken on purpose in the error story).
      const code = scriptSnippet(request);
      return code.replace(`></${tag}>`, `><script type="application/json">${inline.replace(/</g, '\\u003c')}</script></${tag}>`);
    }
    if (data === undefined) return scriptSnippet(request);
    const json = inlineJson(data);
    if (json.length <= MAX_INLINE) return scriptSnippet({ ...request, data });
    const rows = Array.isArray(data) ? data.length : Object.values(data as object).find(Array.isArray)?.length;
    return `<!-- This story sets ${rows ?? 'its'} rows from JavaScript (element.data = …); on a page, give them by src or as inline JSON. -->\n${scriptSnippet(request)}`;
  };
}

/** The same for a page of all three widgets (the article story). */
export function pageSource(_code: string, context: { args: Record<string, unknown> }): string {
  const { lang, theme } = context.args as { lang?: string; theme?: CommonArgs['theme'] };
  const base = defaultBase(VERSION);
  const [script] = scriptSnippet({ mode: 'script', widget: 'indicators', base }).split('\n');
  const tags = (['timeline', 'quotes', 'indicators'] as const).map((widget) => scriptSnippet({ mode: 'script', widget, base, lang, theme }).split('\n')[1]);
  return [script, ...tags].join('\n');
}
