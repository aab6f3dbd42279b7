// The app of the server-rendering test: rendered to HTML by react-dom/server in Node, then
// hydrated in the browser with the same props. Every `data` prop is a new object on every
// render, as in most apps, and two error handlers set state, which re-renders the app.
import { useState } from 'react';
import { BelarusIndicators, BelarusQuotes, BelarusTimeline } from '../../src/react/index.ts';

export const APP_TEXT = {
  timelineTitle: 'Our newsroom timeline',
  event: 'Our first event',
  indicator: 'Our indicator',
  quote: 'Our quote, not the article’s.',
};

const events = [
  { date: '2021-05', title: APP_TEXT.event },
  { date: '2023', title: 'Our second event' },
];

/** Handlers report here too, so the page can count calls that set no state. */
const record = (name, event) => globalThis.__handled?.push({ name, code: event.detail.problems[0]?.code, origin: event.detail.origin });

export function App() {
  const [missingErrors, setMissingErrors] = useState(0);
  const [badRowErrors, setBadRowErrors] = useState(0);
  return (
    <main>
      <BelarusTimeline id="timeline" data={{ meta: { title: APP_TEXT.timelineTitle }, events }} lang="en" theme="dark" />
      <BelarusIndicators id="indicators" data={[{ indicator: APP_TEXT.indicator, status: 'Measured', value: 3, max: 10 }]} sortBy="indicator" />
      <BelarusQuotes id="quotes" data={{ quotes: [{ text: APP_TEXT.quote, speaker: 'A. Reporter' }] }} index={0} />
      <BelarusQuotes
        id="missing"
        src="/missing.json"
        onDataError={(event) => {
          record('missing', event);
          setMissingErrors((n) => n + 1);
        }}
      />
      <BelarusTimeline
        id="bad-row"
        data={{ events: [{ date: 'not a date', title: 'Broken row' }, ...events] }}
        onDataError={(event) => {
          record('bad-row', event);
          setBadRowErrors((n) => n + 1);
        }}
      />
      <output id="counts">{`${missingErrors} ${badRowErrors}`}</output>
    </main>
  );
}
