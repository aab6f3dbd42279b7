// `reserve`: the room a widget keeps while its data loads from a slow `src`, so that the article
// below does not move when the data arrives. Every widget takes the same attribute.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { formatReserve, parseReserve, reservedHeight } from '../../src/widget/reserve.js';
import type { WidgetElement } from '../../src/widget/widget-element.js';
import { warnings } from '../support/console-warnings.js';

const TAGS = ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'] as const;
type Tag = (typeof TAGS)[number];
type Widget = WidgetElement<never> & HTMLElement;

/** Never answers: the widget stays in its loading state. */
const STALLED = '/faults/stall';
const MISSING = '/faults/status/404';

/** One row of each widget's data, enough to render it (and to be shorter than a generous room). */
const ONE_ROW: Record<Tag, unknown> = {
  'belarus-indicators': [{ indicator: 'Political prisoners', status: '1,100', value: 1100 }],
  'belarus-timeline': [{ date: '2020', title: 'Sanctions' }],
  'belarus-quotes': [{ text: 'We will be back.', speaker: 'A. Author' }],
};

/** The widget in a column `width` px wide (the page's layout, not the widget's own style). */
async function mount(tag: Tag, { reserve, src, width = 640 }: { reserve?: string; src?: string; width?: number } = {}): Promise<Widget> {
  const column = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">${staticHtml`<${unsafeStatic(tag)} reserve=${reserve ?? nothing} src=${src ?? nothing}></${unsafeStatic(tag)}>`}</div>`,
  );
  const el = column.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

const height = (el: Element) => el.getBoundingClientRect().height;
const status = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const settled = (el: Widget) => waitUntil(() => el.getAttribute('state') !== 'loading', 'never left loading', { timeout: 8000 });

describe('reserve values', () => {
  it('reads one height, or heights from a width on, in CSS px', () => {
    expect(parseReserve('640')).to.deep.equal({ entries: [{ minWidth: 0, height: 640 }] });
    expect(parseReserve(' 320:1180  600:760,1000:640.5 ')).to.deep.equal({
      entries: [
        { minWidth: 320, height: 1180 },
        { minWidth: 600, height: 760 },
        { minWidth: 1000, height: 640.5 },
      ],
    });
    expect(parseReserve('900 600px:700px')).to.deep.equal({
      entries: [
        { minWidth: 0, height: 900 },
        { minWidth: 600, height: 700 },
      ],
    });
    expect(parseReserve('')).to.deep.equal({ entries: [] });
  });

  it('refuses what it cannot read, naming the part and what is accepted', () => {
    const problems: Array<[string, string]> = [
      ['tall', 'tall'],
      ['40em', '40em'],
      ['-5', '-5'],
      ['320:', '320:'],
      ['640 320', '320'],
      ['600:700 500:800', '500:800'],
      ['600:700 600:800', '600:800'],
      ['0', '0'],
      ['99999', '99999'],
      ['20000:500', '20000:500'],
    ];
    for (const [value, part] of problems) {
      const parsed = parseReserve(value);
      expect('problem' in parsed && parsed.problem, value)
        .to.include(`“${part}” does not fit`)
        .and.include('widths increasing')
        .and.include('up to 10000 px');
    }
  });

  it('picks the height of the largest width not above the widget’s, the first one below all of them', () => {
    const entries = [
      { minWidth: 320, height: 1180 },
      { minWidth: 600, height: 760 },
    ];
    expect([200, 320, 599, 600, 2000].map((width) => reservedHeight(entries, width))).to.deep.equal([1180, 1180, 1180, 760, 760]);
    expect(reservedHeight([], 600)).to.equal(undefined);
  });

  it('writes whole pixels rounded up, and one entry per change of height', () => {
    expect(
      formatReserve([
        { minWidth: 320, height: 1179.2 },
        { minWidth: 360, height: 1180 },
        { minWidth: 600, height: 760 },
      ]),
    ).to.equal('320:1180 600:760');
    expect(
      formatReserve([
        { minWidth: 320, height: 640 },
        { minWidth: 600, height: 640 },
      ]),
    ).to.equal('640');
  });
});

for (const tag of TAGS) {
  describe(`<${tag} reserve>`, () => {
    it('takes the reserved height while loading, with the loading message filling it', async () => {
      const el = await mount(tag, { reserve: '700', src: STALLED });
      expect(el.getAttribute('state')).to.equal('loading');
      expect(height(el)).to.equal(700);
      // The message reaches down to the footer, not a small box at the top of an empty room.
      expect(height(status(el))).to.be.greaterThan(500);
    });

    it('does not shrink when the data is shorter than the room, and grows when it is longer', async () => {
      const el = await mount(tag, { reserve: '1500', src: STALLED });
      expect(height(el)).to.equal(1500);
      el.data = ONE_ROW[tag];
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(height(el)).to.equal(1500);

      const bare = await mount(tag);
      const small = await mount(tag, { reserve: '100' });
      expect(height(bare)).to.be.greaterThan(100);
      expect(height(small)).to.equal(height(bare));
    });

    it('keeps the room when the data cannot be loaded', async () => {
      const el = await mount(tag, { reserve: '650', src: MISSING });
      await settled(el);
      expect(el.getAttribute('state')).to.equal('error');
      expect(height(el)).to.equal(650);
      expect(height(el.shadowRoot!.querySelector('[part="error"]')!)).to.be.greaterThan(450);
    });
  });
}

describe('reserve by width', () => {
  it('takes the height for the widget’s width, and another when the width changes', async () => {
    const el = await mount('belarus-quotes', { reserve: '360:900 500:700', src: STALLED, width: 400 });
    expect(height(el)).to.equal(900);
    (el.parentElement as HTMLElement).style.width = '600px';
    await waitUntil(() => height(el) === 700, 'the room did not follow the new width');
    (el.parentElement as HTMLElement).style.width = '320px';
    // Narrower than every width given: the first height.
    await waitUntil(() => height(el) === 900, 'the room did not follow the narrower width');
  });

  it('reads the width of a widget that moves to another column again', async () => {
    const el = await mount('belarus-timeline', { reserve: '360:900 500:700', src: STALLED, width: 400 });
    expect(height(el)).to.equal(900);
    const wide = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    wide.append(el);
    await el.updateComplete;
    expect(height(el)).to.equal(700);
  });
});

describe('reserve values that cannot be used', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: no room and a console warning naming the value, never a broken layout`, async () => {
      const bare = await mount(tag, { src: STALLED });
      for (const value of ['tall', '640 320', '600:700 500:800', '0', '99999']) {
        let el!: Widget;
        const warned = await warnings(async () => (el = await mount(tag, { reserve: value, src: STALLED })));
        expect(warned.length, value).to.equal(1);
        expect(warned[0]).to.include(`<${tag}> reserve="${value}"`).and.to.include('no room is reserved');
        expect(height(el), value).to.equal(height(bare));
        expect(el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.style.minHeight, value).to.equal('');
      }
    });
  }

  it('drops the room when the attribute is removed, and warns once per value, not per render', async () => {
    const el = await mount('belarus-quotes', { reserve: '800', src: STALLED });
    expect(height(el)).to.equal(800);
    const warned = await warnings(async () => {
      el.setAttribute('reserve', 'lots');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warned.length).to.equal(1);
    const bare = await mount('belarus-quotes', { src: STALLED });
    expect(height(el)).to.equal(height(bare));
    el.setAttribute('reserve', '800');
    await el.updateComplete;
    expect(height(el)).to.equal(800);
    el.removeAttribute('reserve');
    await el.updateComplete;
    expect(height(el)).to.equal(height(bare));
  });
});
