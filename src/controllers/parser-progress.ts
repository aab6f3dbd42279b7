/**
 * Has the HTML parser finished an element's children? A classic script in `<head>` (as many CMS
 * themes enqueue it, without `defer`) defines the tags before the body is parsed, so each tag is
 * upgraded the moment its start tag is read, before its children exist.
 */
import { isServer } from 'lit';

/** Does any node follow `node` in document order? The parser appends in order, so then it has left `node`. */
function somethingFollows(node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) if (current.nextSibling) return true;
  return false;
}

/**
 * True while the parser may still add children to `element`: the document is loading, the element
 * is in it (not in a shadow root or a detached tree) and nothing follows it yet. In that case
 * `onComplete` runs once at DOMContentLoaded (when every element's children are complete).
 */
export function childrenMayStillArrive(element: Element, onComplete: () => void): boolean {
  if (isServer || document.readyState !== 'loading' || element.getRootNode() !== document || somethingFollows(element)) return false;
  document.addEventListener('DOMContentLoaded', onComplete, { once: true });
  return true;
}
