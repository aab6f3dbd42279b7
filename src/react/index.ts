/**
 * `belarus-widgets/react`: the three widgets as typed React components, for client-rendered
 * apps and for server rendering with hydration (Next.js, Remix, `react-dom/server`).
 *
 *   import { BelarusTimeline } from 'belarus-widgets/react';
 *   <BelarusTimeline data={{ events }} lang="en" onDataError={(e) => report(e.detail.problems)} />
 *
 * Props: `data`, `src`, `lang`, `theme` and each widget's own options as properties (camelCase:
 * `sortBy`, `deepLink`, `pageSize`), one `on...` handler per event (`onDataError`, `onDownload`,
 * `onEventSelect`, `onSlideChange`), and React's props for any element (`className`, `style`,
 * `ref`, `children` for slots). Each component registers its own tag when it first mounts.
 *
 * The built module starts with `'use client'`: a Next.js Server Component can render these
 * components with serialisable props; handlers need a client component of your own.
 */
import type { BelarusWidgetsEventMap } from '../events.js';
import { BelarusIndicators as IndicatorsElement } from '../indicators/indicators.js';
import { BelarusQuotes as QuotesElement } from '../quotes/quotes.js';
import { BelarusTimeline as TimelineElement } from '../timeline/timeline.js';
import { widgetComponent, type WidgetComponentProps } from './widget-component.js';

type Events<Tag extends keyof BelarusWidgetsEventMap> = BelarusWidgetsEventMap[Tag];

export type BelarusIndicatorsProps = WidgetComponentProps<IndicatorsElement, Events<'belarus-indicators'>>;
export type BelarusTimelineProps = WidgetComponentProps<TimelineElement, Events<'belarus-timeline'>>;
export type BelarusQuotesProps = WidgetComponentProps<QuotesElement, Events<'belarus-quotes'>>;

/** "By the Numbers": the indicator table. Events: `onDataError`, `onDownload` (cancel it to save the file yourself). */
export const BelarusIndicators = widgetComponent<IndicatorsElement, Events<'belarus-indicators'>>('belarus-indicators', IndicatorsElement, {
  'belarus-data-error': true,
  'belarus-download': true,
});

/** Dated events on a time scale. Events: `onDataError`, `onEventSelect`. */
export const BelarusTimeline = widgetComponent<TimelineElement, Events<'belarus-timeline'>>('belarus-timeline', TimelineElement, {
  'belarus-data-error': true,
  'belarus-event-select': true,
});

/** The quote carousel. Events: `onDataError`, `onSlideChange`. */
export const BelarusQuotes = widgetComponent<QuotesElement, Events<'belarus-quotes'>>('belarus-quotes', QuotesElement, {
  'belarus-data-error': true,
  'belarus-slide-change': true,
});

export type { EventHandlerProps, WidgetComponent, WidgetComponentProps } from './widget-component.js';
