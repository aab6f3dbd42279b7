// The product's goals, each written once here: what it asks, the rule, and this run's figure.
// The report opens with them (bench/results/results.md); a goal whose measurement did not run
// says so instead of a verdict. The size goals come from package.json's `sizeBudget`
// (`goalGzipBytes` per file), so that is where they are changed.
import { kb, ms, num, ratio, spread } from './markdown.mjs';

export const FRAME_MS = 1000 / 60;

/** Render ratios: ours ÷ the peer that does the same job, on the article's data (render cases). */
export const RENDER_RATIO_GOALS = [
  { caseId: 'timeline-article', widget: 'timeline', peer: 'TimelineJS', max: 0.3, data: "the article's events" },
  { caseId: 'quotes-article', widget: 'quotes', peer: 'Splide', max: 1.0, data: "the article's quotes" },
  { caseId: 'table-article', widget: 'indicators', peer: 'Grid.js', max: 0.8, data: "the article's rows" },
];

/** The render cases on the article's data: each widget's first render must fit in a frame and force no layout. */
const ARTICLE_CASES = [
  { id: 'timeline-article', widget: 'timeline' },
  { id: 'quotes-article', widget: 'quotes' },
  { id: 'table-article', widget: 'indicators' },
];

const WIDGET_NAMES = { timeline: 'timeline', quotes: 'quotes', indicators: 'table' };

/**
 * A goal's row: `met` is true or false, or undefined when this run has no figure for it;
 * `reported: true` marks a figure without a goal.
 */
const row = (area, goal, figure, met, reported = false) => ({ area, goal, figure, met, reported });

export const verdictOf = (goal) => (goal.reported ? 'reported' : goal.met === undefined ? 'n/a' : goal.met ? '**met**' : '**not met**');

const notMeasured = (part) => `not measured in this run (\`--only\` without \`${part}\`, or it failed: see below)`;

/** The script a render figure came from, when it is not the widget's own file. */
const scriptNote = (testCase) =>
  testCase.ownScript === false ? `; measured with ${testCase.script ?? 'the all-in-one'} (the build has no per-widget file)` : '';

function sizeGoals(results) {
  const files = results.size?.files;
  if (!files) return [row('Size', 'Each classic script at or under its gzip -9 goal (package.json `sizeBudget`)', notMeasured('size'))];
  return files.map((file) => {
    const who = file.widget ? WIDGET_NAMES[file.widget] : 'all three in one';
    const built = file.shipped ? '' : ` (no \`${file.file}\` in dist: measured on \`${file.measured}\`, built here from the sources)`;
    return row(
      'Size',
      `${who}: \`${file.file}\` ≤ ${kb(file.goalGzipBytes)} gzip -9 (${file.goal})`,
      `${kb(file.gzip)}: ${ratio(file.gzip / file.goalGzipBytes)} the goal${built}`,
      file.gzip <= file.goalGzipBytes,
    );
  });
}

function renderRatioGoals(results) {
  return RENDER_RATIO_GOALS.map((goal) => {
    const label = `${WIDGET_NAMES[goal.widget]} ≤ ${num(goal.max, 2)}× ${goal.peer} on ${goal.data}`;
    const testCase = results.render?.cases.find((item) => item.id === goal.caseId);
    if (!testCase) return row('Render', label, notMeasured('render'));
    const ours = testCase.sides.ours;
    const peer = testCase.sides[testCase.peer];
    const value = ours.alone.netTaskMs / peer.alone.netTaskMs;
    const valid = Number.isFinite(value) && value > 0;
    return row(
      'Render',
      label,
      `${ratio(value)}: render-alone CPU ${ms(ours.alone.netTaskMs)} vs ${ms(peer.alone.netTaskMs)} ` +
        `(wall to paint: ${ratio(ours.ms.median / peer.ms.median)})${scriptNote(testCase)}`,
      valid ? value <= goal.max : undefined,
    );
  });
}

