// The guards around hydration (src/embed/hydrate.ts). Hydration itself, of the pre-rendered
// markup by the built script, is checked on served pages by scripts/check-embeds.mjs; these
// tests run the sources, whose templates are not minified, so no real markup matches them here.
import { PAGE_HOOK } from './hydrate-sentinel.js';
import '../../src/embed/hydrate.js';
import '../../src/define.js';
import { expect, nextFrame } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import type { BelarusQuotes } from '../../src/quotes/quotes.js';
import { hydratedInPlace } from './server-rendered.js';

const mounted: HTMLElement[] = [];
function mount(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  mounted.push(container);
  return container.firstElementChild as HTMLElement;
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = warn) };
}

describe('hydration guards', () => {
  afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

  it('leaves the page’s own Lit hydration hook as it was', () => {
    expect((globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport).to.equal(PAGE_HOOK);
  });

  it('renders markup from another version anew, quietly, with its styles', async () => {
    const capture = captureWarnings();
    const element = mount(
      `<belarus-quotes lang="en" data-prerendered="0.0.1"><template shadowrootmode="open"><!--lit-part x--><p class="stale">Stale text</p><!--/lit-part--></template></belarus-quotes>`,
    ) as BelarusQuotes;
    await element.updateComplete;
    capture.restore();
    const root = element.shadowRoot!;
    expect(root.querySelector('.stale')).to.equal(null);
    expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
    expect(root.textContent).to.include('President Trump sent me to free you all.');
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(capture.warnings).to.deep.equal([]);
  });

  it('renders markup without part markers anew instead of appending to it', async () => {
    const element = mount(
      `<belarus-quotes lang="en" data-prerendered="${VERSION}"><template shadowrootmode="open"><p class="stale">Hand-written</p></template></belarus-quotes>`,
    ) as BelarusQuotes;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.stale')).to.equal(null);
    expect(element.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
  });

  it('renders anew, with one warning, when this version’s markup does not hydrate', async () => {
    const capture = captureWarnings();
    const element = mount(
      `<belarus-quotes lang="en" data-prerendered="${VERSION}"><template shadowrootmode="open"><!--lit-part AAAAAAAAAAA=--><div part="base"><p class="stale">Edited</p></div><!--/lit-part--></template></belarus-quotes>`,
    ) as BelarusQuotes;
    await element.updateComplete;
    capture.restore();
    const root = element.shadowRoot!;
    expect(root.querySelector('.stale')).to.equal(null);
    expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
    expect(capture.warnings.length).to.equal(1);
    expect(capture.warnings[0]).to.match(/could not be hydrated, so it was rendered anew/);
    // And it keeps working: the next quote is shown on request.
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await element.updateComplete;
    expect(element.index).to.equal(1);
  });

  it('leaves a page’s own Lit components to Lit’s hydration (they share Lit with npm)', async () => {
    expect(await hydratedInPlace('page-component', mount)).to.equal(true);
  });

  it('leaves elements without a declarative shadow root to the ordinary render', async () => {
    const element = mount('<belarus-quotes lang="en"></belarus-quotes>') as BelarusQuotes;
    await element.updateComplete;
    await nextFrame();
    expect(element.state).to.equal('ready');
    expect(element.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
  });
});
