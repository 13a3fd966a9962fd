import { describe, expect, it } from 'vitest';
import { lineRuns } from '../../../src/lib/pages/text-layout.ts';
import type { SourceLine } from '../../../src/lib/schema.ts';

const line = (role: SourceLine['role'], text: string): SourceLine => ({ role, text });
/** A run as a short string: `[masthead a b]` for a box, the text alone for a document's line. */
const shape = (lines: SourceLine[]) =>
  lineRuns(lines).map((run) =>
    run.kind === 'masthead' ? `[${run.lines.map((l) => l.text).join(' ')}]` : run.line.text,
  );

describe('lines above the text', () => {
  it.each([
    ['no masthead keeps every line apart', [line('kicker', 'K'), line('office', 'O')], ['K', 'O']],
    [
      'consecutive masthead lines share one box',
      [line('masthead', 'a'), line('masthead', 'b'), line('kicker', 'K')],
      ['[a b]', 'K'],
    ],
    [
      'a line printed among the masthead lines goes in its box',
      [line('masthead', 'a'), line('office', 'Ministry'), line('masthead', 'b'), line('kicker', 'K')],
      ['[a Ministry b]', 'K'],
    ],
    [
      'the document’s lines before and after the masthead stay outside it',
      [line('kicker', 'K'), line('masthead', 'a'), line('masthead', 'b'), line('office', 'O')],
      ['K', '[a b]', 'O'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(shape(lines)).toEqual(expected);
  });
});
