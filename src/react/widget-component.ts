/**
 * Makes the React component of one widget: `@lit/react`'s wrapper, which sets every prop the
 * element knows as a property and attaches the `on...` handlers as event listeners, in a layout
 * effect. React 19 on its own does neither when it hydrates server-rendered HTML (a plain
 * `<belarus-timeline data={...}>` then keeps the bundled dataset and never hears its events);
 * an effect runs after hydration as after any other render, so these props always arrive.
 *
 * The tag is registered in a layout effect too, after the props are on the element: a server-
 * rendered tag is upgraded with the app's data already set, so its first render is the app's
 * data, never the bundled dataset. Nothing here touches the DOM when imported, so the module
 * loads under `react-dom/server`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { LitElement } from 'lit';
import type { WidgetProperties } from '../properties.js';
import { defineElement } from '../widget/define-element.js';

/** `belarus-data-error` -> `DataError`. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<S>;

/** `belarus-data-error` -> `onDataError`. */
export type HandlerName<Name extends string> = Name extends `belarus-${infer Rest}` ? `on${PascalCase<Rest>}` : never;

/** The `on...` props of a widget, typed by each event's `detail`. */
export type EventHandlerProps<Events> = {
  [Name in keyof Events & string as HandlerName<Name>]?: (event: Events[Name]) => void;
};

/** Everything a widget component takes: its properties, its handlers, and React's own props for any element. */
export type WidgetComponentProps<E extends LitElement, Events> = WidgetProperties<E> &
  EventHandlerProps<Events> &
  Omit<React.HTMLAttributes<E>, keyof WidgetProperties<E> | keyof EventHandlerProps<Events>>;

export type WidgetComponent<E extends LitElement, Events> = React.ForwardRefExoticComponent<
  React.PropsWithoutRef<WidgetComponentProps<E, Events>> & React.RefAttributes<E>
>;

/** `belarus-data-error` -> `onDataError`, at run time. */
export function handlerName(event: string): string {
  return `on${event.replace(/^belarus-/, '').replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

export function widgetComponent<E extends LitElement, Events>(
  tagName: string,
  elementClass: (new () => E) & { version?: string },
  /** Every event of the tag (a record, so a missing or unknown name does not compile). */
  eventNames: Record<keyof Events & string, true>,
): WidgetComponent<E, Events> {
  const events = Object.fromEntries(Object.keys(eventNames).map((name) => [handlerName(name), name as EventName]));
  const displayName = elementClass.name;
  const Wrapped = createComponent({ react: React, tagName, elementClass, events, displayName: `${displayName}Element` });

  const Component = React.forwardRef<E, WidgetComponentProps<E, Events>>((props, ref) => {
    // Runs after the wrapped component's own layout effect, which has set the props.
    React.useLayoutEffect(() => defineElement(tagName, elementClass), []);
    return React.createElement(Wrapped, { ...(props as object), ref } as React.ComponentProps<typeof Wrapped>);
  });
  Component.displayName = displayName;
  return Component;
}
