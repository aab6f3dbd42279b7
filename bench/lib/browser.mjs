// Headless Chromium for the benchmark: the project's browser finder and flags, plus what a
// measurement needs: a fresh browser context per page load (no HTTP or code cache carried over),
// CDP performance metrics in thread time, and a log of any request that leaves the loopback.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs';

export const VIEWPORT = { width: 1000, height: 800, deviceScaleFactor: 1 };

// Any name that is not the loopback fails at once instead of waiting on a DNS time-out.
const BENCH_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-extensions', '--mute-audio'];

export async function launch() {
  const found = await findBrowser();
  const browser = await puppeteer.launch({
    executablePath: found.executablePath,
    env: found.env ?? process.env,
    headless: true,
    args: [...CHROMIUM_ARGS, ...BENCH_ARGS],
    protocolTimeout: 180_000,
  });
  return { browser, origin: found.origin, version: await browser.version() };
}

const METRICS = ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration', 'JSHeapUsedSize', 'Nodes', 'LayoutCount'];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
}

/**
 * Opens `url` in a fresh context and waits for the page's `__bench.done` (or just the load
 * event with `ready: 'load'`).
 * Returns the page's result plus main-thread CPU (thread time, ms) spent by the page load:
 * script, all tasks, layout and style, from the CDP Performance domain.
 * With `keep: true` the page stays open for further steps; call `close()` when done.
 */
export async function openBenchPage(browser, url, { timeout = 60_000, keep = false, cpuThrottle = 1, ready = 'bench' } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const external = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(target.hostname) && target.protocol.startsWith('http')) external.push(request.url());
  });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(cdp);
  const close = () => context.close().catch(() => {});
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    if (ready === 'bench') await page.waitForFunction(() => window.__bench?.done, { timeout, polling: 100 });
    const after = await metrics(cdp);
    const { result, error } = await page.evaluate(() => {
      const { result: found, error: failure } = window.__bench;
      if (found && window.__bench.stage()) found.nodes = window.__bench.countNodes(window.__bench.stage());
      return { result: found, error: failure };
    });
    const cpu = {
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
      styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    };
    const outcome = { result, error, cpu, before, after, external, consoleErrors, page, cdp, close };
    if (!keep) await close();
    return outcome;
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        readyState: document.readyState,
        done: window.__bench?.done,
        error: window.__bench?.error,
        widgets: [...document.querySelectorAll('[state]')].map((element) => `${element.localName}[state=${element.getAttribute('state')}]`),
      }))
      .catch((reason) => ({ unavailable: String(reason.message ?? reason) }));
    await close();
    error.message = `${error.message} (page: ${JSON.stringify(state)}; console errors: ${JSON.stringify(consoleErrors.slice(0, 3))})`;
    throw Object.assign(error, { external, consoleErrors, state });
  }
}

export { metrics as readMetrics };

/**
 * Mounts on an idle page: loads `url` (library and data), waits two frames and a moment, then runs
 * the page's `__benchMount()` and reads the CDP metrics just before and just after. Returns the
 * page's result, the metrics' differences in ms (`TaskDuration` is main-thread CPU) and the number
 * of external requests; throws the page's error.
 */
export async function mountWhenIdle(browser, url) {
  const outcome = await openBenchPage(browser, url, { ready: 'load', keep: true, timeout: 90_000 });
  try {
    const { page, cdp } = outcome;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
    const before = await metrics(cdp);
    await page.evaluate(() => window.__benchMount());
    const after = await metrics(cdp);
    const { result, error } = await page.evaluate(() => ({ result: window.__bench.result, error: window.__bench.error }));
    if (error || !result) throw new Error(error ?? 'no result');
    const spent = (name) => (after[name] - before[name]) * 1000;
    return { result, spent, external: outcome.external.length };
  } finally {
    await outcome.close();
  }
}
