/**
 * Listeners on page-wide targets (window, document.fonts) that live exactly as long as the host
 * is connected, so a removed widget leaves nothing behind.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type GlobalListener = readonly [target: () => EventTarget | undefined, type: string, listener: EventListener];

export class GlobalListeners implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly listeners: readonly GlobalListener[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const [target, type, listener] of this.listeners) target()?.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [target, type, listener] of this.listeners) target()?.removeEventListener(type, listener);
  }
}
