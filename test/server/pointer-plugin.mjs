// Test-runner commands for pointer input that `sendMouse` cannot give: a finger and a pen. Each
// is real input through the browser, so the page gets the whole sequence a device sends (pointer
// events with their pointerType, compatibility mouse events, focus, then the click), never a
// synthetic `.click()`.
//   touch-tap { x, y }  one finger tap (puppeteer's touchscreen). In Chromium, touch emulation is
//                       on for the tap only, so later tests still see a desktop page. Firefox
//                       (WebDriver BiDi) taps with a touch pointer without any switch.
//   pen-tap { x, y }    a pen that hovers over the point, then touches down and lifts (Chromium
//                       only: DevTools Protocol mouse events with pointerType "pen").
// Coordinates are CSS pixels in the viewport, as getBoundingClientRect gives them.

function point(command, payload) {
  const { x, y } = payload ?? {};
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`${command} needs { x, y } in CSS pixels.`);
  return { x, y };
}

/** A DevTools Protocol session for the page, or undefined when puppeteer drives it over WebDriver BiDi. */
async function cdpSession(page) {
  return page.browser().protocol === 'cdp' ? page.createCDPSession() : undefined;
}

async function touchTap(page, { x, y }) {
  const cdp = await cdpSession(page);
  try {
    await cdp?.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await page.touchscreen.tap(x, y);
  } finally {
    await cdp?.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp?.detach();
  }
}

async function penTap(page, { x, y }) {
  const cdp = await cdpSession(page);
  if (!cdp) throw new Error('pen-tap needs the DevTools Protocol (Chromium).');
  try {
    const pen = { x, y, pointerType: 'pen' };
    await cdp.send('Input.dispatchMouseEvent', { ...pen, type: 'mouseMoved' });
    await cdp.send('Input.dispatchMouseEvent', { ...pen, type: 'mousePressed', button: 'left', buttons: 1, clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { ...pen, type: 'mouseReleased', button: 'left', buttons: 0, clickCount: 1 });
  } finally {
    await cdp.detach();
  }
}

export function pointerPlugin() {
  return {
    name: 'pointer-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch-tap' && command !== 'pen-tap') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} is not supported for browser type ${session.browser.type}.`);
      const page = session.browser.getPage(session.id);
      await (command === 'touch-tap' ? touchTap : penTap)(page, point(command, payload));
      return true;
    },
  };
}
