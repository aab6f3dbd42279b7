/**
 * Hydration of pre-rendered widgets (`dist/static/`, `belarus-widgets embed --mode static`) for
 * npm users: import it before `belarus-widgets/define.js` (or a widget's define module), so the
 * server's markup is taken over in place instead of rendered a second time. It brings Lit's
 * hydrate support along with the widgets' guards (src/embed/hydrate.ts). Registers no tags.
 */
import './embed/hydrate.js';
