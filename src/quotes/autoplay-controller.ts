/**
 * Automatic rotation for the quote carousel, following the W3C APG carousel pattern:
 *
 * - rotation runs only when the host offers it (`enabled()`), the reader has not stopped it and
 *   the element is connected; it starts stopped when the reader prefers reduced motion, and a
 *   switch to reduced motion while rotating stops it;
 * - `stop()` (the rotation button, keyboard focus entering the carousel, the pointer entering it)
 *   stops rotation until the reader presses the rotation button again: nothing restarts it on its
 *   own, not the pointer leaving, not focus leaving, not the reduced-motion preference going away;
 * - `start()` is the reader's explicit request, so focus or a pointer that is already inside is
 *   not held against it (as in the APG example); the next time either enters, rotation stops again.
 *
 * The controller owns the one timer and the `matchMedia` listener and removes both when the host
 * disconnects. Timers go through `window.setTimeout`/`clearTimeout` at call time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export interface AutoplayOptions {
  /** Whether rotation is offered at all (the `autoplay` attribute, and more than one slide). */
  enabled: () => boolean;
  /** Milliseconds between slides. */
  interval: () => number;
  /** Shows the next slide. */
  advance: () => void;
}

export class AutoplayController implements ReactiveController {
  /** The reader's wish: false once anything stopped rotation, true after the rotation button starts it. */
  private playing = true;
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

  /** Are the slides rotating right now? (The live region is off and the button offers "Stop".) */
  get rotating(): boolean {
    return this.connected && this.playing && this.options.enabled();
  }

  /** The reader asked for rotation (the rotation button while stopped). */
  start(): void {
    if (this.playing) return;
    this.playing = true;
    this.sync();
    this.host.requestUpdate();
  }

  /** Stops rotation until `start()`; a no-op when already stopped. */
  stop(): void {
    if (!this.playing) return;
    this.playing = false;
    this.sync();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.rotating) this.stop();
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
    if (this.media.matches) this.playing = false;
    // Back in the page (e.g. moved by a CMS): the next update schedules the timer again.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
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
