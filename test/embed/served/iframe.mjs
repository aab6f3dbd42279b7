// dist/embed.html in iframes with the resizer: the heights posted in all three formats as the
// column narrows and the data changes, a late resizer, pym.js requests, wrong parameters.
import { DATASET, env, expect, failures, figures, open, report, sleep, waitReady } from './harness.mjs';

/** Heights of the iframes, of their content, and what each iframe last posted. */
export async function frameHeights(page) {
  const handles = await page.$$('iframe');
  const result = [];
  for (const [index, handle] of handles.entries()) {
    const frame = await handle.contentFrame();
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const iframe = await handle.evaluate((element) => element.getBoundingClientRect().height);
    const posted = await page.evaluate(
      (i) =>
        window.__embedCheck.messages.filter((m) => m.frame === i && m.data?.['datawrapper-height']).map((m) => Object.values(m.data['datawrapper-height'])[0]),
      index,
    );
    result.push({ frame, content, iframe, posted });
  }
  return result;
}

export async function waitSettled(page, section, tolerance = 1) {
  let heights;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    heights = await frameHeights(page);
    if (heights.every((h) => Math.abs(h.iframe - h.content) <= tolerance && h.posted.at(-1) === h.content)) return heights;
    await sleep(100);
  }
  failures.push(
    `[${section}] iframe heights never matched their content: ${heights.map((h) => `${h.iframe}/${h.content} (posted ${h.posted.at(-1)})`).join(', ')}`,
  );
  return heights;
}

export async function iframes() {
  const { page, problems } = await open(env.plain, '/demo/embed/iframe.html', { width: 1000, height: 3000 });
  for (const handle of await page.$$('iframe')) {
    const notReady = await waitReady(await handle.contentFrame(), 1);
    expect(!notReady, `[iframe] widget not ready: ${notReady}`);
  }
  const first = await waitSettled(page, 'iframe 1000px');
  const messages = () => page.evaluate(() => window.__embedCheck.messages.map(({ data, frame }) => ({ data, frame })));
  const all = await messages();
  const ids = ['belarus-indicators', 'belarus-timeline', 'analysts'];
  ids.forEach((id, i) => {
    const height = first[i].content;
    const own = all.filter((m) => m.frame === i);
    expect(
      own.some((m) => m.data?.['datawrapper-height']?.[id] === height),
      `[iframe] frame ${i} sent no {"datawrapper-height": {"${id}": ${height}}}`,
    );
    expect(
      own.some((m) => m.data === `pymxPYMx${id}xPYMxheightxPYMx${height}`),
      `[iframe] frame ${i} sent no pym.js height`,
    );
    expect(
      own.some((m) => m.data?.sentinel === 'amp' && m.data.type === 'embed-size' && m.data.height === height),
      `[iframe] frame ${i} sent no AMP embed-size`,
    );
  });
  // Quiet when nothing changes: no polling.
  const before = (await messages()).length;
  await sleep(700);
  expect((await messages()).length === before, '[iframe] frames keep posting while nothing changes');

  // The column narrows: the table becomes cards, every frame reflows; each reports once per change.
  await page.setViewport({ width: 400, height: 3000 });
  const narrow = await waitSettled(page, 'iframe 400px');
  expect(narrow[0].content > first[0].content + 100, `[iframe] the table frame did not grow at 400px (${first[0].content} -> ${narrow[0].content})`);
  for (const [i, h] of narrow.entries()) {
    const repeats = h.posted.filter((height, k) => k > 0 && height === h.posted[k - 1]).length;
    expect(repeats <= 1, `[iframe] frame ${i} posted the same height ${repeats + 1} times in a row: ${h.posted}`);
  }
  // The data changes inside a frame: two rows instead of five.
  await narrow[0].frame.evaluate(
    (rows) => {
      document.querySelector('belarus-indicators').data = { indicators: rows };
    },
    DATASET.indicators.slice(0, 2),
  );
  const fewer = await waitSettled(page, 'iframe data change');
  expect(fewer[0].content < narrow[0].content - 100, `[iframe] the table frame did not shrink with fewer rows (${narrow[0].content} -> ${fewer[0].content})`);
  // pym.js asks for the height with a width message; the frame answers in pym's format.
  const count = (await messages()).length;
  await page.evaluate(() => document.querySelectorAll('iframe')[2].contentWindow.postMessage('pymxPYMxanalystsxPYMxwidthxPYMx400', '*'));
  await sleep(200);
  const answered = (await messages()).slice(count).some((m) => m.frame === 2 && m.data === `pymxPYMxanalystsxPYMxheightxPYMx${fewer[2].content}`);
  expect(answered, '[iframe] no pym.js height after a pym.js width message');
  figures['iframe: heights at 1000px / 400px / 2 rows'] = first.map((h, i) => `${h.content}/${narrow[i].content}/${fewer[i].content}`).join(', ');
  figures['iframe: height messages per frame (all formats)'] = ids.map((_, i) => all.filter((m) => m.frame === i).length).join(', ') + ' on load';
  report('iframe', problems);
  await page.screenshot({ path: 'test-results/embed-iframe-400.png', fullPage: true });
  await page.close();

  // A resizer that arrives after the frames reported: it asks them, and they answer.
  const late = await open(env.plain, '/demo/embed/iframe.html', { width: 1000, height: 3000, delay: { '/resizer.js': 1500 } });
  const settled = await waitSettled(late.page, 'iframe, late resizer');
  expect(
    settled.every((h) => h.content > 100),
    '[iframe, late resizer] frames did not report',
  );
  report('iframe, late resizer', late.problems);
  await late.page.close();

  const wrong = await open(env.plain, '/demo/embed/iframe-errors.html');
  const errors = await waitSettled(wrong.page, 'iframe errors');
  const texts = [];
  for (const h of errors) texts.push(await h.frame.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? ''));
  expect(/Unknown widget “map”/.test(texts[0]), `[iframe errors] unknown widget not explained: ${texts[0]}`);
  expect(/“javascript:” URLs are not allowed/.test(texts[1]), `[iframe errors] javascript: src not refused: ${texts[1]}`);
  expect(
    errors.every((h) => h.iframe < 200),
    '[iframe errors] error frames were not resized to their message',
  );
  report('iframe errors', wrong.problems);
  await wrong.page.close();
}
