/**
 * Side-effect-free entry: classes, types and pure helpers. Importing it registers no tags; import
 * `belarus-widgets/define.js` (or a widget's own define module) for that.
 */
export * from './api.js';
export { BelarusIndicators } from './indicators/indicators.js';
export { BelarusTimeline } from './timeline/timeline.js';
export { BelarusQuotes } from './quotes/quotes.js';
