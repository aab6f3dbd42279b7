/** The widgets by name, the kind of rows each reads, and how the builder names them. */
import type { RowKind } from '../data/types.js';
import { WIDGET_NAMES, type WidgetName } from '../embed/widgets.js';

export const KIND_OF: Record<WidgetName, RowKind> = { indicators: 'indicators', timeline: 'events', quotes: 'quotes' };

export function widgetFor(kind: RowKind): WidgetName {
  return WIDGET_NAMES.find((name) => KIND_OF[name] === kind)!;
}

export const WIDGET_LABELS: Record<WidgetName, string> = {
  indicators: 'Table of numbers (indicators)',
  timeline: 'Timeline (events)',
  quotes: 'Quote carousel (quotes)',
};

/** What a frame's title adds to the headline, so a screen reader knows what the frame holds. */
export const WIDGET_NOUNS: Record<WidgetName, string> = { indicators: 'table', timeline: 'timeline', quotes: 'quotes' };
