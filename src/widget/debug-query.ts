/**
 * Whether the page's address asks for the producer's debug view: `?belarus-debug` or
 * `?belarus-debug=1` (any value but `0`, `false`, `off` or `no`). Inside an iframe embed it is
 * the frame's own address (the iframe's `src`), not the article's. A producer can open the live
 * article with it to see every problem in every widget, without editing the page.
 */
export const DEBUG_PARAMETER = 'belarus-debug';

const OFF = ['0', 'false', 'off', 'no'];

export function debugRequested(search: string): boolean {
  const value = new URLSearchParams(search).get(DEBUG_PARAMETER);
  return value !== null && !OFF.includes(value.trim().toLowerCase());
}

/** The address of the document the widget is in; nothing asks on the server. */
export function pageRequestsDebug(): boolean {
  return typeof location !== 'undefined' && debugRequested(location.search);
}
