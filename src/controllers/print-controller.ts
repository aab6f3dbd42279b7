/**
 * Whether the page is being printed, for widgets that show everything on paper (every row, every
 * event). `beforeprint` updates the host at once, so the full view lands before the browser takes
 * its snapshot. With `followMedia`, the `print` media query counts too: a PDF made by a headless
 * browser emulates print media without firing the events (a table can list every row in any
 * layout; the timeline's picture is measured for the screen, so it follows the events only).
 */
import type { ReactiveControllerHost } from 'lit';
import { GlobalListeners } from './global-listeners.js';

/** A host whose update can be run now (every LitElement; `performUpdate` is protected there). */
type UpdatableHost = ReactiveControllerHost & HTMLElement;

export class PrintController {
  /** True from `beforeprint` (or the print media query matching) until `afterprint`. */
  printing = false;
  private media?: MediaQueryList;

  constructor(
    private readonly host: UpdatableHost,
    { followMedia = false } = {},
  ) {
    new GlobalListeners(host, [
      [() => window, 'beforeprint', () => this.set(true)],
      [() => window, 'afterprint', () => this.set(false)],
      ...(followMedia ? ([[() => (this.media ??= window.matchMedia('print')), 'change', () => this.set(!!this.media?.matches)]] as const) : []),
    ]);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    if (printing) (this.host as unknown as { performUpdate(): void }).performUpdate();
  }
}
