/**
 * Languages on demand, for the per-widget scripts (`dist/belarus-<widget>.min.js`), which carry
 * English only: the first widget in another shipped language loads `belarus-locale-<lang>.min.js`
 * from beside the script, and widgets in that language wait for it (nothing in the wrong language
 * flashes). When the file cannot be loaded the widgets speak English, and the console says which
 * file was missing and how to fix it.
 *
 * The file is a plain script that is also a valid module. From the page's own site it is
 * imported (no Trusted Types sink); from another site it is added as a `<script>`, which needs no
 * CORS headers, and imported only where Trusted Types forbid a plain script address.
 */
import { LOCALES } from '../format/locale.js';
import { VERSION } from '../version.js';
import { hasStrings } from './shipped-strings.js';

/** Where this script came from: its languages are beside it. */
const scriptUrl = typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src || undefined;

const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();

/** Loads one file as a classic script; rejects when it cannot (404, CSP, Trusted Types). */
function addScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${url} could not be loaded`));
    script.src = url;
    script.async = true;
    document.head.append(script);
  });
}

async function load(locale: string): Promise<void> {
  if (!scriptUrl) throw new Error('the script was not loaded from an address');
  const url = new URL(`belarus-locale-${locale}.min.js`, scriptUrl);
  if (url.origin === location.origin) {
    await import(/* @vite-ignore */ url.href);
  } else {
    try {
      await addScript(url.href);
    } catch (error) {
      // Trusted Types throw on a plain script address; a module import is not a sink.
      if (!(error instanceof TypeError)) throw error;
      await import(/* @vite-ignore */ url.href);
    }
  }
  if (!hasStrings(locale)) throw new Error(`${url} did not add the language`);
}

/**
 * A promise while `locale`'s strings are on their way; undefined when they are here, when the
 * locale is not a shipped one (English is used), or when loading them failed.
 */
export function localeLoading(locale: string): Promise<void> | undefined {
  if (hasStrings(locale) || failed.has(locale) || !(LOCALES as readonly string[]).includes(locale)) return undefined;
  let promise = loading.get(locale);
  if (!promise) {
    promise = load(locale).catch((error: unknown) => {
      failed.add(locale);
      console.warn(
        `belarus-widgets ${VERSION}: the "${locale}" interface strings could not be loaded (${error instanceof Error ? error.message : String(error)}), so English is shown. ` +
          `Publish belarus-locale-${locale}.min.js beside the script, or use belarus-widgets.min.js, which carries every language.`,
      );
    });
    loading.set(locale, promise);
  }
  return promise;
}
