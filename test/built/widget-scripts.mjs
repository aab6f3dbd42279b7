// The per-widget classic scripts (dist/belarus-<widget>.min.js) as newsrooms embed them:
// - one alone registers its own tag only and renders the article's data;
// - several of them and the all-in-one on one page, under a strict CSP with Trusted Types that
//   allows one `lit-html` policy, make one Lit, one registration per tag, and one set of strings
//   (`BelarusWidgets.registerLocale` reaches the widgets of every file);
// - a widget in another shipped language loads that language's file once, from beside the
//   script (also where Trusted Types forbid a plain script address), and shows nothing in
//   English meanwhile; when the file is missing it speaks English and the console says why.
import { readFileSync } from 'node:fs';
import { env, STRICT_CSP } from '../embed/served/harness.mjs';
import { check } from './tally.mjs';

const DIR = '/test/built/scripts/';

/** An article page loading `scripts` (file names in dist/) with `body` as its content. */
const article = (scripts, body, lang = 'en') => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Per-widget scripts</title>
${scripts.map((file) => `<script src="${DIR}${file}" defer></script>`).join('\n')}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

/**
 * Opens the page made of `scripts` and `body`; `csp` adds the strict policy, `missing` lists files
 * answered with a 404. Returns the page (open), what the console said and which files were asked for.
 */
async function open({ scripts, body, lang, csp = false, missing = [] }) {
  const page = await env.browser.newPage();
  const problems = [];
  const warnings = [];
  const requested = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(DIR)) return void request.continue();
    const file = pathname.slice(DIR.length);
    requested.push(file);
    if (file === 'article.html') {
      const headers = { 'content-type': 'text/html; charset=utf-8', ...(csp ? { 'content-security-policy': STRICT_CSP } : {}) };
      return void request.respond({ status: 200, headers, body: article(scripts, body, lang) });
    }
    if (missing.includes(file)) return void request.respond({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' });
    return void request.respond({ status: 200, headers: { 'content-type': 'text/javascript' }, body: readFileSync(`dist/${file}`) });
  });
  await page.goto(`${env.plain.url}${DIR}article.html`, { waitUntil: 'networkidle0' });
  return { page, problems, warnings, requested };
}

/** Waits for every widget on the page to be ready; true when they are. */
const allReady = (page) =>
  page
    .waitForFunction(
      () => [...document.querySelectorAll('belarus-indicators, belarus-timeline, belarus-quotes')].every((el) => el.getAttribute('state') === 'ready'),
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );

