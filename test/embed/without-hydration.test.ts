// The tags registered without belarus-widgets/hydrate.js (an npm app that left it out) on a page
// with pre-rendered markup: the widget renders anew, into the same shadow root, once.
import '../../src/define.js';
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';

describe('pre-rendered markup without hydration support', () => {
  it('renders the widget anew instead of beside a second copy', async () => {
    const container = document.createElement('div');
    container.setHTMLUnsafe(
      `<belarus-quotes lang="en" data-prerendered="${VERSION}"><template shadowrootmode="open"><!--lit-part x--><div part="base"><p class="server">The server's copy</p></div><!--/lit-part--></template></belarus-quotes>`,
    );
    document.body.append(container);
    const element = container.firstElementChild as BelarusQuotes;
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('.server')).to.equal(null);
    expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
    expect(root.textContent).to.include('President Trump sent me to free you all.');
    expect(element.state).to.equal('ready');
    container.remove();
  });
});
