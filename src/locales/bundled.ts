/**
 * Every shipped language, in the file: the ES modules and the single-file script speak all of them
 * offline. The per-widget scripts are built with `on-demand.ts` in this module's place (see
 * scripts/build-scripts.mjs), which loads a language when a widget first needs it.
 */
import { be } from './be.js';
import { lt } from './lt.js';
import { pl } from './pl.js';
import { ru } from './ru.js';
import { installStrings } from './shipped-strings.js';
import { uk } from './uk.js';

installStrings('ru', ru);
installStrings('be', be);
installStrings('uk', uk);
installStrings('pl', pl);
installStrings('lt', lt);

/** A promise while `locale`'s strings are on their way; never, when every language is here. */
export function localeLoading(_locale: string): Promise<void> | undefined {
  return undefined;
}
