// For the by-hand measuring and screenshot scripts under test/: the TypeScript sources served as
// the browser tests see them (Lit in production mode), and a headless Chromium beside them.
// Returns the server's base URL, the browser, and `close()` for both.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs';

export async function serveSourcesWithBrowser() {
  const server = await startDevServer({
    config: {
      rootDir: process.cwd(),
      port: 0,
      nodeResolve: { exportConditions: ['production'] },
      plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const base = `http://localhost:${server.server.address().port}`;
  const chromium = await findBrowser();
  const browser = await puppeteer.launch({ executablePath: chromium.executablePath, env: chromium.env, headless: true, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
