/**
 * Moving focus to an element the next render makes (the button that replaced the one pressed,
 * the entry an arrow key reached): asked for in an event handler, done once the host has updated.
 * The latest request wins; one that finds nothing leaves focus where it is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusAfterUpdate implements ReactiveController {
  private find?: () => HTMLElement | null | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Focuses what `find` returns after the next update (and asks for that update). */
  request(find: () => HTMLElement | null | undefined): void {
    this.find = find;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const find = this.find;
    this.find = undefined;
    find?.()?.focus();
  }
}
