/**
 * Greedy interval packing: each horizontal extent (label box plus marker and bar) goes into the
 * first lane whose last extent ends at least `gap` px before it starts, so nothing in a lane
 * overlaps. Fed in order of left edges, first-fit uses the fewest lanes an interval graph allows.
 */
export interface Extent {
  x0: number;
  x1: number;
}

export class LanePacker {
  private readonly ends: number[] = [];

  constructor(
    private readonly maxLanes: number,
    private readonly gap: number,
  ) {}

  /** Lanes in use so far. */
  get count(): number {
    return this.ends.length;
  }

  /** Would `extent` fit in some lane? Returns that lane without taking it, or -1. */
  find(extent: Extent): number {
    for (let lane = 0; lane < this.ends.length; lane++) {
      if (this.ends[lane] + this.gap <= extent.x0) return lane;
    }
    return this.ends.length < this.maxLanes ? this.ends.length : -1;
  }

  /** Puts `extent` into the first lane it fits; -1 when every allowed lane is taken there. */
  place(extent: Extent): number {
    const lane = this.find(extent);
    if (lane < 0) return lane;
    if (lane === this.ends.length) this.ends.push(extent.x1);
    else this.ends[lane] = Math.max(this.ends[lane], extent.x1);
    return lane;
  }
}
