/**
 * Copies text. The Clipboard API needs a secure context (https or localhost) and the page's
 * focus; where it is missing or refused, the text field's own selection is copied the old way,
 * and where that fails too the text is left selected for Ctrl+C. Resolves to what happened.
 */
export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, field: HTMLTextAreaElement): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field.focus();
    field.select();
    // A deprecated API, kept for pages served over plain http from another host.
    return document.execCommand('copy') ? 'copied' : 'selected';
  }
}
