/**
 * What scripts/prerender.mjs needs from the sources, built for Node with the same minified
 * templates as the classic script (see rollup.config.mjs): the registered widgets, and the
 * snippet composer the generator uses, so both write the same markup.
 */
import '../define.js';

export { LOCALES } from '../format/locale.js';
export { VERSION } from '../version.js';
export { PRERENDERED_ATTRIBUTE } from './prerendered.js';
export { defaultBase, staticSnippet } from './snippet.js';
export { tagOf, WIDGET_NAMES } from './widgets.js';
export { defaultDataFor } from '../data/default-dataset.js';
export { periodEnd } from '../format/partial-date.js';
export { AROUND_PICTURE_EM } from '../timeline/geometry.js';
export { layoutTimeline } from '../timeline/layout.js';
export { buildModel } from '../timeline/model.js';
