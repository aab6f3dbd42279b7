import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';
import { hostPageCommands } from './test/hosts/browser-commands.mjs';
import { faultMiddleware } from './test/server/fault-middleware.mjs';
import { seedMiddleware } from './test/server/seed-middleware.mjs';
import { pointerPlugin } from './test/server/pointer-plugin.mjs';

const browser = await findBrowser();

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faultMiddleware(), seedMiddleware()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
    a11ySnapshotPlugin(),
    pointerPlugin(),
    hostPageCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROMIUM_ARGS },
      // Each test file gets its own window: tabs of one window hide each other, and current
      // Chromium gives a hidden tab no animation frames, so its tests would wait forever.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
};
