/**
 * The single-file classic-script build (`dist/belarus-widgets.min.js`): registers every tag and
 * exposes the library as the one global `BelarusWidgets`.
 */
import './define.js';

export * from './index.js';
