// Scale: the timeline at 5,000 events and the table at 10,000 rows, ours and the peer: first
// render, then interaction steps on the same page (sort, next page / next event, last event),
// with long tasks (> 50 ms) counted for each. Sides alternate within every repetition.
import { summarize } from './stats.mjs';
import { openBenchPage } from './browser.mjs';
import { writePage } from './pages.mjs';
import { retrying } from './retry.mjs';

export function scaleCases({ tablePageSize, reps, peerTimelineReps }) {
  return [
    {
      id: 'timeline-5000',
      widget: 'timeline',
      label: 'Timeline, 5,000 synthetic events',
      sides: [
        { lib: 'ours', data: 'events-5000', steps: ['next', 'end'], reps },
        // TimelineJS needs ~10 s or more for a first render at this size: fewer repetitions.
        { lib: 'timelinejs', data: 'events-5000-timelinejs', steps: ['next', 'end'], reps: peerTimelineReps },
      ],
    },
    {
      id: 'table-10000',
      widget: 'indicators',
      label: 'Table, 10,000 synthetic rows',
      sides: [
        { lib: 'ours', data: 'rows-10000', steps: ['sort', 'next'], reps },
        { lib: 'gridjs', data: 'rows-10000', steps: ['sort', 'next'], reps, attributes: { 'page-size': tablePageSize } },
      ],
    },
  ];
}

export async function measureScale(root, { browser, baseUrl, reps, peerTimelineReps, log, tablePageSize }) {
  const cases = scaleCases({ tablePageSize, reps, peerTimelineReps });
  const errors = [];
  const results = [];
  const retries = [];
  const attempt = retrying(retries, log);
  for (const testCase of cases) {
    const sides = testCase.sides.map((side) => ({
      ...side,
      url: writePage(root, {
        name: `scale-${testCase.id}--${side.lib}`,
        lib: side.lib,
        widget: testCase.widget,
        data: side.data,
        extra: ['steps.js'],
        attributes: side.attributes,
      }),
      runs: [],
    }));
    const most = Math.max(...sides.map((side) => side.reps));
    for (let rep = 0; rep < most; rep++) {
      const turn = rep % sides.length;
      for (const side of [...sides.slice(turn), ...sides.slice(0, turn)]) {
        if (rep >= side.reps) continue;
        try {
          const run = await attempt(`scale ${testCase.id} ${side.lib}`, async () => {
            const outcome = await openBenchPage(browser, baseUrl + side.url, { timeout: 120_000, keep: true });
            try {
              if (outcome.error || !outcome.result) throw new Error(outcome.error ?? 'no result');
              const steps = {};
              for (const step of side.steps) steps[step] = await outcome.page.evaluate((name) => window.__benchStep(name), step);
              const { ms, longTasks, nodes } = outcome.result;
              return { firstRender: { ms, longTasks, taskMs: outcome.cpu.taskMs, nodes }, steps };
            } finally {
              await outcome.close();
            }
          });
          side.runs.push(run);
        } catch (error) {
          errors.push({ case: testCase.id, side: side.lib, error: String(error.message ?? error) });
        }
      }
      log(`scale ${testCase.id}: repetition ${rep + 1}/${most} done`);
    }
    results.push({
      id: testCase.id,
      label: testCase.label,
      sides: Object.fromEntries(
        sides.map((side) => [
          side.lib,
          {
            n: side.runs.length,
            firstRender: {
              ms: summarize(side.runs.map((run) => run.firstRender.ms)),
              taskMs: summarize(side.runs.map((run) => run.firstRender.taskMs)),
              longTasks: summarize(side.runs.map((run) => run.firstRender.longTasks.count)),
              longestTaskMs: summarize(side.runs.map((run) => run.firstRender.longTasks.longestMs)),
              nodes: side.runs[0]?.firstRender.nodes ?? null,
            },
            steps: Object.fromEntries(
              side.steps.map((step) => [
                step,
                {
                  ms: summarize(side.runs.map((run) => run.steps[step]?.ms)),
                  longTasks: summarize(side.runs.map((run) => run.steps[step]?.longTasks.count)),
                  longestTaskMs: summarize(side.runs.map((run) => run.steps[step]?.longTasks.longestMs)),
                  changed: side.runs.every((run) => run.steps[step]?.changed),
                },
              ]),
            ),
          },
        ]),
      ),
    });
  }
  return { cases: results, errors, retries };
}
