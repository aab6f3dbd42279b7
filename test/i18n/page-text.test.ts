// Only content reaches the page's text: what find-in-page searches, what copying takes, what
// `textContent` gives. The timeline measures its font without putting a sample sentence there.
import { expect, html } from '@open-wc/testing';
import { mount } from '../lang/runs.js';

describe('the page’s text', () => {
  for (const lang of ['en', 'be']) {
    it(`holds no font-measuring sample in a timeline (lang="${lang}")`, async () => {
      const el = await mount(html`<div style="width: 900px"><belarus-timeline lang=${lang}></belarus-timeline></div>`);
      const text = el.shadowRoot!.textContent!;
      expect(text).not.to.include('U.S. sanctions since 2020: Minsk');
      expect(text).not.to.include('Санкцыі, Вайна');
      expect(el.shadowRoot!.querySelector('svg.probe')?.textContent ?? '').to.equal('');
    });
  }

  it('still draws labels no wider than the font they are drawn in', async () => {
    const el = await mount(html`<div style="width: 900px"><belarus-timeline style="font: 22px/1.4 'DejaVu Sans Mono', monospace"></belarus-timeline></div>`);
    const labels = Array.from(el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.picture .label'));
    expect(labels.length).to.be.greaterThan(0);
    const rects = labels.map((label) => label.getBoundingClientRect());
    const box = el.getBoundingClientRect();
    for (const rect of rects) expect(rect.right, 'a label stays inside the widget').to.be.at.most(box.right + 0.5);
  });
});
