/**
 * The cite panel of the pages the Worker renders (src/api/pages/cite-block.ts), served as /cite.js.
 * Without this script the panel is on the page and its links download each format; with it, each format
 * gets a copy button and the panel opens as a dialog from a "Cite" button beside the page's heading.
 */
import { copyText } from '../shared/clipboard.ts';

function enhance(root: ParentNode) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.cite-copy[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('.cite-status');
    if (!target || !status) continue;
    button.hidden = false;
    button.addEventListener('click', () => copyText(target, status));
  }
}

function toDialog(panel: HTMLElement) {
  const heading = document.querySelector('main h1');
  if (!heading || typeof HTMLDialogElement === 'undefined') return;
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-title');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  panel.before(dialog);
  dialog.append(close, panel);
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'cite-open';
  open.textContent = panel.querySelector('h2')?.textContent ?? 'Cite';
  open.addEventListener('click', () => dialog.showModal());
  heading.after(open);
}

// A module script runs once the document is parsed, so the panel is there.
enhance(document);
const panel = document.querySelector<HTMLElement>('[data-cite-panel]');
if (panel?.closest('main') && !panel.hasAttribute('data-cite-inline')) toDialog(panel);
