/**
 * The single-file classic script (`dist/belarus-widgets.min.js`): hydration for pre-rendered
 * widgets first (it must precede LitElement), then every tag registered and the one global
 * namespace `BelarusWidgets`. The build wraps the file so that loading it again on the same page
 * (two embeds in one article) does nothing at all: no second Lit, no second Trusted Types policy.
 */
import './hydrate.js';

export * from '../bundle.js';
