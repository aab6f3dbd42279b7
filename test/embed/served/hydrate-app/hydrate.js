// What the README asks of an app that serves pre-rendered widgets: hydration first, then the tags.
import 'belarus-widgets/hydrate.js';
import 'belarus-widgets/define.js';
