// The static HTML of the producer's own data, rendered in the builder to Declarative Shadow DOM:
// without JavaScript the article shows every row, styled by the linked static stylesheet (no
// inline styles, strict CSP); with the script, the widget renders the same rows anew, quietly.
import { articlePage, articleRows, check, embedFor, figures, violations, widgetsReady } from './harness.mjs';
import { builderWithPastedCells } from './paste.mjs';

export async function staticHtml() {
  const { page, problems, server } = await builderWithPastedCells();
  const { code, note } = await embedFor(page, 'Static HTML');
  check(
    /^<belarus-timeline [^>]*state="ready"[^>]*><template shadowrootmode="open"><link rel="stylesheet" href="[^"]+\/dist\/static\/belarus-timeline\.css">/.test(
      code,
    ),
    `[static] snippet starts ${code.slice(0, 240)} (${note})`,
  );
  check(!/ style=|<style/.test(code), '[static] the markup has inline styles, which a strict CSP refuses');
  check(!/<!--/.test(code.split('<script type="application/json">')[0]), '[static] the markup keeps Lit marker comments');
  check(code.split('\n').length === 2, `[static] the snippet has ${code.split('\n').length} lines (one for the markup, one for the script)`);
  figures['static snippet'] = `${(code.length / 1024).toFixed(1)} KB for 4 events`;

  const expected = ['Disputed election', 'Mass protests', 'Flight diverted', 'War in Ukraine'];
  for (const width of [800, 390]) {
    const off = await articlePage(server, code, { javascript: false, width });
    const seen = await off.page.evaluate(() => {
      const host = document.querySelector('belarus-timeline');
      const link = host.shadowRoot?.querySelector('link[rel="stylesheet"]');
      return { defined: Boolean(customElements.get('belarus-timeline')), attached: Boolean(host.shadowRoot), styled: (link?.sheet?.cssRules.length ?? 0) > 0 };
    });
    const shown = await articleRows(off.page);
    check(!seen.defined && seen.attached && seen.styled, `[static, no JS ${width}] ${JSON.stringify(seen)}`);
    check(JSON.stringify(shown) === JSON.stringify(expected), `[static, no JS ${width}] shows ${JSON.stringify(shown)}`);
    const tree = JSON.stringify(await off.page.accessibility.snapshot({ interestingOnly: false }));
    check(
      expected.every((title) => tree.includes(title)),
      `[static, no JS ${width}] the events are not all in the accessibility tree`,
    );
    await off.page.screenshot({ path: `test-results/builder/static-nojs-${width}.png`, fullPage: true });
    for (const problem of off.problems) check(false, `[static, no JS ${width}] ${problem}`);
    await off.page.close();
  }

  for (const width of [800, 390]) {
    const on = await articlePage(server, code, { width, scriptDelay: 600 });
    const notReady = await widgetsReady(on.page);
    check(!notReady, `[static, with JS ${width}] not ready: ${notReady}`);
    const shown = await articleRows(on.page);
    check(JSON.stringify(shown) === JSON.stringify(expected), `[static, with JS ${width}] shows ${JSON.stringify(shown)}`);
    const csp = await violations(on.page);
    check(csp.length === 0, `[static, with JS ${width}] CSP violations: ${csp.join('; ')}`);
    // Rendered anew, not hydrated (the markup has no hydration markers): how much moved when
    // the script came 600 ms after the markup was painted.
    figures[`static with JS: layout shift at ${width}px, script 600 ms late`] = (
      await on.page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0))
    ).toFixed(4);
    for (const problem of on.problems) check(false, `[static, with JS ${width}] ${problem}`);
    await on.page.close();
  }
  for (const problem of problems) check(false, `[static] ${problem}`);
  await page.close();
}
