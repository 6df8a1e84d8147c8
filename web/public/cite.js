// Precedents: the cite panel. Without this script the panel is on the page and its links download each
// format; with it, each format gets a copy button and the panel opens as a dialog from a "Cite" button.
(() => {
  async function copy(button) {
    const target = document.getElementById(button.dataset.copy);
    const status = button.parentElement && button.parentElement.querySelector('.cite-status');
    if (!target) return;
    try {
      await navigator.clipboard.writeText(target.textContent);
      if (status) status.textContent = 'Copied.';
    } catch {
      // No clipboard (an insecure origin, or permission refused): select the text for the reader to copy.
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      if (status) status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  }

  function enhance(root) {
    for (const button of root.querySelectorAll('button.cite-copy[data-copy]')) {
      button.hidden = false;
      if (button.dataset.bound) continue;
      button.dataset.bound = '1';
      button.addEventListener('click', () => copy(button));
    }
  }

  function toDialog(panel) {
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
    panel.parentNode.insertBefore(dialog, panel);
    dialog.append(close, panel);
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'cite-open';
    open.textContent = panel.querySelector('h2') ? panel.querySelector('h2').textContent : 'Cite';
    open.addEventListener('click', () => dialog.showModal());
    heading.insertAdjacentElement('afterend', open);
  }

  window.PrecedentsCite = { enhance };
  const start = () => {
    enhance(document);
    const panel = document.querySelector('[data-cite-panel]');
    if (panel && panel.closest('main') && !panel.hasAttribute('data-cite-inline')) toDialog(panel);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
