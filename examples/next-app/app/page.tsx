// A Server Component: belarus-widgets/react is a client module ('use client'), so its components
// render here with serialisable props (data, src, lang, theme, options), on the server and again
// when the page hydrates. Handlers are functions, so they live in a client component (below).
import { BelarusIndicators, BelarusQuotes, BelarusTimeline } from 'belarus-widgets/react';
import { MissingData } from './missing-data';

const events = [
  { date: '2021-05', title: 'Example app event' },
  { date: '2023', title: 'Second example event' },
];

export default function Page() {
  return (
    <main style={{ maxWidth: 720, margin: '0 auto' }}>
      <h1>belarus-widgets in Next.js</h1>
      <BelarusTimeline data={{ meta: { title: 'Newsroom timeline (example app)' }, events }} lang="en" theme="light" />
      <BelarusIndicators data={[{ indicator: 'Example app indicator', status: 'Measured', value: 3, max: 10 }]} sortBy="indicator" />
      <BelarusQuotes data={{ quotes: [{ text: 'A quote from the example app.', speaker: 'Example Speaker' }] }} />
      <MissingData />
    </main>
  );
}
