/** Walks an element's shadow tree (and nested shadow trees) the way an attacker's payload would land in it. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcdoc'];

/** Every link-like attribute whose value is not http(s) or an in-page fragment. */
export function unsafeUrls(root: ParentNode): string[] {
  const bad: string[] = [];
  for (const element of allElements(root)) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && !/^(https?:\/\/|#)/i.test(value.trim())) bad.push(`<${element.localName} ${name}="${value}">`);
    }
  }
  return bad;
}

/** Event-handler attributes and executable elements that data must never create. */
export function injectedMarkup(root: ParentNode): string[] {
  const bad: string[] = [];
  for (const element of allElements(root)) {
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form'].includes(element.localName)) bad.push(`<${element.localName}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) bad.push(`<${element.localName} ${attribute.name}>`);
    }
  }
  return bad;
}

/** The text a reader can get at: shadow text plus accessible names given by `aria-label`, whitespace collapsed. */
export function visibleText(element: Element): string {
  const labels = allElements(element.shadowRoot!).map((el) => el.getAttribute('aria-label') ?? '');
  return [element.shadowRoot!.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ');
}

/** Replaces window.alert/confirm/prompt/print with recorders; returns the calls and a restore function. */
export function trapDialogs(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const names = ['alert', 'confirm', 'prompt', 'print'] as const;
  const originals = names.map((name) => window[name]);
  for (const name of names) (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => void calls.push(`${name}(${args.join(',')})`);
  return { calls, restore: () => names.forEach((name, i) => ((window as unknown as Record<string, unknown>)[name] = originals[i])) };
}
