// An app whose bundle evaluates Lit before belarus-widgets/hydrate.js (its own Lit components come
// first): LitElement never saw the hydrate support's hook, so hydrate.js hands it over itself.
import { LitElement } from 'lit';
import '../../src/embed/hydrate.js';
import { expect } from '@open-wc/testing';
import { hydratedInPlace } from './server-rendered.js';

describe('hydration after Lit was evaluated', () => {
  it('still hydrates server-rendered Lit markup in place', async () => {
    expect(LitElement).to.be.a('function');
    const container = document.createElement('div');
    document.body.append(container);
    const mount = (markup: string) => {
      container.setHTMLUnsafe(markup);
      return container.firstElementChild as HTMLElement;
    };
    expect(await hydratedInPlace('page-component-after-lit', mount)).to.equal(true);
    container.remove();
  });
});
