/**
 * The script of `dist/embed.html` (built to `dist/embed.js`): shows the one widget the query asks
 * for (`?widget=indicators|timeline|quotes&src=…&lang=…&theme=…&id=…`) and tells the parent page
 * its height whenever that changes, in the formats of messages.ts. Runs after
 * `belarus-widgets.min.js` (both deferred), so the tags are defined when the element is made.
 *
 * Heights: a ResizeObserver watches the page's body (the widget, or an error message); changes
 * are gathered into one measurement per animation frame, and a message goes out only when the
 * rounded height differs from the last one sent. A request from the parent is answered at once.
 */
import { clampHeight, heightMessages, isHeightRequest } from './messages.js';
import { parseFrameQuery, tagOf, type EmbedOptions } from './widgets.js';

const PAGE_STYLES =
  'html,body{margin:0;padding:0;background:transparent}body{display:flow-root}.embed-error{margin:0;padding:1em;font:1em/1.4 system-ui,sans-serif}';

function readOptions(): EmbedOptions | Error {
  try {
    return parseFrameQuery(location.search);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function showWidget(options: EmbedOptions): HTMLElement {
  const element = document.createElement(tagOf(options.widget));
  if (options.lang) {
    element.setAttribute('lang', options.lang);
    document.documentElement.lang = options.lang;
  }
  if (options.theme) element.setAttribute('theme', options.theme);
  if (options.src) element.setAttribute('src', options.src);
  return element;
}

function showError(error: Error): HTMLElement {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = `This graphic could not be shown. ${error.message}`;
  return message;
}

/** The page title follows the widget's headline (some screen readers announce it on entering the frame). */
function followTitle(content: HTMLElement): void {
  const headline = content.shadowRoot?.querySelector('h2')?.textContent?.trim();
  if (headline && document.title !== headline) document.title = headline;
}

function reportHeights(id: string, content: HTMLElement): void {
  let sent = -1;
  let frame = 0;
  const send = (force: boolean) => {
    frame = 0;
    followTitle(content);
    if (window.parent === window) return;
    const height = clampHeight(document.body.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => {
    frame ||= requestAnimationFrame(() => send(false));
  }).observe(document.body);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data, id)) send(true);
  });
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(PAGE_STYLES);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const options = readOptions();
const content = options instanceof Error ? showError(options) : showWidget(options);
document.body.append(content);
reportHeights(options instanceof Error ? 'belarus-widgets' : (options.id ?? tagOf(options.widget)), content);
