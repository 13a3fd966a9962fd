/**
 * On arrival from a search result (`?highlight=…`, the reader's query in their
 * own spelling), marks the words the query matched in the statement's text,
 * by the same rule the search page marks its excerpts with
 * (src/lib/search-text.ts), and keeps the linked paragraph in view. Without
 * that parameter, or without JavaScript, nothing happens: the result link's
 * `#pN` still lands on the paragraph.
 */
import { HIGHLIGHT_PARAM, markRuns, parseQuery, type ParsedQuery } from '../lib/search-text';

/** Replaces one text node by plain text and <mark>s for the words the query matched. */
function markTextNode(node: Text, query: ParsedQuery): number {
  const runs = markRuns(node.data, query);
  if (!runs.some((run) => run.marked)) return 0;
  const parts = runs.map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    mark.textContent = text;
    return mark;
  });
  node.replaceWith(...parts);
  return parts.length;
}

/** Marks the query's words in every source text element of the statement (never in the catalogue record). */
function highlight(q: string): void {
  const query = parseQuery(q);
  if (query.terms.length === 0) return;
  for (const element of document.querySelectorAll<HTMLElement>('article.statement .text [data-transcription]')) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) markTextNode(node, query);
  }
}

const q = new URL(window.location.href).searchParams.get(HIGHLIGHT_PARAM);
if (q) {
  highlight(q.slice(0, 200));
  const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  target?.scrollIntoView({ block: 'start' });
}
