// A producer gives the address of a published CSV: the builder fetches it as an embed would,
// guesses the quotes widget, and the script (by URL) and iframe snippets show the same rows in
// a fresh page; the script snippet keeps the room the builder measured, so nothing moves when
// the data arrives; AMP says what it needs.
import {
  articlePage,
  articleRows,
  byName,
  check,
  codeSettled,
  embedFor,
  figures,
  inBuilder,
  openBuilder,
  previewReady,
  previewRows,
  typeInto,
  widgetsReady,
} from './harness.mjs';

/** The height a `reserve` value gives at `width` (the first one below all its widths). */
function reservedAt(value, width) {
  let height;
  for (const [i, entry] of value.split(' ').entries()) {
    const [from, room] = entry.includes(':') ? entry.split(':').map(Number) : [0, Number(entry)];
    if (i === 0 || from <= width) height = room;
  }
  return height;
}

export async function fromUrl() {
  const { page, problems, server } = await openBuilder();
  const address = `${server.url}/data/quotes.csv`;
  await typeInto(page, 'Data URL', address);
  await (await byName(page, 'Load')).click();
  const notReady = await previewReady(page);
  check(!notReady, `[url] preview not ready: ${notReady}`);
  const widget = await inBuilder(page, (root) => root.querySelector('#widget').value);
  check(widget === 'quotes', `[url] the widget guessed from the columns is ${widget}, not quotes`);
  const rows = await previewRows(page);
  check(rows.length > 1, `[url] the preview shows ${JSON.stringify(rows)}`);

  await embedFor(page, 'Script');
  await (await byName(page, 'From its address')).click();
  await codeSettled(page);
  const byUrl = await inBuilder(page, (root) => root.querySelector('#embed-code').value);
  check(byUrl.includes(`src="${address}"`) && !byUrl.includes('application/json'), `[url] the script snippet by URL is ${byUrl}`);
  // The room is measured from real renders of the file at the address; this file has nothing the
  // cleaning changes, so at the preview's width the room is the preview's height.
  const reserve = /\sreserve="([^"]+)"/.exec(byUrl)?.[1] ?? '';
  const preview = await inBuilder(page, (root) => {
    const element = root.querySelector('#preview-widget');
    return { width: element.clientWidth, height: Math.ceil(element.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect().height) };
  });
  check(
    reservedAt(reserve, preview.width) === preview.height,
    `[url] reserve="${reserve}" at ${preview.width} px is not the preview's height there (${preview.height} px)`,
  );
  figures['script by URL: reserve'] = reserve;
  const scripted = await articlePage(server, byUrl, { dataDelay: 600 });
  let notShown = await widgetsReady(scripted.page);
  check(!notShown, `[url] the script snippet's widget is not ready: ${notShown}`);
  const shown = await articleRows(scripted.page);
  check(JSON.stringify(shown) === JSON.stringify(rows), () => `[url] the script embed shows ${JSON.stringify(shown)}, the preview ${JSON.stringify(rows)}`);
  await scripted.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await scripted.page.evaluate(() => window.__shifts);
  check(shifts.length === 0, `[url] the script embed with reserve moved the article: layout shifts ${shifts}`);

  const framed = await embedFor(page, 'iframe + resizer');
  check(framed.code.includes('/dist/embed.html?widget=quotes') && framed.code.includes('/dist/resizer.js'), `[url] iframe snippet: ${framed.code}`);
  const frameArticle = await articlePage(server, framed.code);
  const frame = await (await frameArticle.page.waitForSelector('iframe')).contentFrame();
  notShown = await widgetsReady(frame);
  check(!notShown, `[url] the iframe's widget is not ready: ${notShown}`);
  const inFrame = await articleRows(frame);
  check(JSON.stringify(inFrame) === JSON.stringify(rows), () => `[url] the iframe shows ${JSON.stringify(inFrame)}, the preview ${JSON.stringify(rows)}`);
  await frameArticle.page.waitForFunction(() => document.querySelector('iframe').style.height !== '');

  const amp = await embedFor(page, 'AMP');
  check(!amp.code && /https/.test(amp.note), `[url] AMP on an http folder says: ${amp.note}`);
  for (const problem of [...problems, ...scripted.problems, ...frameArticle.problems]) check(false, `[url] ${problem}`);
  await Promise.all([scripted.page.close(), frameArticle.page.close(), page.close()]);
}
