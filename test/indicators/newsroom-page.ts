// The script of newsroom.html: ?theme=dark|light sets the widget's theme and the page's
// background; the data is the SYNTHETIC 30-row fixture, or the article's own with ?data=article.
// ?data=broken adds two broken rows to the fixture and opens the producer's debug view.
import { newsroomIndicators } from './newsroom-fixture.js';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') ?? 'light';
const el = document.querySelector('belarus-indicators') as HTMLElement & { data?: unknown; debug?: boolean };
el.setAttribute('theme', theme);
document.body.classList.toggle('dark', theme === 'dark');
const data = params.get('data');
if (data !== 'article') {
  const dataset = newsroomIndicators();
  if (data === 'broken') {
    dataset.indicators.push(
      { indicator: 'Synthetic: broken row without a status' } as (typeof dataset.indicators)[number],
      { indicator: 'Synthetic: broken number', status: 'lots', value: 'lots', sourceUrl: 'ftp://example.org/x' } as (typeof dataset.indicators)[number],
    );
    el.debug = true;
  }
  el.data = dataset;
}
