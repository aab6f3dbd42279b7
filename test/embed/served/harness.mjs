// The harness of the served-page embed checks (scripts/check-embeds.mjs): two servers of the
// project root (one with a strict CSP), one Chromium, a page opener that records what a reader's
// console would show, and the shared tally of failures, notes and figures.
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../../scripts/browser.mjs';
import { serve } from '../../../scripts/serve.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
export const TAGS = ['belarus-indicators', 'belarus-timeline', 'belarus-quotes'];
/** URL endings of the classic scripts that bring widgets: the all-in-one and each widget's own. */
export const WIDGET_SCRIPTS = ['/belarus-widgets.min.js', ...TAGS.map((tag) => `/${tag}.min.js`)];
/** `delay` for `open`: every widget script held back `ms`. */
export const scriptsLate = (ms) => Object.fromEntries(WIDGET_SCRIPTS.map((ending) => [ending, ms]));
export const DATASET = JSON.parse(readFileSync('data/us-belarus-relations.json', 'utf8'));
export const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8'));

export const failures = [];
export const notes = [];
export const figures = {};
/** The servers and the browser, set by `start()`. */
export const env = {};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const expect = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};
export const report = (section, problems) => problems.forEach((problem) => failures.push(`[${section}] ${problem}`));
export const shadowText = (frame, tag) => frame.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag);

// Runs in every frame before its own scripts: CSP violations, layout shifts, postMessage traffic
// (with the index of the sending iframe), the globals present at the start, and the shadow
// roots' first headings before the tags are defined (to tell hydration from re-rendering).
function instrument() {
  const record = {
    violations: [],
    shifts: [],
    messages: [],
    globals: Object.getOwnPropertyNames(window),
    before: new Map(),
  };
  Object.defineProperty(window, '__embedCheck', { value: record, enumerable: false });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      record.violations.push(`${event.effectiveDirective}: ${event.blockedURI || ''} ${event.sample || ''}`.trim());
    },
    true,
  );
  window.addEventListener('message', (event) => {
    const frames = Array.from(document.querySelectorAll('iframe'));
    record.messages.push({ data: event.data, frame: frames.findIndex((frame) => frame.contentWindow === event.source), at: performance.now() });
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no Layout Instability API
  }
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    for (const element of document.querySelectorAll(name)) record.before.set(element, element.shadowRoot?.querySelector('h2') ?? null);
    return define(name, constructor, options);
  };
}

export async function start() {
  env.plain = await serve({ port: 0 });
  env.strict = await serve({ port: 0, headers: { 'content-security-policy': STRICT_CSP } });
  const chromium = await findBrowser();
  env.browser = await puppeteer.launch({ executablePath: chromium.executablePath, env: chromium.env, headless: true, args: CHROMIUM_ARGS });
  mkdirSync('test-results', { recursive: true });
}

export async function stop() {
  await env.browser?.close();
  await env.plain?.close();
  await env.strict?.close();
}

/**
 * Opens `path` on `server`. `delay` maps URL endings to milliseconds to hold a response back;
 * `rewrite` maps URL endings to a function of the file's text; `empty` lists URL endings served
 * as empty scripts (a CMS that dropped the script). Console errors, uncaught
 * exceptions, failed requests and HTTP errors are collected in `problems`. `waitUntil` is
 * puppeteer's: the default waits for the network to be idle for half a second.
 */
export async function open(
  server,
  path,
  { javascript = true, width = 1000, height = 900, delay = {}, rewrite = {}, empty = [], allowWarning, waitUntil = 'networkidle0' } = {},
) {
  const page = await env.browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') problems.push(`console error: ${text}`);
    else if (message.type() === 'warn' && !(allowWarning && allowWarning.test(text))) problems.push(`console warning: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  if (javascript) await page.evaluateOnNewDocument(instrument);
  else await page.setJavaScriptEnabled(false);
  const delayed = Object.entries(delay);
  const rewritten = Object.entries(rewrite);
  if (delayed.length || rewritten.length || empty.length) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (empty.some((ending) => url.pathname.endsWith(ending))) {
        return void request.respond({ status: 200, contentType: 'text/javascript', body: '' });
      }
      const rewriteWith = rewritten.find(([ending]) => url.pathname.endsWith(ending));
      if (rewriteWith) {
        const body = rewriteWith[1](readFileSync(`.${url.pathname}`, 'utf8'));
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      const wait = delayed.find(([ending]) => url.pathname.endsWith(ending));
      if (wait) setTimeout(() => request.continue(), wait[1]);
      else request.continue();
    });
  }
  await page.setViewport({ width, height });
  await page.goto(`${server.url}${path}`, { waitUntil });
  return { page, problems };
}

/** Waits until `frame` has at least `count` widgets and all have state="ready"; returns the states if not. */
export async function waitReady(frame, count = 0, timeout = 10_000) {
  return frame
    .waitForFunction(
      (tags, n) => {
        const all = document.querySelectorAll(tags.join(','));
        return all.length >= n && Array.from(all).every((element) => element.getAttribute('state') === 'ready');
      },
      { timeout },
      TAGS,
      count,
    )
    .then(() => null)
    .catch(() =>
      frame.evaluate(
        (tags) =>
          Array.from(document.querySelectorAll(tags.join(',')))
            .map((e) => `${e.localName}: ${e.getAttribute('state')}`)
            .join(', '),
        TAGS,
      ),
    );
}
