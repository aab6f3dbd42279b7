/**
 * Automatic rotation for the quote carousel, following the W3C APG carousel pattern. Two things
 * hold rotation back, and they are kept apart so that the rotation button always does what it
 * says:
 *
 * - **stopped**, the lasting state, which the rotation button shows ("Start") and flips. Rotation
 *   stops for good when the reader presses the button while it offers "Stop", when keyboard focus
 *   enters the carousel (or reaches a slide's content), when a pointer presses anywhere in the
 *   carousel (a tap on a picker, a click on "Next", a finger on the quote), when a hovering
 *   pointer leaves, and when the reader switches to reduced motion. It starts stopped under
 *   reduced motion. Nothing restarts it on its own: only the button's "Start" does.
 * - **paused by hover**, a temporary reason: while a mouse (or a pen in hover range) is over the
 *   carousel, the slides hold still and the live region speaks, but the button keeps offering
 *   "Stop", so the click that follows the pointer there stops rotation instead of restarting it.
 *   When the pointer leaves, the pause becomes a stop. A finger has no hover: its press counts.
 *
 * The rotation button does what it offered when it was pressed: a pointer press also stops
 * rotation, and so may the focus that the press brings in, so by the time the click arrives the
 * button may already say "Start"; that click must not undo the stop the reader asked for. Enter
 * and Space (clicks without a press) do what the button says now. "Start" is the reader's
 * explicit request, so focus or a pointer already inside is not held against it (as in the APG
 * example); the next time focus or a hovering pointer enters, rotation stops or pauses again.
 *
 * The controller owns the one timer and the `matchMedia` listener and removes both when the host
 * disconnects. Timers go through `window.setTimeout`/`clearTimeout` at call time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { REDUCED_MOTION_QUERY } from '../controllers/reduced-motion.js';

export interface AutoplayOptions {
  /** Whether rotation is offered at all (the `autoplay` attribute, and more than one slide). */
  enabled: () => boolean;
  /** Milliseconds between slides. */
  interval: () => number;
  /** Shows the next slide. */
  advance: () => void;
}

/** What the rotation button offers: the action its label names. */
export type RotationOffer = 'stop' | 'start';

export class AutoplayController implements ReactiveController {
  /** The lasting state the rotation button shows: true once anything stopped rotation, false after "Start". */
  private stopped = false;
  /** A hovering pointer is over the carousel: rotation holds until it leaves (then stops) or the reader presses "Start". */
  private pausedByHover = false;
  /** What the rotation button offered when a pointer last pressed it. */
  private offeredAtPress: RotationOffer | undefined;
  private connected = false;
  private timer: number | undefined;
  private scheduledInterval = 0;
  private media: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutoplayOptions,
  ) {
    host.addController(this);
  }

  /** What the rotation button offers now: "Stop" unless rotation is stopped (a hover pause is not a stop). */
  get offer(): RotationOffer {
    return this.connected && !this.stopped && this.options.enabled() ? 'stop' : 'start';
  }

  /** Are the slides rotating right now? (The live region is off while they are.) */
  get rotating(): boolean {
    return this.offer === 'stop' && !this.pausedByHover;
  }

  /** The reader asked for rotation: it runs even with focus or a pointer already inside. */
  start(): void {
    if (!this.stopped && !this.pausedByHover) return;
    this.stopped = false;
    this.pausedByHover = false;
    this.changed();
  }

  /** Stops rotation until `start()`; a no-op when already stopped. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.pausedByHover = false;
    this.changed();
  }

  /** A mouse or hovering pen came over the carousel. */
  hoverStarted(): void {
    if (this.stopped || this.pausedByHover) return;
    this.pausedByHover = true;
    this.changed();
  }

  /** The hovering pointer left: a pause becomes a stop, since rotation never restarts on its own. */
  hoverEnded(): void {
    if (this.pausedByHover) this.stop();
  }

  /** A pointer pressed somewhere in the carousel (`onButton`: on the rotation button). */
  pressed(onButton: boolean): void {
    this.offeredAtPress = onButton ? this.offer : undefined;
    this.stop();
  }

  /** The rotation button was activated: by a pointer, as it offered at the press; by keys, as it offers now. */
  activated(byPointer: boolean): void {
    const offer = (byPointer && this.offeredAtPress) || this.offer;
    this.offeredAtPress = undefined;
    if (offer === 'stop') this.stop();
    else this.start();
  }

  /** After a manual step while rotating, the next slide waits a full interval again. */
  restartTimer(): void {
    this.clear();
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.media = window.matchMedia(REDUCED_MOTION_QUERY);
    this.media.addEventListener('change', this.onMotionChange);
    if (this.media.matches) this.stopped = true;
    // Back in the page (e.g. moved by a CMS): the next update schedules the timer again.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    // A pointer cannot stay over an element that left the page: as if it left, the pause is a stop.
    if (this.pausedByHover) {
      this.pausedByHover = false;
      this.stopped = true;
    }
    this.offeredAtPress = undefined;
    this.clear();
    this.media?.removeEventListener('change', this.onMotionChange);
    this.media = undefined;
  }

  private readonly onMotionChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.stop();
  };

  private readonly tick = (): void => {
    this.timer = undefined;
    if (!this.rotating) return;
    this.options.advance();
    this.sync();
  };

  private changed(): void {
    this.sync();
    this.host.requestUpdate();
  }

  /** Keeps exactly one timer while rotating and none otherwise; follows interval changes. */
  private sync(): void {
    if (!this.rotating) {
      this.clear();
      return;
    }
    const interval = this.options.interval();
    if (this.timer !== undefined && interval === this.scheduledInterval) return;
    this.clear();
    this.scheduledInterval = interval;
    this.timer = window.setTimeout(this.tick, interval);
  }

  private clear(): void {
    if (this.timer === undefined) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
