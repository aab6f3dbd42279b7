/**
 * Hydration for pre-rendered widgets (`npm run prerender`, the static embed): an element that
 * arrives with a declarative shadow root keeps the server's DOM, and Lit attaches to it instead
 * of rendering anew, so nothing flashes and nothing moves. Elements without one render as usual.
 * The classic script imports it first; npm users import `belarus-widgets/hydrate.js` before the
 * define modules (src/hydrate.ts).
 *
 * Import order is the mechanism: the scope opens, the hydrate support installs its hook,
 * LitElement evaluates and takes it, the scope closes (see hydrate-scope.ts). In an app whose
 * bundle evaluated Lit before this module, LitElement never saw the hook, so it is handed over
 * here (what counts is that it happens before a tag is defined).
 *
 * With npm, Lit is the app's own and may serve its other components too: they get Lit's
 * hydration as it is, and the guards below apply to this version's widgets only.
 *
 * Three guards on top of Lit's hydrate support, because a pasted fragment outlives the script
 * it was made for (article archives keep their HTML; the script on the server gets updated):
 * - markup is hydrated only when it was rendered by this very version (`data-prerendered`)
 *   and carries Lit's part markers; otherwise the widget renders anew into the same shadow
 *   root (still within the same task, so without a visible flash), because Lit cannot notice
 *   changed data while hydrating;
 * - if hydration fails anyway (a template that does not match), the widget renders anew and
 *   says so once in the console, instead of staying frozen;
 * - the element's styles are adopted as well, so a hydrated widget is styled even when a page's
 *   CSP or a CMS dropped the pre-rendered stylesheet link.
 * And one repair: the server writes `data-inert` where the widget has `inert` (readers without
 * JavaScript see every slide, so assistive technology must reach them too; see
 * scripts/prerender.mjs). Lit's hydration trusts the server's attributes and writes none, so
 * the `inert` is put back here.
 */
import { closeHydrateScope } from './hydrate-scope.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles, LitElement, render, type PropertyValues } from 'lit';
import { VERSION } from '../version.js';
import { hasHydrateSupport } from '../widget/hydrate-support.js';
import { PRERENDERED_ATTRIBUTE } from './prerendered.js';

const { litElementHydrateSupport: hook } = globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void };
if (!hasHydrateSupport(LitElement)) hook?.({ LitElement });
closeHydrateScope();

interface Patchable {
  createRenderRoot(this: LitElement): HTMLElement | DocumentFragment;
  update(this: LitElement, changed: PropertyValues): void;
}

const proto = LitElement.prototype as unknown as Patchable;
const hydrateSupportRoot = proto.createRenderRoot;
const hydrateSupportUpdate = proto.update;
const hydrating = new WeakSet<LitElement>();

/** The server's `data-inert` stand-ins become `inert` again. */
function restoreInert(root: ShadowRoot): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-inert]')) {
    element.removeAttribute('data-inert');
    element.inert = true;
  }
}

/** Is it a widget of this version (WidgetElement's static `version`), not another Lit component? */
function isWidget(element: LitElement): boolean {
  return (element.constructor as { version?: unknown }).version === VERSION;
}

/** Does the shadow root hold Lit's server markup (it starts with a part marker)? */
function hasPartMarkers(root: ShadowRoot): boolean {
  const first = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT).nextNode() as Comment | null;
  return first !== null && first.data.startsWith('lit-part');
}

proto.createRenderRoot = function (this: LitElement) {
  const declarative = this.shadowRoot;
  if (!declarative || !isWidget(this)) return hydrateSupportRoot.call(this);
  if (this.getAttribute(PRERENDERED_ATTRIBUTE) === VERSION && hasPartMarkers(declarative)) {
    hydrateSupportRoot.call(this);
    hydrating.add(this);
  } else {
    declarative.replaceChildren();
  }
  adoptStyles(declarative, (this.constructor as typeof LitElement).elementStyles);
  return declarative;
};

proto.update = function (this: LitElement, changed: PropertyValues) {
  if (!hydrating.has(this)) return hydrateSupportUpdate.call(this, changed);
  hydrating.delete(this);
  try {
    hydrateSupportUpdate.call(this, changed);
    restoreInert(this.renderRoot as ShadowRoot);
  } catch (error) {
    console.warn(`belarus-widgets ${VERSION}: the pre-rendered <${this.localName}> could not be hydrated, so it was rendered anew.`, error);
    const root = this.renderRoot as ShadowRoot;
    root.replaceChildren();
    render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
  }
};
