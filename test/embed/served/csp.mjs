// Every kind of embed page served with the strict CSP and Trusted Types, interacted with: zero
// violations, and a control on each page that shows the policy is enforced.
import { env, expect, figures, open, report, sleep, waitReady } from './harness.mjs';

export async function strictCsp(consumerBuilt) {
  const pages = ['/demo/', '/demo/embed/script-twice.html', '/demo/embed/iframe.html', '/dist/static/demo.html'];
  if (consumerBuilt) pages.push('/examples/npm-consumer/index.html');
  let total = 0;
  for (const path of pages) {
    const { page, problems } = await open(env.strict, path, { height: 3000 });
    const frames = [page.mainFrame(), ...(await Promise.all((await page.$$('iframe')).map((handle) => handle.contentFrame())))];
    for (const frame of frames) {
      const notReady = await waitReady(frame);
      expect(!notReady, `[CSP ${path}] widgets not ready: ${notReady}`);
      // Interact, so that templates rendered after load go through the Trusted Types policy too.
      await frame.evaluate(() => {
        document.querySelector('belarus-quotes')?.shadowRoot.querySelector('button.next')?.click();
        document.querySelector('belarus-indicators')?.shadowRoot.querySelector('th button')?.click();
        document.querySelector('belarus-timeline')?.shadowRoot.querySelector('button.select')?.click();
      });
    }
    await sleep(300);
    const violations = (await Promise.all(frames.map((frame) => frame.evaluate(() => window.__embedCheck.violations)))).flat();
    total += violations.length;
    expect(violations.length === 0, `[CSP ${path}] ${violations.length} violations: ${violations.join(' | ')}`);
    const seen = problems.length;
    // Control: the policy is really enforced on this page (a raw HTML sink is refused and reported).
    const control = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (error) {
        return error.name;
      }
    });
    await sleep(50);
    const reported = await page.evaluate(() => window.__embedCheck.violations.length);
    expect(control === 'TypeError' && reported === 1, `[CSP ${path}] Trusted Types not enforced (control: ${control}, reported ${reported})`);
    report(`CSP ${path}`, problems.slice(0, seen));
    await page.close();
  }
  figures['CSP + Trusted Types: violations on 5 pages'] = total;
}
