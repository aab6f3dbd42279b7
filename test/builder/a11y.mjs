// The builder as a tool for people: the names tests and assistive technology rely on, axe clean
// in light and dark (empty and with data), the live status, and screenshots at 1280 and 390 px.
import { accessibleNames, axeViolations, byName, check, inBuilder, openBuilder, RESULTS } from './harness.mjs';
import { builderWithPastedCells } from './paste.mjs';

const NAMES = ['Data file', 'Paste data', 'Data URL', 'Widget', 'Embed code', 'Copy embed code', 'Download PNG', 'Download SVG'];

export async function accessible() {
  for (const scheme of ['light', 'dark']) {
    const empty = await openBuilder({ scheme });
    const names = await accessibleNames(empty.page);
    for (const name of NAMES) check(names.has(name), `[a11y ${scheme}] nothing is named “${name}”`);
    const emptyAxe = await axeViolations(empty.page);
    check(emptyAxe.length === 0, `[a11y ${scheme}, empty] axe: ${emptyAxe.join('\n    ')}`);
    for (const problem of empty.problems) check(false, `[a11y ${scheme}, empty] ${problem}`);
    await empty.page.close();

    for (const width of [1280, 390]) {
      const { page, problems } = await builderWithPastedCells({ scheme, width });
      const live = await inBuilder(page, (root) => ({
        role: root.querySelector('#status').getAttribute('role'),
        text: root.querySelector('#status').textContent,
      }));
      check(live.role === 'status' && /1 problem/.test(live.text), `[a11y ${scheme} ${width}] live status: ${JSON.stringify(live)}`);
      const found = await axeViolations(page);
      check(found.length === 0, `[a11y ${scheme} ${width}] axe: ${found.join('\n    ')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 0, `[a11y ${scheme} ${width}] the page scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: `${RESULTS}/builder-${width}-${scheme}.png`, fullPage: true });
      if (width === 390) {
        // The phone view a screen at a time, for a human look.
        for (const [heading, name] of [
          ['Preview', 'preview'],
          ['Problems (1)', 'problems'],
          ['3. Embed code', 'embed'],
        ]) {
          await (await byName(page, heading)).evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
          await page.screenshot({ path: `${RESULTS}/builder-390-${scheme}-${name}.png` });
        }
      }
      for (const problem of problems) check(false, `[a11y ${scheme} ${width}] ${problem}`);
      await page.close();
    }
  }
}
