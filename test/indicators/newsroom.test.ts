// Another story's numbers in <belarus-indicators>: the SYNTHETIC 30-row newsroom table (counts,
// signed percentages, money, negatives, one row with its own max), as a reader sees it: the
// text as the data writes it, drawings whose lengths follow the numbers, their text
// equivalents, and rows as compact as a newsroom table at desktop, tablet and phone widths.
import { expect, fixture, html } from '@open-wc/testing';
import { $$, bodyRows, expectAxeClean, settled, squash, type BelarusIndicators } from './helpers.js';
import { newsroomIndicators } from './newsroom-fixture.js';

/** The table in a column `width` px wide, in an article's type (17 px Georgia, as the demo page). */
async function inColumn(width: number, theme: 'light' | 'dark' = 'light'): Promise<BelarusIndicators> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font: 17px/1.5 Georgia, serif">
    <belarus-indicators page-size="30" theme=${theme} .data=${newsroomIndicators()}></belarus-indicators>
  </div>`);
  return settled(column.querySelector('belarus-indicators')!);
}

const rowNamed = (el: BelarusIndicators, name: string) => $$(el, 'tbody tr').find((tr) => squash(tr.querySelector('th')!.textContent).endsWith(name))!;
const label = (el: BelarusIndicators, name: string) => rowNamed(el, name).querySelector('svg[role="img"]')?.getAttribute('aria-label');
const fill = (el: BelarusIndicators, name: string) => rowNamed(el, name).querySelector('.fill')!.getBoundingClientRect();
const heights = (el: BelarusIndicators) => $$(el, 'tbody tr').map((tr) => tr.getBoundingClientRect().height);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('<belarus-indicators> with another story’s numbers', () => {
  it('shows each status as the data writes it, and draws every number', async () => {
    const el = await inColumn(1200);
    const rows = bodyRows(el);
    expect(rows).to.have.length(30);
    expect(rows.slice(2, 6).map(([, status]) => status)).to.deep.equal(['−9.5 % on last year', '+11.8 % on last year', '12 of 100 points', '$2,400 million']);
    const drawn = $$(el, 'tbody tr').filter((tr) => tr.querySelector('svg'));
    expect(drawn).to.have.length(28);
    expect(drawn.every((tr) => tr.querySelector('svg')!.getAttribute('role') === 'img')).to.equal(true);
    expect(rowNamed(el, 'sanctions lists').querySelector('svg')).to.equal(null);
  });

  it('names each drawing by its number, unit and scale', async () => {
    const el = await inColumn(1200);
    expect(label(el, 'organisations closed')).to.equal('82 organisations on a scale from −4,000 to 10,000');
    expect(label(el, 'people detained')).to.equal('1,243 people on a scale from −4,000 to 10,000');
    expect(label(el, 'change in exports')).to.equal('−9.5% on a scale from −20% to 100%');
    expect(label(el, 'change in imports')).to.equal('11.8% on a scale from −20% to 100%');
    expect(label(el, 'press freedom score')).to.equal('12 out of 100 points');
    expect(label(el, 'frozen assets')).to.equal('$2,400 on a scale from −$1,000 to $2,500');
  });

  it('draws a larger number longer: 1,243 people beyond 82 organisations, +11.8 % beyond +4.2 %', async () => {
    const el = await inColumn(1200);
    expect(fill(el, 'people detained').width).to.be.greaterThan(fill(el, 'organisations closed').width);
    expect(fill(el, 'change in imports').width).to.be.greaterThan(fill(el, 'change in wages').width);
    expect(fill(el, 'websites blocked').width).to.be.greaterThan(fill(el, 'court cases').width);
  });

  it('draws negative numbers from the zero line to the left', async () => {
    const el = await inColumn(1200);
    for (const name of ['change in exports', 'net migration', 'budget deficit']) {
      const zero = rowNamed(el, name).querySelector('.zero')!.getBoundingClientRect();
      const bar = fill(el, name);
      expect(bar.width, name).to.be.greaterThan(2);
      expect(Math.abs(bar.right - (zero.left + zero.width / 2)), `${name} ends at zero`).to.be.below(1.5);
    }
    const up = fill(el, 'change in imports');
    const zero = rowNamed(el, 'change in imports').querySelector('.zero')!.getBoundingClientRect();
    expect(Math.abs(up.left - (zero.left + zero.width / 2)), 'a rise starts at zero').to.be.below(1.5);
  });

  it('keeps rows of one line within 48 px at 1200 px, and every row within 64 px', async () => {
    const el = await inColumn(1200);
    const single = $$(el, 'tbody tr').filter((tr) => !tr.querySelector('.note'));
    expect(Math.max(...single.map((tr) => tr.getBoundingClientRect().height))).to.be.at.most(48);
    expect(Math.max(...heights(el))).to.be.at.most(64);
  });

  it('keeps rows compact at 760 px (mean within 52 px) and cards proportionate on a 360 px phone (mean within 120 px)', async () => {
    expect(mean(heights(await inColumn(728)))).to.be.at.most(52);
    const phone = await inColumn(328);
    expect(getComputedStyle($$(phone, 'tbody tr')[0]).display, 'cards').to.equal('block');
    expect(mean(heights(phone))).to.be.at.most(120);
    expect(Math.max(...heights(phone))).to.be.at.most(150);
  });

  for (const [width, theme] of [
    [1200, 'light'],
    [328, 'dark'],
  ] as const) {
    it(`passes axe at ${width} px (${theme})`, async () => {
      await expectAxeClean(await inColumn(width, theme));
    });
  }
});
