import { expect } from '@open-wc/testing';
import { clampHeight, HEIGHT_REQUEST, heightFromMessage, heightMessages, isHeightRequest, MAX_HEIGHT } from '../../src/embed/messages.js';

describe('height messages', () => {
  it('announces a height in the Datawrapper, pym.js and AMP formats', () => {
    expect(heightMessages('belarus-timeline', 811.2)).to.deep.equal([
      { 'datawrapper-height': { 'belarus-timeline': 812 } },
      'pymxPYMxbelarus-timelinexPYMxheightxPYMx812',
      { sentinel: 'amp', type: 'embed-size', height: 812 },
    ]);
  });

  it('sends whole, bounded pixels', () => {
    expect([clampHeight(0), clampHeight(0.1), clampHeight(-5), clampHeight(Number.NaN), clampHeight(1e9)]).to.deep.equal([0, 1, 0, 0, MAX_HEIGHT]);
  });

  it('reads back only sane Datawrapper heights', () => {
    expect(heightFromMessage(heightMessages('a', 500)[0])).to.equal(500);
    expect(heightFromMessage({ 'datawrapper-height': { chart: 99.5 } })).to.equal(100);
    for (const other of [
      heightMessages('a', 500)[1],
      heightMessages('a', 500)[2],
      null,
      'datawrapper-height',
      { 'datawrapper-height': 500 },
      { 'datawrapper-height': {} },
      { 'datawrapper-height': { a: 1, b: 2 } },
      { 'datawrapper-height': { a: '500' } },
      { 'datawrapper-height': { a: -1 } },
      { 'datawrapper-height': { a: Number.POSITIVE_INFINITY } },
      { 'datawrapper-height': { a: MAX_HEIGHT + 1 } },
    ]) {
      expect(heightFromMessage(other), JSON.stringify(other)).to.equal(undefined);
    }
  });

  it('recognises a request for the height: ours, or pym.js width for this frame only', () => {
    expect(isHeightRequest(HEIGHT_REQUEST, 'x')).to.equal(true);
    expect(isHeightRequest('pymxPYMxxxPYMxwidthxPYMx640', 'x')).to.equal(true);
    expect(isHeightRequest('pymxPYMxotherxPYMxwidthxPYMx640', 'x')).to.equal(false);
    expect(isHeightRequest('pymxPYMxxxPYMxheightxPYMx640', 'x')).to.equal(false);
    expect(isHeightRequest({ 'belarus-widgets': 'theme' }, 'x')).to.equal(false);
    expect(isHeightRequest(null, 'x')).to.equal(false);
  });
});
