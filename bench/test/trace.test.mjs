// Forced synchronous layouts in a Chrome trace: what forcedLayouts counts and what it leaves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forcedLayouts, reduceTrace } from '../lib/trace.mjs';

const MAIN = { pid: 1, tid: 1 };
const thread = (ids, name = 'CrRendererMain') => ({ ...ids, ph: 'M', name: 'thread_name', args: { name } });
const span = (name, ts, dur, args, ids = MAIN) => ({ ...ids, ph: 'X', name, ts, dur, args });
const stack = [{ functionName: 'measure', url: 'http://127.0.0.1/x/belarus-timeline.min.js', lineNumber: 31, columnNumber: 4 }];

test("a layout inside script, with the stack that forced it, is forced; the frame's own layout is not", () => {
  const events = [
    thread(MAIN),
    span('FunctionCall', 0, 1000),
    span('UpdateLayoutTree', 100, 200, { beginData: { stackTrace: stack } }),
    span('Layout', 300, 500, { beginData: { stackTrace: stack } }),
    // The rendering step after script has yielded: no stack, no script around it.
    span('UpdateLayoutTree', 2000, 100, { beginData: {} }),
    span('Layout', 2100, 300, { beginData: {} }),
  ];
  const forced = forcedLayouts(events, (frame) => frame.functionName);
  assert.equal(forced.layouts, 1);
  assert.equal(forced.styles, 1);
  assert.equal(forced.layoutMs, 0.5);
  assert.deepEqual(
    forced.where.map((item) => [item.kind, item.at]),
    [
      ['style', 'measure'],
      ['layout', 'measure'],
    ],
  );
});

test('a layout inside a script event counts even when no stack was recorded', () => {
  const events = [thread(MAIN), span('RunMicrotasks', 0, 1000), span('v8.callFunction', 10, 900), span('Layout', 20, 100)];
  const forced = forcedLayouts(events);
  assert.equal(forced.layouts, 1);
  assert.equal(forced.where[0].at, '(no stack recorded)');
});

test('a layout after a script event has ended is not forced', () => {
  const events = [thread(MAIN), span('FunctionCall', 0, 100), span('Layout', 100, 50), span('Paint', 150, 10)];
  assert.equal(forcedLayouts(events).layouts, 0);
});

test("only the busiest renderer main thread counts (another context's page is not ours)", () => {
  const other = { pid: 2, tid: 2 };
  const events = [
    thread(MAIN),
    thread(other),
    span('FunctionCall', 0, 5000),
    span('Layout', 10, 10, { beginData: { stackTrace: stack } }, other),
    span('FunctionCall', 0, 10, undefined, other),
  ];
  assert.equal(forcedLayouts(events).layouts, 0);
  assert.equal(forcedLayouts([]), null);
});

test('the main-thread breakdown is self time by kind of work', () => {
  const events = [thread(MAIN), span('FunctionCall', 0, 1000), span('Layout', 100, 400), span('Paint', 2000, 250)];
  const reduced = reduceTrace(events);
  assert.equal(reduced.script, 0.6);
  assert.equal(reduced.layout, 0.4);
  assert.equal(reduced.paint, 0.25);
  assert.equal(reduced.totalMs, 1.25);
});
