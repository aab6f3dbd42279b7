/**
 * Links from data are allow-listed, never trusted: Lit does not sanitise `href` bindings, and a
 * host page's CSP may be missing. The URL parser removes tabs, newlines and leading control
 * characters the same way a browser does, so `jav&#9;ascript:` style tricks are judged by what
 * the browser would actually navigate to.
 */
export function safeHttpUrl(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
