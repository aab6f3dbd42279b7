/**
 * Swipe on touch and pen through Pointer Events: a primary pointer that goes down and comes up
 * far enough sideways is one step. Mouse drags are left alone (text stays selectable); every
 * swipe has a button alternative, so nothing requires dragging (WCAG 2.5.7).
 */
import { swipeStep, type Step } from './model.js';

interface PointerLike {
  pointerId: number;
  pointerType: string;
  isPrimary: boolean;
  clientX: number;
  clientY: number;
}

export class SwipeTracker {
  private origin: { id: number; x: number; y: number } | undefined;
  private swiped = false;

  down(event: PointerLike): void {
    this.swiped = false;
    this.origin = event.pointerType === 'mouse' || !event.isPrimary ? undefined : { id: event.pointerId, x: event.clientX, y: event.clientY };
  }

  /** The step a finished gesture makes, if it was a swipe. */
  up(event: PointerLike, rtl: boolean): Step | undefined {
    const origin = this.origin;
    if (!origin || origin.id !== event.pointerId) return undefined;
    this.origin = undefined;
    const step = swipeStep(event.clientX - origin.x, event.clientY - origin.y, rtl);
    this.swiped = step !== undefined;
    return step;
  }

  cancel(): void {
    this.origin = undefined;
  }

  /** Whether the click that ends a swipe (e.g. on a source link) should be swallowed; asks once. */
  takeSwipe(): boolean {
    const swiped = this.swiped;
    this.swiped = false;
    return swiped;
  }
}
