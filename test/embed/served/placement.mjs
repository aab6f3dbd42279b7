// Inline data wherever the CMS puts the script: in <head> without defer (tags upgraded before
// their children are parsed), with defer, async, and at the end of <body>. Every widget must show
// its inline data, never the bundled default.
import { env, expect, open, report, shadowText, waitReady } from './harness.mjs';

const PAGE = '/demo/embed/script-in-head.html';
const SCRIPT = '<script src="../../dist/belarus-widgets.min.js"></script>';
const PLACEMENTS = {
  'head, no defer': (html) => html,
  'head, defer': (html) => html.replace(SCRIPT, SCRIPT.replace('><', ' defer><')),
  'head, async': (html) => html.replace(SCRIPT, SCRIPT.replace('><', ' async><')),
  'end of body': (html) => html.replace(SCRIPT, '').replace('</body>', `${SCRIPT}</body>`),
};
const EXPECTED = {
  'belarus-indicators': 'Synthetic status A',
  'belarus-timeline': 'Synthetic event B',
  'belarus-quotes': 'Synthetic quote A.',
};

export async function scriptPlacement() {
  for (const [placement, rewrite] of Object.entries(PLACEMENTS)) {
    const { page, problems } = await open(env.plain, PAGE, { rewrite: { [PAGE]: rewrite } });
    const notReady = await waitReady(page.mainFrame(), 3);
    expect(!notReady, `[script ${placement}] widgets not ready: ${notReady}`);
    for (const [tag, text] of Object.entries(EXPECTED)) {
      const shown = await shadowText(page.mainFrame(), tag);
      expect(shown.includes(text), `[script ${placement}] ${tag} does not show its inline data ("${text}")`);
      expect(!shown.includes('Lukashenko') && !shown.includes('Freedom House'), `[script ${placement}] ${tag} shows the bundled dataset`);
    }
    report(`script ${placement}`, problems);
    await page.close();
  }
}
