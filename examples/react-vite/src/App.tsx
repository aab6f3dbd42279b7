// The app's own data in all three widgets, and what it does when a data file is missing.
import { useState } from 'react';
import type { DataErrorDetail } from 'belarus-widgets';
import { BelarusIndicators, BelarusQuotes, BelarusTimeline } from 'belarus-widgets/react';

const events = [
  { date: '2021-05', title: 'Example app event' },
  { date: '2023', title: 'Second example event' },
];

export function App() {
  const [problems, setProblems] = useState<DataErrorDetail['problems']>([]);
  const [selected, setSelected] = useState<string>();
  return (
    <main style={{ maxWidth: 720, margin: '0 auto' }}>
      <h1>belarus-widgets in a React app</h1>
      <BelarusTimeline data={{ meta: { title: 'Newsroom timeline (example app)' }, events }} lang="en" theme="light" onEventSelect={(event) => setSelected(event.detail.event.title)} />
      <p>Selected: <output id="selected">{selected ?? 'none'}</output></p>
      <BelarusIndicators data={[{ indicator: 'Example app indicator', status: 'Measured', value: 3, max: 10 }]} sortBy="indicator" />
      <BelarusQuotes data={{ quotes: [{ text: 'A quote from the example app.', speaker: 'Example Speaker' }] }} />
      <BelarusQuotes id="missing" src="/missing.json" onDataError={(event) => setProblems(event.detail.problems)} />
      <p>Data problems: <output id="problems">{problems.map((problem) => problem.code).join(', ') || 'none'}</output></p>
    </main>
  );
}
