// A producer pastes cells copied from a spreadsheet: the preview is ready with every readable
// row, the live status counts the problems, choosing a problem shows its row, and the script
// snippet, pasted into a fresh article page with the built script, shows the same rows.
import { readFileSync } from 'node:fs';
import { articlePage, articleRows, byName, check, embedFor, inBuilder, openBuilder, previewReady, previewRows, violations, widgetsReady } from './harness.mjs';

const CELLS = readFileSync(new URL('fixtures/sheet-cells.tsv', import.meta.url), 'utf8');

/** Opens the builder and pastes the fixture's cells into "Paste data" as one insertion, as a paste is. */
export async function builderWithPastedCells(options) {
  const opened = await openBuilder(options);
  const field = await byName(opened.page, 'Paste data');
  await field.focus();
  await opened.page.keyboard.sendCharacter(CELLS);
  const notReady = await previewReady(opened.page);
  check(!notReady, `[paste] preview not ready: ${notReady}`);
  return opened;
}

export async function pasted() {
  const { page, problems, server } = await builderWithPastedCells();
  const status = await inBuilder(page, (root) => root.querySelector('#status').textContent.trim());
  check(/4 rows ready for the timeline\. 1 problem: 1 row left out\./.test(status), `[paste] status says “${status}”`);
  const widget = await inBuilder(page, (root) => root.querySelector('#widget').value);
  check(widget === 'timeline', `[paste] the widget guessed from the columns is ${widget}, not timeline`);
  const rows = await previewRows(page);
  check(rows.length === 4 && rows.includes('Mass protests'), `[paste] the preview shows ${JSON.stringify(rows)}`);

  // The problem names its row, field and value; choosing it focuses that row of the table.
  const problem = await inBuilder(page, (root) => root.querySelector('.problem')?.textContent.replace(/\s+/g, ' ').trim() ?? '');
  check(/Row left out · Row 5, field “date” · value “31\.02\.2023”/.test(problem), `[paste] the problem reads “${problem}”`);
  await (await byName(page, 'Show row 5')).click();
  await page.waitForFunction(() => document.querySelector('belarus-builder').shadowRoot.activeElement?.id === 'data-row-5');
  const row = await inBuilder(page, (root) => {
    const focused = root.activeElement;
    return { current: focused.getAttribute('aria-current'), text: focused.textContent.replace(/\s+/g, ' ').trim() };
  });
  check(row.current === 'true' && row.text.includes('31.02.2023'), `[paste] the focused row is ${JSON.stringify(row)}`);

  // The script snippet (data inline) in a fresh page with the built script, under the strict CSP.
  const { code } = await embedFor(page, 'Script');
  check(code.includes('<script type="application/json">') && code.includes('/dist/belarus-timeline.min.js'), `[paste] script snippet: ${code.slice(0, 200)}`);

  // Copied from the keyboard; the live region says so, and the clipboard holds the code.
  await page.browserContext().overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await (await byName(page, 'Copy embed code')).focus();
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(() => document.querySelector('belarus-builder').shadowRoot.querySelector('#notice').textContent.includes('copied'), { timeout: 5000 })
    .catch(() => check(false, '[paste] no “copied” in the live region after Copy embed code'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === code, `[paste] the clipboard holds ${JSON.stringify(copied.slice(0, 80))}…`);
  const article = await articlePage(server, code);
  const notReady = await widgetsReady(article.page);
  check(!notReady, `[paste] the pasted snippet’s widget is not ready: ${notReady}`);
  const shown = await articleRows(article.page);
  check(JSON.stringify(shown) === JSON.stringify(rows), () => `[paste] the article shows ${JSON.stringify(shown)}, the preview ${JSON.stringify(rows)}`);
  const csp = [...(await violations(page)), ...(await violations(article.page))];
  check(csp.length === 0, `[paste] CSP violations: ${csp.join('; ')}`);
  for (const problem of [...problems, ...article.problems]) check(false, `[paste] ${problem}`);
  await article.page.close();
  await page.close();
}
