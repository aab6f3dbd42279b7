// A Russian news site's article page in windows-1251 loads belarus-widgets.min.js from a CDN that
// sends `.js` as `text/javascript` without a charset: the browser then decodes the script in the
// page's encoding. The widgets must still say their Russian and Belarusian interface strings
// correctly, exactly as on the same page in UTF-8.
import { readFileSync } from 'node:fs';
import { env, TAGS } from '../embed/served/harness.mjs';
import { check } from './tally.mjs';

const DIR = '/test/built/charset/';
const SCRIPT = 'belarus-widgets.min.js';
const TITLE = 'Беларусь и США: хроника';
const HEADING = 'Почему США вдруг заигрывают с Беларусью';

const article = (charset) => `<!doctype html>
<html lang="ru">
<head>
<meta charset="${charset}">
<title>${TITLE}</title>
<script src="${DIR}${SCRIPT}" defer></script>
</head>
<body>
<main>
<h1>${HEADING}</h1>
<belarus-quotes lang="ru"></belarus-quotes>
<belarus-timeline lang="be"></belarus-timeline>
</main>
</body>
</html>
`;

// windows-1251 has Russian and Belarusian letters at fixed places: А-я from 0xC0 on, and these.
const CP1251 = new Map([
  ['Ё', 0xa8],
  ['ё', 0xb8],
  ['Ў', 0xa1],
  ['ў', 0xa2],
  ['І', 0xb2],
  ['і', 0xb3],
]);

function windows1251(text) {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (CP1251.has(char)) return CP1251.get(char);
      throw new Error(`no windows-1251 byte for ${char}`);
    }),
  );
}

/** Opens the article in `charset`, its script sent without one; returns what the widgets say. */
async function read(charset) {
  const page = await env.browser.newPage();
  const problems = [];
  page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === `${DIR}article.html`) {
      const body = charset === 'windows-1251' ? windows1251(article(charset)) : Buffer.from(article(charset));
      return void request.respond({ status: 200, headers: { 'content-type': `text/html; charset=${charset}` }, body });
    }
    if (pathname === `${DIR}${SCRIPT}`) {
      return void request.respond({ status: 200, headers: { 'content-type': 'text/javascript' }, body: readFileSync(`dist/${SCRIPT}`) });
    }
    request.continue();
  });
  await page.goto(`${env.plain.url}${DIR}article.html`, { waitUntil: 'networkidle0' });
  await page
    .waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'), { timeout: 10_000 }, [
      'belarus-quotes',
      'belarus-timeline',
    ])
    .catch(() => problems.push('the widgets did not get ready'));
  const said = await page.evaluate((tags) => {
    const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
    const widgets = {};
    for (const tag of tags) {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) continue;
      const labels = Array.from(root.querySelectorAll('[aria-label], [aria-roledescription]')).flatMap((element) =>
        ['aria-label', 'aria-roledescription'].map((name) => element.getAttribute(name)).filter(Boolean),
      );
      widgets[tag] = { text: squash(root.textContent), labels };
    }
    return { encoding: document.characterSet, title: document.title, heading: document.querySelector('h1').textContent, widgets };
  }, TAGS);
  await page.screenshot({ path: `test-results/dist-charset-${charset}.png`, fullPage: true });
  await page.close();
  return { ...said, problems };
}

export async function windows1251Page() {
  const { ru: russian } = await import(new URL('../../dist/locales/ru.js', import.meta.url));
  const { be: belarusian } = await import(new URL('../../dist/locales/be.js', import.meta.url));
  const { quotes } = JSON.parse(readFileSync('data/us-belarus-relations.json', 'utf8'));
  const legacy = await read('windows-1251');
  const utf8 = await read('utf-8');
  const label = '[windows-1251 page]';
  check(
    legacy.encoding === 'windows-1251' && legacy.title === TITLE && legacy.heading === HEADING,
    `${label} the page itself was not read as windows-1251: ${legacy.encoding}, "${legacy.heading}"`,
  );
  check(legacy.problems.length === 0, () => `${label} ${legacy.problems.join('; ')}`);
  const ru = russian.quotes;
  const be = belarusian.timeline;
  const expected = {
    'belarus-quotes': [ru.previous, ru.next, ru.pickers, ru.carousel, ru.slide, ru.position(1, quotes.length)],
    'belarus-timeline': [be.legend, be.list, be.selectHint],
  };
  for (const [tag, strings] of Object.entries(expected)) {
    const widget = legacy.widgets[tag] ?? { text: '', labels: [] };
    const missing = strings.filter((s) => !widget.labels.includes(s) && !widget.text.includes(s));
    check(
      missing.length === 0,
      () =>
        `${label} <${tag}> does not say ${JSON.stringify(missing)}; it says: ${JSON.stringify(widget.labels.slice(0, 4))} ${JSON.stringify(widget.text.slice(0, 120))}`,
    );
    check(
      JSON.stringify(widget) === JSON.stringify(utf8.widgets[tag]),
      () =>
        `${label} <${tag}> says something else than on a UTF-8 page: ${JSON.stringify(widget.text.slice(0, 120))} vs ${JSON.stringify(utf8.widgets[tag]?.text.slice(0, 120))}`,
    );
  }
}
