/**
 * The postMessage protocol between the iframe page and its parent. Pure, so both ends and the
 * tests share one definition.
 *
 * Frame -> parent, each time the content's height changes (and when asked), three messages:
 *   1. `{ "datawrapper-height": { "<id>": 812 } }`: Datawrapper's format, so a page that already
 *      has Datawrapper's responsive-iframe script resizes these frames too; our resizer reads it.
 *   2. `"pymxPYMx<id>xPYMxheightxPYMx812"`: pym.js (`new pym.Parent(id, url)` hosts).
 *   3. `{ "sentinel": "amp", "type": "embed-size", "height": 812 }`: AMP's `<amp-iframe resizable>`.
 * Heights are whole CSS pixels (rounded up), from 0 to `MAX_HEIGHT`.
 *
 * Parent -> frame, to ask for the height again (e.g. a resizer that loaded after the frame):
 *   `{ "belarus-widgets": "height" }`, or pym.js's `"pymxPYMx<id>xPYMxwidthxPYMx<px>"`.
 */
export const DATAWRAPPER_KEY = 'datawrapper-height';
export const REQUEST_KEY = 'belarus-widgets';
export const HEIGHT_REQUEST = { [REQUEST_KEY]: 'height' } as const;
export const MAX_HEIGHT = 100_000;

const PYM = 'xPYMx';

export type HeightMessage = { [DATAWRAPPER_KEY]: Record<string, number> } | string | { sentinel: 'amp'; type: 'embed-size'; height: number };

/** The three messages that announce `height` for the frame `id`. */
export function heightMessages(id: string, height: number): HeightMessage[] {
  const px = clampHeight(height);
  return [{ [DATAWRAPPER_KEY]: { [id]: px } }, `pym${PYM}${id}${PYM}height${PYM}${px}`, { sentinel: 'amp', type: 'embed-size', height: px }];
}

/** A measured height as whole pixels within 0..MAX_HEIGHT. */
export function clampHeight(height: number): number {
  return Number.isFinite(height) ? Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height))) : 0;
}

/** Does the parent ask this frame for its height? (`id`: this frame's id, for pym.js.) */
export function isHeightRequest(data: unknown, id: string): boolean {
  if (typeof data === 'string') return data.startsWith(`pym${PYM}${id}${PYM}width${PYM}`);
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[REQUEST_KEY] === 'height';
}

/**
 * The height in a `datawrapper-height` message, or `undefined` for any other message and for
 * values that are not a sane number of pixels. (A frame sends one id per message.)
 */
export function heightFromMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const heights = (data as Record<string, unknown>)[DATAWRAPPER_KEY];
  if (typeof heights !== 'object' || heights === null) return undefined;
  const values = Object.values(heights);
  const height = values.length === 1 ? values[0] : undefined;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT ? Math.ceil(height) : undefined;
}
