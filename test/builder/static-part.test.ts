// The builder's static HTML is a copy of a widget rendered in the browser: one line, no Lit
// markers, hidden slides marked `data-inert` (as scripts/prerender.mjs writes them) so readers
// without JavaScript reach every quote, and markup that parses back to the same content.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { staticPartOf } from '../../src/builder/shadow-copy.js';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';

const QUOTES = [
  { text: 'First line\nsecond line', speaker: 'A. Author' },
  { text: 'Another quote', speaker: 'B. Speaker' },
];

describe('builder: static HTML of a rendered widget', () => {
  it('copies the shadow root as one line, without Lit markers, with hidden slides as data-inert', async () => {
    const element = await fixture<BelarusQuotes>(html`<belarus-quotes lang="en" .data=${QUOTES}></belarus-quotes>`);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[inert]'), 'the carousel hides a slide').to.exist;
    const part = staticPartOf(element);
    expect(part.attributes).to.include({ lang: 'en', state: 'ready' });
    expect(part.shadow).not.to.match(/[\r\n]/);
    expect(part.shadow).not.to.include('<!--');
    expect(part.shadow).not.to.match(/\sinert[\s=>]/);
    expect(part.shadow).to.include('data-inert');

    const template = document.createElement('template');
    template.innerHTML = part.shadow;
    const quotes = Array.from(template.content.querySelectorAll('blockquote'), (quote) => quote.textContent!.replace(/\s+/g, ' ').trim());
    expect(quotes).to.deep.equal(['First line second line', 'Another quote']);
    // The live widget is untouched.
    expect(element.shadowRoot!.querySelector('[inert]')).to.exist;
  });
});
