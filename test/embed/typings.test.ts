import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { TYPED_ATTRIBUTES } from '../../src/embed/jsx-attributes.js';

describe('JSX, Vue and Svelte typings', () => {
  it('type every attribute each element observes, and no other', () => {
    for (const [tag, typed] of Object.entries(TYPED_ATTRIBUTES)) {
      const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
      // `state` is set by the widget, never by a page.
      const observed = element.observedAttributes.filter((name) => name !== 'state');
      expect([...observed].sort(), tag).to.deep.equal(Object.keys(typed).sort());
    }
  });
});
