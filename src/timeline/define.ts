/** Registers `<belarus-timeline>` (guarded: safe to load twice). */
import { defineElement } from '../widget/define-element.js';
import { BelarusTimeline } from './timeline.js';

defineElement('belarus-timeline', BelarusTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'belarus-timeline': BelarusTimeline;
  }
}

export { BelarusTimeline };
// Brings the widgets' entries in HTMLElementEventMap along with the tag's.
export type { BelarusWidgetsEventMap } from '../events.js';
