// The browser side of `browser-commands.mjs`: forced colours and colour scheme set together, and
// screenshots of the test page saved under test-results/hosts/.
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Emulates these media features (all at once; unnamed ones go back to the browser's own). */
export async function emulateMediaFeatures(features: MediaFeatures): Promise<void> {
  await executeServerCommand('emulate-media-features', features);
}

interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Saves a screenshot as `test-results/hosts/<name>.png` and returns its path: of `element`'s box
 * (and a little margin) when given, else of the whole page.
 */
export function saveScreenshot(name: string, element?: Element): Promise<string> {
  let clip: Clip | undefined;
  if (element) {
    const box = element.getBoundingClientRect();
    const x = Math.max(0, Math.floor(box.left + scrollX - 8));
    const y = Math.max(0, Math.floor(box.top + scrollY - 8));
    clip = { x, y, width: Math.ceil(box.width + 16), height: Math.ceil(box.height + 16) };
  }
  return executeServerCommand<string, { name: string; clip?: Clip }>('save-screenshot', { name, clip });
}
