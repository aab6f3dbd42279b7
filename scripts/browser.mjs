// Finds a Chromium for tests and page checks, with no manual set-up:
//   1. CHROME_PATH, if set;
//   2. an installed Chrome or Chromium;
//   3. the Chromium inside the @sparticuz/chromium npm package (Linux x64), with its bundled
//      libraries on LD_LIBRARY_PATH.
// If none can be had, it throws an error that says exactly what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function onPath(names) {
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

let cached;

/** @returns {Promise<{ executablePath: string, env?: NodeJS.ProcessEnv, origin: string }>} */
export async function findBrowser() {
  if (cached) return cached;
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    return (cached = { executablePath: process.env.CHROME_PATH, origin: 'CHROME_PATH' });
  }
  const installed = INSTALLED.find((path) => existsSync(path)) ?? onPath(['chromium', 'chromium-browser', 'google-chrome']);
  if (installed) return (cached = { executablePath: installed, origin: 'installed' });
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: chromium, inflate } = await import('@sparticuz/chromium');
      const bin = new URL('../bin/', import.meta.resolve('@sparticuz/chromium'));
      const executablePath = await chromium.executablePath();
      const libs = `${await inflate(new URL('al2023.tar.br', bin).pathname)}/lib`;
      const env = { ...process.env, LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
      return (cached = { executablePath, env, origin: '@sparticuz/chromium' });
    } catch (error) {
      throw new Error(`${notFound()}\n(@sparticuz/chromium failed: ${error.message})`, { cause: error });
    }
  }
  throw new Error(notFound());
}

function notFound() {
  return [
    'No Chromium or Chrome found for the browser tests. Install one of:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  macOS:          brew install --cask chromium   (or Google Chrome)',
    '  any system:     set CHROME_PATH=/path/to/chrome',
  ].join('\n');
}
