/**
 * The parent-side resizer (`dist/resizer.js`, about half a kilobyte): give each widget iframe the
 * height its page reports. Load it once anywhere on the host page:
 *
 *   <script src="…/resizer.js" defer></script>
 *   <iframe data-belarus-widgets src="…/embed.html?widget=timeline" title="…" height="700"></iframe>
 *
 * Only iframes marked `data-belarus-widgets` are touched, and a message only resizes the iframe
 * whose own window sent it (`event.source`), so no other frame can resize ours or pick one by id.
 * On start it asks every marked iframe for its height, in case they reported before it loaded.
 * Marked iframes get the column's width and no border, at no specificity, so any rule of the
 * page wins (the snippet itself stays valid HTML and carries no style attribute for a CSP to
 * refuse). Loading it twice adds nothing. It defines no globals.
 */
import { HEIGHT_REQUEST, heightFromMessage } from './messages.js';

const LOADED = Symbol.for('belarus-widgets.resizer');
const MARK = 'data-belarus-widgets';

function markedFrames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[${MARK}]`));
}

function onMessage(event: MessageEvent): void {
  const height = heightFromMessage(event.data);
  if (height === undefined || !event.source) return;
  const frame = markedFrames().find((candidate) => candidate.contentWindow === event.source);
  if (frame) frame.style.height = `${height}px`;
}

const host = window as Window & { [LOADED]?: true };
/** A constructable stylesheet: allowed under a strict CSP, where a `<style>` or style attribute is not. */
function adoptFrameBox(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:where(iframe[${MARK}]) { width: 100%; border: 0; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: frames keep the browser's default box; the page can style them.
  }
}

if (!host[LOADED]) {
  host[LOADED] = true;
  adoptFrameBox();
  window.addEventListener('message', onMessage);
  for (const frame of markedFrames()) frame.contentWindow?.postMessage(HEIGHT_REQUEST, '*');
}
