'use client';
// Event handlers are client-side code: a client component that shows what a widget reported.
import { useState } from 'react';
import type { Problem } from 'belarus-widgets';
import { BelarusQuotes } from 'belarus-widgets/react';

export function MissingData() {
  const [problems, setProblems] = useState<Problem[]>([]);
  return (
    <>
      <BelarusQuotes id="missing" src="/missing.json" onDataError={(event) => setProblems(event.detail.problems)} />
      <p>
        Data problems: <output id="problems">{problems.map((problem) => problem.code).join(', ') || 'none'}</output>
      </p>
    </>
  );
}
