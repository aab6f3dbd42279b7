/**
 * Greedy interval packing: each horizontal extent (label box plus marker and bar) goes into the
 * first lane where it keeps at least `gap` px from everything already there, so nothing in a lane
 * overlaps. Spans are placed first, in any order, as blocks; points follow in order of left
 * edges, so for them each lane only needs to remember where its last point ends. Fed in that
 * order, first-fit uses the fewest lanes an interval graph allows.
 */
export interface Extent {
  x0: number;
  x1: number;
}

interface Lane {
  /** Right edge of the last point placed (points come in order of left edges). */
  end: number;
  /** Spans, placed before any point. */
  blocks: Extent[];
}

export class LanePacker {
  private readonly lanes: Lane[] = [];

  constructor(
    private readonly maxLanes: number,
    private readonly gap: number,
  ) {}

  /** Lanes in use so far. */
  get count(): number {
    return this.lanes.length;
  }

  private fits(lane: Lane, extent: Extent): boolean {
    if (lane.end + this.gap > extent.x0) return false;
    for (const block of lane.blocks) if (block.x0 < extent.x1 + this.gap && extent.x0 < block.x1 + this.gap) return false;
    return true;
  }

  /** Would `extent` fit in some lane (at most `limit` lanes)? Returns that lane without taking it, or -1. */
  find(extent: Extent, limit = this.maxLanes): number {
    const lanes = Math.min(limit, this.maxLanes);
    for (let lane = 0; lane < Math.min(lanes, this.lanes.length); lane++) if (this.fits(this.lanes[lane], extent)) return lane;
    return this.lanes.length < lanes ? this.lanes.length : -1;
  }

  /** The state of the lanes after the spans, to go back to when a period's points do not all fit. */
  save(): number[] {
    return this.lanes.map((lane) => lane.end);
  }

  /** Goes back to a saved state; only points may have been placed since. */
  restore(saved: readonly number[]): void {
    this.lanes.length = saved.length;
    saved.forEach((end, lane) => (this.lanes[lane].end = end));
  }

  /**
   * Puts `extent` into the first lane it fits; -1 when every allowed lane is taken there. A
   * `block` (a span) may come in any order but before every point; points in order of `x0`.
   */
  place(extent: Extent, options: { block?: boolean; limit?: number } = {}): number {
    const lane = this.find(extent, options.limit);
    if (lane < 0) return lane;
    if (lane === this.lanes.length) this.lanes.push({ end: -Infinity, blocks: [] });
    const target = this.lanes[lane];
    if (options.block) target.blocks.push(extent);
    else target.end = Math.max(target.end, extent.x1);
    return lane;
  }
}
