// Test-runner commands the host-page tests need beyond @web/test-runner-commands:
//  - `emulate-media-features` sets forced colours, colour scheme and reduced motion together.
//    The built-in `emulateMedia` drops `forcedColors` under puppeteer, and every call of
//    puppeteer's `emulateMediaFeatures` replaces the whole set, so they are sent as one list.
//  - `save-screenshot` saves the test page (or a clip of it) as a PNG under test-results/hosts/,
//    to look at.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const FEATURES = {
  forcedColors: 'forced-colors',
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
};
const SCREENSHOTS = resolve('test-results/hosts');

export function hostPageCommands() {
  return {
    name: 'host-page-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'save-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs a puppeteer browser`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-media-features') {
        // An empty value lifts the emulation of that feature.
        const features = Object.entries(FEATURES).map(([key, name]) => ({ name, value: String(payload?.[key] ?? '') }));
        await page.emulateMediaFeatures(features);
        return true;
      }
      const name = String(payload?.name ?? '');
      if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name "${name}" must be a plain file name`);
      const path = resolve(SCREENSHOTS, `${name}.png`);
      await mkdir(dirname(path), { recursive: true });
      // A clip (page coordinates) shows one widget; without one, the whole page.
      const clip = payload?.clip;
      await page.screenshot(clip ? { path, clip, captureBeyondViewport: true } : { path, fullPage: true, captureBeyondViewport: true });
      return path;
    },
  };
}
