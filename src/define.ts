/** Registers all three tags. Each registration is guarded, so loading this twice is harmless. */
import './indicators/define.js';
import './timeline/define.js';
import './quotes/define.js';

export { BelarusIndicators } from './indicators/indicators.js';
export { BelarusTimeline } from './timeline/timeline.js';
export { BelarusQuotes } from './quotes/quotes.js';
