/**
 * A rendered widget's shadow root as plain markup, for the two things made from it in the
 * browser: pre-rendered static HTML (Declarative Shadow DOM) and the image downloads. The copy
 * leaves out Lit's marker comments (client-rendered markers are not hydration markers, so the
 * script renders such markup anew) and writes `inert` as `data-inert`, as scripts/prerender.mjs
 * does: without JavaScript every quote is listed, and must be reachable by screen readers too.
 */
import type { StaticPart } from '../embed/snippet.js';

/** A detached `<div>` holding a deep copy of the shadow root's children, comments removed. */
export function copyShadow(root: ShadowRoot): HTMLDivElement {
  const copy = document.createElement('div');
  for (const child of root.childNodes) copy.append(child.cloneNode(true));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of copy.querySelectorAll('[inert]')) {
    element.removeAttribute('inert');
    element.setAttribute('data-inert', '');
  }
  return copy;
}

/**
 * Line breaks become character references (the same text), so an editor that turns line breaks
 * into `<p>` or `<br>` finds none; the markup has no `<script>` or `<style>` whose text would
 * read them literally.
 */
export function oneLine(markup: string): string {
  return markup.replace(/\r?\n|\r/g, (brk) => (brk === '\r' ? '&#13;' : '&#10;'));
}

/** The host's attributes and its shadow root's markup, as `staticSnippet` takes them. */
export function staticPartOf(host: HTMLElement): StaticPart {
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no shadow root to copy.`);
  const attributes: Record<string, string> = {};
  for (const { name, value } of host.attributes) attributes[name] = value;
  return { attributes, shadow: oneLine(copyShadow(host.shadowRoot).getHTML()) };
}
