// Type-checked only (tsc --strict, skipLibCheck false), never bundled: the README's JSX set-up
// for plain tags in React, and a plain element's typed event.
import 'belarus-widgets/define.js';
import type { BelarusWidgetsElements } from 'belarus-widgets/jsx';
declare module 'react' { namespace JSX { interface IntrinsicElements extends BelarusWidgetsElements {} } }
const events = [{ date: '2020', title: 'Sanctions' }];
export const A = () => <belarus-timeline data={{ events }} lang="en" theme="dark" style={{ maxWidth: 600 }} />;
const el = document.createElement('belarus-timeline');
el.addEventListener('belarus-data-error', (e) => console.log(e.detail.problems.length));

// Refs, handlers and each widget's own attributes.
import { useRef } from 'react';
import type { BelarusQuotes } from 'belarus-widgets';
export function B() {
  const quotes = useRef<BelarusQuotes>(null);
  return (
    <>
      <belarus-quotes ref={quotes} autoplay interval={6000} onbelarus-slide-change={(e) => console.log(e.detail.index)} />
      <belarus-indicators sort-by="status" onbelarus-download={(e) => e.detail.filename.endsWith('.csv')} />
      {/* @ts-expect-error: not a theme */}
      <belarus-timeline theme="sepia" />
      {/* @ts-expect-error: the detail of belarus-event-select has no problems */}
      <belarus-timeline onbelarus-event-select={(e) => e.detail.problems} />
    </>
  );
}

// The React components: camelCase options, typed handlers.
import { BelarusIndicators, BelarusTimeline } from 'belarus-widgets/react';
export const C = () => (
  <>
    <BelarusTimeline deepLink selected="sanctions" onDataError={(e) => e.detail.problems.map((p) => p.code)} onEventSelect={(e) => e.detail.id} />
    {/* @ts-expect-error: not a column */}
    <BelarusIndicators sortBy="value" />
  </>
);
