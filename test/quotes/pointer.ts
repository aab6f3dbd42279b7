// Real pointer input for the carousel tests: the mouse through Web Test Runner's sendMouse, a
// finger and a pen through test/server/pointer-plugin.mjs. Never `.click()` where the input
// matters: a synthetic click skips the hover, the press and the focus that come with real input.
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

/** The centre of an element in whole viewport pixels (what the input commands take). */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Moves the mouse onto the centre of `element`. */
export async function hoverWithMouse(element: Element): Promise<void> {
  await sendMouse({ type: 'move', position: centreOf(element) });
}

/** Moves the mouse onto `element`, presses and releases the left button there. */
export async function clickWithMouse(element: Element): Promise<void> {
  await hoverWithMouse(element);
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

/** Moves the mouse to the page margin left of `element`, level with its centre: off it. */
export async function moveMouseOff(element: Element): Promise<void> {
  await sendMouse({ type: 'move', position: [1, centreOf(element)[1]] });
}

/** One finger tap on the centre of `element` (pointerType "touch"). */
export async function tapWithFinger(element: Element): Promise<void> {
  const [x, y] = centreOf(element);
  await executeServerCommand('touch-tap', { x, y });
}

/** A pen hovering over the centre of `element`, then tapping it (pointerType "pen"; Chromium only). */
export async function tapWithPen(element: Element): Promise<void> {
  const [x, y] = centreOf(element);
  await executeServerCommand('pen-tap', { x, y });
}