/** A widget's text and accessible labels, as one string. */
const shadowText = (page, tag) =>
  page.evaluate((t) => {
    const root = document.querySelector(t)?.shadowRoot;
    const labels = [...(root?.querySelectorAll('[aria-label]') ?? [])].map((element) => element.getAttribute('aria-label'));
    return [root?.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ').trim();
  }, tag);

async function alone() {
  const label = '[belarus-quotes.min.js alone]';
  const { page, problems } = await open({ scripts: ['belarus-quotes.min.js'], body: '<belarus-quotes></belarus-quotes><belarus-timeline></belarus-timeline>' });
  check(
    await allReady(page).then(() => page.evaluate(() => document.querySelector('belarus-quotes').getAttribute('state') === 'ready')),
    `${label} the quotes did not get ready`,
  );
  const defined = await page.evaluate(() => ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'].filter((tag) => customElements.get(tag)));
  check(JSON.stringify(defined) === '["belarus-quotes"]', `${label} defines ${JSON.stringify(defined)}, not only belarus-quotes`);
  const text = await shadowText(page, 'belarus-quotes');
  check(text.includes('Quotes') || text.length > 200, `${label} shows no quotes: "${text.slice(0, 120)}"`);
  const api = await page.evaluate(
    () => typeof BelarusWidgets?.BelarusQuotes === 'function' && typeof BelarusWidgets.registerLocale === 'function' && BelarusWidgets.VERSION,
  );
  check(Boolean(api), `${label} BelarusWidgets lacks BelarusQuotes, registerLocale or VERSION`);
  check(problems.length === 0, () => `${label} ${problems.join('; ')}`);
  await page.close();
}

async function together() {
  const label = '[per-widget scripts and the all-in-one, strict CSP]';
  const body = '<belarus-quotes lang="de"></belarus-quotes><belarus-timeline lang="de"></belarus-timeline><belarus-indicators></belarus-indicators>';
  const scripts = ['belarus-quotes.min.js', 'belarus-timeline.min.js', 'belarus-widgets.min.js', 'belarus-quotes.min.js'];
  const { page, problems } = await open({ scripts, body, csp: true });
  check(await allReady(page), `${label} not every widget got ready`);
  const lits = await page.evaluate(() => globalThis.litHtmlVersions?.length ?? 0);
  check(lits === 1, `${label} ${lits} copies of Lit evaluated, not one`);
  const said = await page.evaluate(async () => {
    BelarusWidgets.registerLocale('de', { quotes: { next: 'Nächstes Zitat' }, timeline: { legend: 'Kategorien' } });
    const quotes = document.querySelector('belarus-quotes');
    const timeline = document.querySelector('belarus-timeline');
    await Promise.all([quotes.updateComplete, timeline.updateComplete]);
    return {
      next: quotes.shadowRoot.querySelector('[aria-label="Nächstes Zitat"]') !== null,
      legend: timeline.shadowRoot.querySelector('[aria-label="Kategorien"]') !== null || timeline.shadowRoot.textContent.includes('Kategorien'),
    };
  });
  check(said.next && said.legend, `${label} registerLocale did not reach both files' widgets: ${JSON.stringify(said)}`);
  check(problems.length === 0, () => `${label} ${problems.join('; ')}`);
  await page.close();
}

async function language({ csp }) {
  const label = `[belarus-timeline.min.js, lang="ru"${csp ? ', strict CSP' : ''}]`;
  const { ru } = await import(new URL('../../dist/locales/ru.js', import.meta.url));
  const body = '<belarus-timeline></belarus-timeline><belarus-quotes></belarus-quotes>';
  const { page, problems, requested } = await open({ scripts: ['belarus-timeline.min.js', 'belarus-quotes.min.js'], body, lang: 'ru', csp });
  check(await allReady(page), `${label} the widgets did not get ready`);
  const text = await shadowText(page, 'belarus-timeline');
  check(text.includes(ru.timeline.legend) && text.includes(ru.timeline.selectHint), `${label} the timeline does not speak Russian: "${text.slice(0, 160)}"`);
  const next = await page.evaluate(() => document.querySelector('belarus-quotes').shadowRoot.querySelector('button[aria-label]')?.getAttribute('aria-label'));
  check([ru.quotes.previous, ru.quotes.next].includes(next), `${label} the quotes' buttons are not in Russian: "${next}"`);
  const loads = requested.filter((file) => file.startsWith('belarus-locale-'));
  check(JSON.stringify(loads) === '["belarus-locale-ru.min.js"]', `${label} asked for ${JSON.stringify(loads)}, not the Russian file once`);
  check(problems.length === 0, () => `${label} ${problems.join('; ')}`);
  await page.close();
}

async function languageMissing() {
  const label = '[belarus-quotes.min.js, lang="ru", its language file missing]';
  const { page, problems, warnings } = await open({
    scripts: ['belarus-quotes.min.js'],
    body: '<belarus-quotes></belarus-quotes>',
    lang: 'ru',
    missing: ['belarus-locale-ru.min.js'],
  });
  check(await allReady(page), `${label} the quotes did not get ready`);
  const next = await page.evaluate(() => document.querySelector('belarus-quotes').shadowRoot.querySelector('button[aria-label]')?.getAttribute('aria-label'));
  check(next === 'Previous quote', `${label} not in English: "${next}"`);
  check(
    warnings.some((text) => text.includes('belarus-locale-ru.min.js') && text.includes('English')),
    () => `${label} the console does not name the missing file: ${JSON.stringify(warnings)}`,
  );
  check(
    problems.every((text) => text.includes('404')),
    () => `${label} ${problems.join('; ')}`,
  );
  await page.close();
}

export async function widgetScripts() {
  await alone();
  await together();
  await language({ csp: false });
  await language({ csp: true });
  await languageMissing();
}
