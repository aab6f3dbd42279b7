// The same suite in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi.
// `npm run test:firefox`; FIREFOX_PATH overrides the executable.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
if (!executablePath) {
  throw new Error('Firefox not found. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
}

export default {
  ...base,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true, args: [] },
    }),
  ],
};
