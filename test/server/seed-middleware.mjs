// Serves the article the default dataset is drawn from (test/fixtures/article, with its provenance)
// at /seed/article.txt, so the provenance test can check the dataset against it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ARTICLE = fileURLToPath(new URL('../fixtures/article/article.txt', import.meta.url));

export function seedMiddleware() {
  return async function seed(ctx, next) {
    if (ctx.path !== '/seed/article.txt') return next();
    try {
      ctx.body = await readFile(ARTICLE, 'utf8');
      ctx.type = 'text/plain; charset=utf-8';
    } catch {
      ctx.status = 404;
      ctx.body = `The article is expected at ${ARTICLE}`;
    }
  };
}
