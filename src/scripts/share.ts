/**
 * Copy and share controls for a statement page, added only when JavaScript
 * runs: copy the statement's link, share it (Web Share API), copy a
 * paragraph's link, link to selected text, copy a citation. Without
 * JavaScript every permalink is still a plain link on the page.
 */
import { textFragmentUrl } from '../lib/share';

const tools = document.querySelector<HTMLElement>('[data-share-tools]');
const status = document.querySelector<HTMLElement>('[data-share-status]');
const text = document.querySelector<HTMLElement>('[data-statement-text]');

/** Says what happened, visibly and to screen readers. */
function announce(message: string): void {
  if (!status) return;
  status.textContent = message;
  status.hidden = false;
}

/** Copies text to the clipboard and announces the result. */
async function copy(value: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    announce(`${what} copied: ${value}`);
  } catch {
    announce(`Could not copy automatically. ${what}: ${value}`);
  }
}

if (tools && status && text) {
  tools.hidden = false;
  const pageUrl = tools.dataset.url ?? window.location.href.split('#')[0]!;

  tools
    .querySelector<HTMLButtonElement>('[data-copy-link]')
    ?.addEventListener('click', () => void copy(pageUrl, 'Link to this statement'));

  const share = tools.querySelector<HTMLButtonElement>('[data-share-link]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ title: document.title, url: pageUrl }).catch(() => undefined);
    });
  }

  const selectionButton = tools.querySelector<HTMLButtonElement>('[data-copy-selection]');
  /** The selected words, if the selection lies inside the statement's text. */
  const selectedText = (): string | null => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return text.contains(range.commonAncestorContainer) ? selection.toString() : null;
  };
  document.addEventListener('selectionchange', () => {
    if (selectionButton) selectionButton.disabled = selectedText() === null;
  });
  selectionButton?.addEventListener('click', () => {
    const selected = selectedText();
    const url = selected ? textFragmentUrl(pageUrl, selected) : null;
    if (url) void copy(url, 'Link to the selected text');
    else announce('Select some words of the statement first.');
  });

  for (const para of text.querySelectorAll<HTMLElement>('.para')) {
    const number = para.id.slice(1);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pcopy';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to paragraph ${number}`);
    button.addEventListener('click', () => void copy(`${pageUrl}#${para.id}`, `Link to paragraph ${number}`));
    para.querySelector('.pfoot')?.prepend(button);
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-text-of]')) {
    const source = document.getElementById(button.dataset.copyTextOf ?? '');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', () => void copy(source.textContent?.trim() ?? '', 'Citation'));
  }

  // Each paragraph's ready citations, named by the paragraph and the style: "Copy Chicago note of paragraph 3".
  for (const block of document.querySelectorAll<HTMLElement>('.pcite[id^="cite-p"]')) {
    const number = block.id.slice('cite-p'.length);
    for (const item of block.querySelectorAll<HTMLElement>('.styles > div')) {
      const label = item.querySelector('dt')?.textContent?.trim();
      const citation = item.querySelector<HTMLElement>('.citation');
      if (!label || !citation) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.textContent = `Copy ${label.replace(/,.*$/u, '')}`;
      button.setAttribute('aria-label', `Copy ${label} citation of paragraph ${number}`);
      button.addEventListener('click', () => void copy(citation.textContent?.trim() ?? '', 'Citation'));
      citation.after(button);
    }
  }
}
