// The browser tests that need only the public tags, run against what ships: the page loads the
// built classic script `dist/belarus-widgets.min.js` as a CMS page does, and the tests' imports of
// the define modules are answered with a module that only makes sure that script ran (pages of
// the tests, such as the timeline's iframe, get it added). Any other source module a listed file
// asks for fails it, so none of them tests the sources unseen.
// Run after `npm run build`: `web-test-runner --config web-test-runner.dist.config.mjs`.
import { existsSync } from 'node:fs';
import base from './web-test-runner.config.mjs';

const BUNDLE = 'dist/belarus-widgets.min.js';
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first.`);

/** Test files that reach the widgets only through their tags, attributes, properties and events. */
export const TAG_TESTS = [
  'test/indicators/a11y.test.ts',
  'test/indicators/indicators.test.ts',
  'test/indicators/interaction.test.ts',
  'test/timeline/interaction.test.ts',
  'test/timeline/long-lists.test.ts',
  'test/timeline/responsive.test.ts',
  'test/timeline/timeline.test.ts',
  'test/quotes/navigation.test.ts',
  'test/quotes/quotes.test.ts',
  'test/quotes/rotation.test.ts',
  'test/quotes/states.test.ts',
  'test/security/malformed.test.ts',
  'test/security/lifecycle.test.ts',
  'test/timeline/zoom.test.ts',
  'test/lang/*.test.ts',
  'test/i18n/widgets.test.ts',
  'test/i18n/page-text.test.ts',
  'test/hosts/*.test.ts',
  'test/built/*.test.ts',
];

const DEFINE_MODULE = /^\/src\/(?:[a-z-]+\/)?define\.(?:js|ts)$/;

const LOAD_BUNDLE = `if (!globalThis.BelarusWidgets) {
  await new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/${BUNDLE}', onload: resolve });
    script.onerror = () => reject(new Error('${BUNDLE} did not load'));
    document.head.append(script);
  });
}
`;

function builtTagsMiddleware() {
  return async function builtTags(ctx, next) {
    if (!ctx.path.startsWith('/src/')) return next();
    ctx.type = 'text/javascript';
    ctx.body = DEFINE_MODULE.test(ctx.path)
      ? LOAD_BUNDLE
      : `throw new Error('The built-files suite serves no sources, but a test imports ${ctx.path}: list only tests that need just the tags.');\n`;
  };
}

export default {
  ...base,
  files: TAG_TESTS,
  middleware: [builtTagsMiddleware(), ...(base.middleware ?? [])],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><script src="/${BUNDLE}"></script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
};
