/**
 * The events the widgets fire: their names, the types of their `detail`, and which tag fires
 * which. Every one has an entry in `HTMLElementEventMap`, so in plain TypeScript
 * `element.addEventListener('belarus-data-error', (event) => event.detail.problems)` is typed;
 * the JSX, React, Vue and Svelte typings build their handler props from `BelarusWidgetsEventMap`.
 * All of them bubble and cross shadow roots (`composed`).
 */
import type { DataErrorDetail } from './controllers/data-source-controller.js';
import type { DownloadFile } from './indicators/download.js';
import type { SlideChangeDetail } from './quotes/quotes.js';
import type { EventSelectDetail } from './timeline/timeline.js';

export type { DataErrorDetail } from './controllers/data-source-controller.js';
export type { DownloadFile, DownloadFormat } from './indicators/download.js';
export type { SlideChangeDetail } from './quotes/quotes.js';
export type { EventSelectDetail } from './timeline/timeline.js';

/** Every widget: some or all of the data could not be used. */
export const DATA_ERROR_EVENT = 'belarus-data-error';
/** `<belarus-indicators>`: a download is about to start. */
export const DOWNLOAD_EVENT = 'belarus-download';
/** `<belarus-timeline>`: the reader selected an event. */
export const EVENT_SELECT_EVENT = 'belarus-event-select';
/** `<belarus-quotes>`: another quote is shown. */
export const SLIDE_CHANGE_EVENT = 'belarus-slide-change';

/** What every widget fires. */
export interface BelarusWidgetEvents {
  /** Some or all of the data could not be used; fired once per distinct set of problems. */
  'belarus-data-error': CustomEvent<DataErrorDetail>;
}

/** The events of each tag. */
export interface BelarusWidgetsEventMap {
  'belarus-indicators': BelarusWidgetEvents & {
    /** Before a download; cancel it (`preventDefault()`) to handle the file yourself. */
    'belarus-download': CustomEvent<DownloadFile>;
  };
  'belarus-timeline': BelarusWidgetEvents & {
    /** The reader selected an event (click, keyboard or deep link). */
    'belarus-event-select': CustomEvent<EventSelectDetail>;
  };
  'belarus-quotes': BelarusWidgetEvents & {
    /** Another quote is shown (button, picker, key, swipe or rotation). */
    'belarus-slide-change': CustomEvent<SlideChangeDetail>;
  };
}

declare global {
  interface HTMLElementEventMap {
    'belarus-data-error': CustomEvent<DataErrorDetail>;
    'belarus-download': CustomEvent<DownloadFile>;
    'belarus-event-select': CustomEvent<EventSelectDetail>;
    'belarus-slide-change': CustomEvent<SlideChangeDetail>;
  }
}
