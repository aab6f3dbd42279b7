// A producer uploads a spreadsheet's CSV export (Google Sheets, US dates): the slash dates are
// refused until the date order is chosen, the furniture edited here reaches the preview and the
// embed, and the snippet shows the same rows in a fresh page.
import { fileURLToPath } from 'node:url';
import {
  articlePage,
  articleRows,
  byLabel,
  byName,
  check,
  embedFor,
  inBuilder,
  openBuilder,
  previewReady,
  previewRows,
  typeInto,
  widgetsReady,
} from './harness.mjs';

const FILE = fileURLToPath(new URL('../fixtures/spreadsheets/google-sheets-en-events.csv', import.meta.url));

export async function uploaded() {
  const { page, problems, server } = await openBuilder();
  const input = await byLabel(page, 'Data file');
  await input.uploadFile(FILE);
  let notReady = await previewReady(page);
  check(!notReady, `[file] preview not ready: ${notReady}`);
  const before = await inBuilder(page, (root) => Array.from(root.querySelectorAll('.problem .message'), (p) => p.textContent));
  check(
    before.some((message) => /could be/.test(message)),
    `[file] the ambiguous US dates were not reported: ${before.join(' | ')}`,
  );

  // Month first: every row reads.
  await (await byName(page, 'Dates such as 3/4/2021')).select('MDY');
  await page.waitForFunction(() => /No problems/.test(document.querySelector('belarus-builder').shadowRoot.querySelector('#status').textContent));
  await typeInto(page, 'Headline', 'Belarus since 2020');
  await page.waitForFunction(() =>
    document
      .querySelector('belarus-builder')
      .shadowRoot.querySelector('#preview-widget')
      .shadowRoot.querySelector('[part~="headline"]')
      ?.textContent.includes('Belarus since 2020'),
  );
  await typeInto(page, 'Label for category “war”', 'Conflict');
  notReady = await previewReady(page);
  check(!notReady, `[file] preview not ready after the edits: ${notReady}`);
  const rows = await previewRows(page);
  check(rows.length === 4, `[file] the preview shows ${rows.length} rows: ${JSON.stringify(rows)}`);

  const { code } = await embedFor(page, 'Script');
  const data = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(code)?.[1] ?? 'null');
  check(
    data?.meta?.title === 'Belarus since 2020' && data?.meta?.categories?.war?.label === 'Conflict',
    `[file] the embed's meta is ${JSON.stringify(data?.meta)}`,
  );
  check(data?.events?.[0]?.date === '2020-08-09', `[file] the first event's date is ${data?.events?.[0]?.date} (month first: 2020-08-09)`);
  const article = await articlePage(server, code);
  notReady = await widgetsReady(article.page);
  check(!notReady, `[file] the snippet's widget is not ready: ${notReady}`);
  const shown = await articleRows(article.page);
  check(JSON.stringify(shown) === JSON.stringify(rows), () => `[file] the article shows ${JSON.stringify(shown)}, the preview ${JSON.stringify(rows)}`);
  const headline = await article.page.$eval('belarus-timeline', (host) => host.shadowRoot.querySelector('[part~="headline"]').textContent.trim());
  check(headline === 'Belarus since 2020', `[file] the article's headline is “${headline}”`);
  for (const problem of [...problems, ...article.problems]) check(false, `[file] ${problem}`);
  await article.page.close();
  await page.close();
}
