/**
 * Some test-runner commands (accessibility snapshots, media emulation) need the Chrome DevTools
 * Protocol, which Firefox over WebDriver BiDi does not offer. Tests that use them run in Chromium
 * and are skipped, visibly, in Firefox; everything else runs in both.
 */
export const hasCdp = !navigator.userAgent.includes('Firefox');
export const itWithCdp: Mocha.TestFunction = hasCdp ? it : (it.skip as unknown as Mocha.TestFunction);
export const describeWithCdp: Mocha.SuiteFunction = hasCdp ? describe : (describe.skip as unknown as Mocha.SuiteFunction);
