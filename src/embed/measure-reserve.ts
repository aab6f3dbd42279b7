/**
 * The room a widget needs at each width, measured from a real render, for its `reserve`
 * attribute: copies of the widget with the data the embed will show, each in a box of one width,
 * read once they have settled (the timeline lays out again when it learns its width). The build
 * measures the bundled dataset this way (scripts/measure-reserve.mjs), the builder the
 * producer's own data. Heights are those of the measuring page's type: text wraps by the font.
 */
import type { Reservation } from '../widget/reserve.js';

/**
 * The widths measured: from small phones up in steps of 40-50 px through the widths articles
 * are set in, wider steps beyond, and the widgets' own breakpoints (the table's cards end at
 * 450 px, the timeline's picture starts at 600 px), so that no step spans a change of layout. A
 * height applies from its width to the next; text wraps less as a column widens, so the room is
 * the widget's height at the step's width and a few pixels more between steps.
 */
export const RESERVE_WIDTHS = [320, 360, 400, 450, 500, 550, 600, 640, 680, 720, 760, 800, 880, 960, 1040, 1200] as const;

/** A widget in the document, in a box of one of the widths, with its data. */
export type WidgetCopy = HTMLElement & { readonly updateComplete: Promise<boolean> };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The height of the wrapper, which `reserve` keeps at least as tall as the room (the host may have page padding). */
function wrapperHeight(element: HTMLElement): number {
  return (element.shadowRoot?.querySelector('[part~="base"]') ?? element).getBoundingClientRect().height;
}

/**
 * The room each copy needs at its width (its `clientWidth`, which the widget reads too), from
 * the narrowest; undefined unless every copy shows its data (nothing to reserve room for).
 */
export async function measureReserve(copies: readonly WidgetCopy[]): Promise<Reservation | undefined> {
  const settled = () => Promise.all(copies.map((copy) => copy.updateComplete));
  await settled();
  // Two frames: resize observers report in the first, and what they asked for has rendered by the second.
  await nextFrame();
  await nextFrame();
  await settled();
  // Type drawn in a font that arrived meanwhile is laid out again when it has.
  await document.fonts.ready;
  await settled();
  if (copies.some((copy) => copy.getAttribute('state') !== 'ready')) return undefined;
  return copies.map((copy) => ({ minWidth: copy.clientWidth, height: wrapperHeight(copy) })).sort((a, b) => a.minWidth - b.minWidth);
}
