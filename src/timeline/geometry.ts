/**
 * The timeline's fixed measures, named once: the layout computes with them, the picture draws
 * with them, the stylesheet spaces with them, and the pre-render step reserves room with them
 * (scripts/prerender.mjs), so a change here reaches all four.
 */

/** Length of an arrowhead that marks a span going on past the picture's edge, in px. */
export const ARROW_LENGTH = 9;

/** Length of an axis tick below the axis line, in px; the tick's label sits under it. */
export const TICK_LENGTH = 6;

/** Space between the timeline's blocks (legend, picture, detail panel, list), in em. */
export const BLOCK_GAP_EM = 0.75;

/** Space between the picture and its period bar, in em. */
export const OVERVIEW_GAP_EM = 0.5;

/** Height of the detail panel before an event is chosen, in em. */
export const DETAIL_MIN_HEIGHT_EM = 7;

/** What the picture adds besides its SVG: the gap above it, its overview gap and the empty detail panel, in em. */
export const AROUND_PICTURE_EM = BLOCK_GAP_EM + OVERVIEW_GAP_EM + DETAIL_MIN_HEIGHT_EM;
