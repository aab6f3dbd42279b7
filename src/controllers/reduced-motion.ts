/**
 * The reader's request for less motion. Stylesheets follow it with the media query itself; code
 * that moves things (smooth scrolling, the carousel's rotation) asks here.
 */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** Does the reader ask for less motion? False where there is no window (server rendering). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION_QUERY).matches;
}
