/** Runs `body` with `console.warn` recorded; returns what was warned. */
export async function warnings(body: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => warned.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warned;
}
