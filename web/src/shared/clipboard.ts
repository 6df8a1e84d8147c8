/**
 * Copying a citation or a permalink: to the clipboard where the browser allows it; where it does not (an
 * insecure origin, or permission refused) the text is selected for the reader to copy. `status` says which.
 */
export async function copyText(source: HTMLElement, status: HTMLElement): Promise<void> {
  const text = source instanceof HTMLInputElement ? source.value : (source.textContent ?? '');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    select(source);
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

function select(source: HTMLElement) {
  if (source instanceof HTMLInputElement) {
    source.focus();
    source.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(source);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
