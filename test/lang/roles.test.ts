// Roles a screen reader gets from every widget: a failed load is a polite status (not an alert
// that cuts into whatever is being read while the page loads), and lists drawn without markers
// are still lists (VoiceOver in Safari drops the list role of `list-style: none` lists).
import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { itWithCdp } from '../support/cdp.js';
import { GERMAN_EVENTS, GERMAN_INDICATORS } from './datasets.js';
import { mount, squash, TAGS, type Tag, type Widget } from './runs.js';

type AxNode = { role: string; name: string; children?: AxNode[] };
const find = (tree: unknown, test: (node: AxNode) => boolean) => findAccessibilityNode(tree as never, test as never) as AxNode | null;

/** Data with one row left out, so the widget lists it under the rows it shows. */
const WITH_A_BAD_ROW: Record<Tag, unknown> = {
  'belarus-indicators': GERMAN_INDICATORS,
  'belarus-timeline': GERMAN_EVENTS,
  'belarus-quotes': [{ text: 'Kept', speaker: 'A' }, { text: 'No speaker' }],
};

// With the producer's debug view, which lists the problems.
const withSrc = (tag: Tag, src: string) => staticHtml`<${unsafeStatic(tag)} debug src=${src}></${unsafeStatic(tag)}>`;
const withData = (tag: Tag, data: unknown) => staticHtml`<${unsafeStatic(tag)} debug .data=${data}></${unsafeStatic(tag)}>`;
const lists = (el: Widget) => Array.from(el.shadowRoot!.querySelectorAll('ul, ol'));

for (const tag of TAGS) {
  describe(`<${tag}> roles`, () => {
    itWithCdp('reports a failed load as a polite status, never an alert', async () => {
      const el = await mount(withSrc(tag, '/faults/status/404'));
      expect(el.state).to.equal('error');
      const message = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(squash(message.textContent)).to.equal('This graphic is not available right now.');
      const tree = await a11ySnapshot({});
      expect(
        find(tree, (node) => node.role === 'alert'),
        'an alert in the accessibility tree',
      ).to.equal(null);
      const status = find(tree, (node) => node.role === 'status' && JSON.stringify(node).includes('This graphic is not available right now.'));
      expect(status, 'the message as a status').not.to.equal(null);
    });

    it('gives role="list" to every list drawn without markers, and to the lists of problems', async () => {
      const shown = [await mount(withData(tag, WITH_A_BAD_ROW[tag])), await mount(withSrc(tag, '/faults/status/404'))];
      const problemLists = shown.flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll('[part="debug"] ul')));
      expect(problemLists.length, 'rows left out, and the error').to.equal(2);
      expect(problemLists.map((list) => list.getAttribute('role'))).to.deep.equal(['list', 'list']);
      // The quotes' own lists belong to the carousel; here: the shared parts, the table and the timeline.
      const unmarked = shown.flatMap(lists).filter((list) => getComputedStyle(list).listStyleType === 'none');
      expect(unmarked.map((list) => `${list.localName}.${list.className}: ${list.getAttribute('role')}`)).to.deep.equal(
        unmarked.map((list) => `${list.localName}.${list.className}: list`),
      );
    });
  });
}

describe('<belarus-timeline> lists', () => {
  it('keeps the legend and the list of events lists', async () => {
    const el = await mount(html`<belarus-timeline></belarus-timeline>`);
    const [legend, events] = [el.shadowRoot!.querySelector('ul.legend')!, el.shadowRoot!.querySelector('ol.events')!];
    expect([getComputedStyle(legend).listStyleType, getComputedStyle(events).listStyleType]).to.deep.equal(['none', 'none']);
    expect([legend.getAttribute('role'), events.getAttribute('role')]).to.deep.equal(['list', 'list']);
  });
});
