// A plain Lit element of a page's own, and the markup Lit's server render writes for it: to check
// what the widgets' hydration does to Lit components that are not widgets.
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { html, LitElement } from 'lit';

const TEMPLATE = html`<p>Rendered on the server</p>`;

export class PageComponent extends LitElement {
  override render() {
    return TEMPLATE;
  }
}

/** `<tag>` with a declarative shadow root holding Lit's server markup of `PageComponent`. */
export function serverRendered(tag: string): string {
  return `<${tag}><template shadowrootmode="open"><!--lit-part ${digestForTemplateResult(TEMPLATE)}--><p>Rendered on the server</p><!--/lit-part--></template></${tag}>`;
}

/** Mounts `markup`, defines `tag` as a `PageComponent`, and tells whether the server's paragraph was kept (one paragraph, the same node). */
export async function hydratedInPlace(tag: string, mount: (markup: string) => HTMLElement): Promise<boolean> {
  const element = mount(serverRendered(tag));
  const before = element.shadowRoot!.querySelector('p');
  customElements.define(tag, class extends PageComponent {});
  await (element as PageComponent).updateComplete;
  const after = element.shadowRoot!.querySelectorAll('p');
  return before !== null && after.length === 1 && after[0] === before;
}