function frameGoals(results) {
  return ARTICLE_CASES.map(({ id, widget }) => {
    const testCase = results.render?.cases.find((item) => item.id === id);
    const label = `${WIDGET_NAMES[widget]}: first render within one frame (render-alone CPU ≤ ${num(FRAME_MS)} ms) on the article's data`;
    if (!testCase) return row('Render', label, notMeasured('render'));
    const { alone } = testCase.sides.ours;
    return row(
      'Render',
      label,
      `${ms(alone.netTaskMs)} (median of ${alone.n}; long tasks median ${num(alone.longTasks.median, 0)})${scriptNote(testCase)}`,
      Number.isFinite(alone.netTaskMs) ? alone.netTaskMs <= FRAME_MS : undefined,
    );
  });
}

function forcedLayoutGoals(results) {
  return ARTICLE_CASES.map(({ id, widget }) => {
    const testCase = results.render?.cases.find((item) => item.id === id);
    const label = `${WIDGET_NAMES[widget]}: no forced synchronous layout in its first render (article's data)`;
    const forced = testCase?.sides.ours.trace?.forced;
    if (!forced) return row('Layout', label, notMeasured('render'));
    const layouts = forced.where.filter((item) => item.kind === 'layout');
    const styles = forced.where.filter((item) => item.kind === 'style');
    const list = (items) => [...new Set(items.map((item) => `\`${item.at}\``))].join(', ');
    const figure = [
      layouts.length ? `${layouts.length} forced layout(s), ${ms(forced.layoutMs)}, at ${list(layouts)}` : 'no forced layout',
      styles.length ? `${styles.length} forced style recalculation(s), ${ms(forced.styleMs)}, at ${list(styles)}` : 'no forced style recalculation',
    ].join('; ');
    return row('Layout', label, `${figure} (one traced run)${scriptNote(testCase)}`, forced.layouts === 0);
  });
}

function clsGoal(results) {
  const label = 'no layout shift while the data comes from a slow `src` (CLS 0)';
  const c = results.cls;
  if (!c) return row('Layout shift', label, notMeasured('cls'));
  const figures = (rows) => rows.map((item) => `${WIDGET_NAMES[item.widget]} ${num(item.cls.max, 4)}`).join(', ');
  // The case with room reserved for the data (a `reserve` attribute) answers this goal once
  // cls.mjs measures it (`reserved`: rows shaped like `widgets`); until then the slow-`src`
  // case without it stands in, and the row says so.
  if (c.reserved?.length) {
    const worst = Math.max(...c.reserved.map((item) => item.cls.max));
    return row('Layout shift', `${label}, room reserved`, `largest CLS ${num(worst, 4)} (${figures(c.reserved)})`, worst === 0);
  }
  const worst = Math.max(...c.widgets.map((item) => item.cls.max));
  return row(
    'Layout shift',
    label,
    `largest CLS ${num(worst, 4)} (${figures(c.widgets)}), \`src\` answered after ${c.widgets[0]?.delayMs ?? 'n/a'} ms, no room reserved: ` +
      '**the room-reserved case is not in bench/lib/cls.mjs yet**',
    worst === 0,
  );
}

function spreadsheetRows(results) {
  const p = results.parse;
  const label = `spreadsheet rows: ${p ? p.rows.toLocaleString('en-US') : '10,000'} synthetic rows from a CSV \`src\`, setting \`src\` to first paint`;
  if (!p) return row('Spreadsheet rows', label, notMeasured('parse'), undefined, true);
  const figure = p.cases
    .map((item) => {
      const side = item.widgetSide;
      return (
        `${item.label}: ${spread(side.paintMs)} (fetch ${ms(side.fetchMs.median)}, then ready after ${ms(side.afterResponseMs.median)}; ` +
        `the pipeline alone ${ms(item.pipeline.pipelineMs.median)})`
      );
    })
    .join('<br>');
  return row('Spreadsheet rows', label, figure, undefined, true);
}

/** Every goal with this run's figure, in report order. */
export function evaluateGoals(results) {
  return [
    ...sizeGoals(results),
    ...renderRatioGoals(results),
    ...frameGoals(results),
    ...forcedLayoutGoals(results),
    clsGoal(results),
    spreadsheetRows(results),
  ];
}
