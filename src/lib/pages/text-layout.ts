/**
 * How a statement's text and the lines around it are laid out on its page:
 * the list items of a list the source prints grouped into lists nested by
 * depth, and the lines outside the text grouped so that a site's masthead is
 * boxed apart from the document's own lines (kicker, office, date). Pure, so
 * the grouping is tested without rendering.
 */
import type { Block, ParagraphBlock } from '../blocks.ts';
import type { SourceLine } from '../schema.ts';

/** An item of a source list and the list nested under it. */
export interface ListNode {
  block: ParagraphBlock;
  children: ListNode[];
}

/** A run of the text: a block as it stands, or a list of consecutive list items. */
export type TextRun = { kind: 'block'; block: Block } | { kind: 'list'; items: ListNode[] };

/** Nests consecutive list items by depth: an item deeper than the one before opens a list inside it. */
export function nestList(items: readonly ParagraphBlock[]): ListNode[] {
  const roots: ListNode[] = [];
  const stack: { depth: number; node: ListNode }[] = [];
  for (const block of items) {
    const depth = block.list?.depth ?? 1;
    const node: ListNode = { block, children: [] };
    while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.node.children : roots).push(node);
    stack.push({ depth, node });
  }
  return roots;
}

/** Splits a text's blocks into runs, each run of consecutive list items one nested list. */
export function textRuns(blocks: readonly Block[]): TextRun[] {
  const runs: TextRun[] = [];
  let pending: ParagraphBlock[] = [];
  const flush = () => {
    if (pending.length > 0) runs.push({ kind: 'list', items: nestList(pending) });
    pending = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.list) pending.push(block);
    else {
      flush();
      runs.push({ kind: 'block', block });
    }
  }
  flush();
  return runs;
}

/** A run of lines outside the text: the site's masthead lines together, or one of the document's own lines. */
export type LineRun = { kind: 'masthead'; lines: SourceLine[] } | { kind: 'line'; line: SourceLine };

/**
 * Boxes the source site's masthead apart: one box from its first masthead line to its last, because
 * a line printed among the site's banner lines (a ministry's name under its logo, a breadcrumb) is
 * the page's, not the document's; the document's own lines outside that span stay one by one.
 */
export function lineRuns(lines: readonly SourceLine[]): LineRun[] {
  const first = lines.findIndex((line) => line.role === 'masthead');
  const last = lines.findLastIndex((line) => line.role === 'masthead');
  const single = (line: SourceLine): LineRun => ({ kind: 'line', line });
  if (first < 0) return lines.map(single);
  return [
    ...lines.slice(0, first).map(single),
    { kind: 'masthead', lines: lines.slice(first, last + 1) },
    ...lines.slice(last + 1).map(single),
  ];
}

/** Splits a list item's text into its marker as printed and the rest, so the marker can be set as a marker. */
export function splitMarker(text: string, marker: string): { marker: string; rest: string } {
  return text.startsWith(marker) ? { marker, rest: text.slice(marker.length) } : { marker: '', rest: text };
}
