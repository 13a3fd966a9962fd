/**
 * Every kind of copy editors bring (synthetic copies in tests/fixtures/copies/formats,
 * invented names only), drafted with no option but what the copy cannot tell: the draft
 * reads the copy's lines into their places, its date, type, issuer and language from the
 * copy, its speakers and stage directions, and passes the word-for-word check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, parseBody, type ParagraphBlock } from '../../src/lib/blocks.ts';
import { planImport, type ArchiveSnapshot, type ImportOptions } from '../../src/lib/import/plan.ts';
import { isTranscript, statementSchema, type StatementData } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { paragraphRuns } from '../../src/lib/turns.ts';
import { checkStatements } from '../../src/lib/validate.ts';
import { CONTENT } from './helpers.ts';

const FORMATS = join(import.meta.dirname, '../fixtures/copies/formats');
const copyOf = (name: string) => readFileSync(join(FORMATS, name));

/** The fixture archive's organisations, with no statements or copies: each copy comes in new. */
function archive(statements: ArchiveSnapshot['statements'] = []): ArchiveSnapshot {
  return {
    sources: [],
    readSource: () => new Uint8Array(),
    statements,
    organizations: readFileSync(join(CONTENT, 'entities/organizations.yaml'), 'utf8'),
  };
}

/** A drafted statement in the archive the next copy is added to: its file and its copy. */
interface Drafted {
  file: string;
  raw: string;
  copy: { name: string; text: string };
}

/** Plans a copy and reads the draft back as the content check does, checking it against the copy. */
function draftOf(name: string, options: ImportOptions = {}, earlier: Drafted[] = []) {
  const bytes = copyOf(name);
  const plan = planImport(bytes, archive(earlier), options);
  const parsed = readStatementFile(plan.draft.text);
  const data: StatementData = statementSchema.parse(parsed.data);
  const blocks = parseBody(parsed.body, { transcript: isTranscript(data.type) });
  const copies = new Map([
    ...earlier.map((d) => [d.copy.name, d.copy.text] as const),
    [plan.copyName, bytes.toString('utf8')],
  ]);
  const { problems } = checkStatements([...earlier, { file: plan.statementFile, raw: plan.draft.text }], (copy) =>
    copies.get(copy),
  );
  return { plan, data, blocks, paragraphs: paragraphsOf(blocks), problems };
}

/** What each kind of copy must give. */
interface Expected {
  title: string;
  type: StatementData['type'];
  issuer: string;
  coIssuers?: string[];
  date: string;
  printed: string;
  language: string;
  above: string[];
  below: string[];
  closing?: string[];
  paragraphs: number;
  furniture?: number;
}

const CASES: [string, Expected][] = [
  [
    'state-readout.txt',
    {
      title: 'Secretary Exemplar’s Call with Freedonian Foreign Minister Sample',
      type: 'readout',
      issuer: 'us-department-of-state',
      date: '2026-02-18',
      printed: 'FEBRUARY 18, 2026',
      language: 'en',
      above: ['masthead', 'masthead'],
      below: ['kicker', 'office', 'date', 'lead-in'],
      paragraphs: 3,
      furniture: 3,
    },
  ],
  [
    'whitehouse-press-briefing.txt',
    {
      title: 'Press Briefing by Press Secretary Kim Placeholder and National Security Advisor Lee Example',
      type: 'press-briefing',
      issuer: 'white-house',
      date: '2026-06-05',
      printed: 'JUNE 5, 2026',
      language: 'en',
      above: ['kicker'],
      below: ['date', 'place', 'time'],
      closing: ['end'],
      paragraphs: 7,
    },
  ],
  [
    'state-remarks.txt',
    {
      title: 'Secretary Jane Exemplar and Freedonian Foreign Minister Marco Sample at a Joint Press Availability',
      type: 'remarks',
      issuer: 'us-department-of-state',
      date: '2026-06-08',
      printed: 'JUNE 8, 2026',
      language: 'en',
      above: [],
      below: ['kicker', 'person', 'place', 'date'],
      paragraphs: 6,
    },
  ],
  [
    'minex-comunicado.txt',
    {
      title: 'Guatemala y Freedonia firman un memorándum sobre migración laboral',
      type: 'press-release',
      issuer: 'minex-guatemala',
      date: '2026-03-12',
      printed: '12 de marzo de 2026',
      language: 'es',
      above: ['kicker'],
      below: [],
      closing: ['dateline', 'signature'],
      paragraphs: 4,
    },
  ],
  [
    'republished-joint-statement.txt',
    {
      title: 'Joint Statement of the Governments of Freedonia and Sylvania on the Long River',
      type: 'joint-statement',
      issuer: 'government-of-freedonia',
      coIssuers: ['government-of-sylvania'],
      date: '2026-03-03',
      printed: 'Mar 3, 2026',
      language: 'en',
      above: ['masthead', 'masthead', 'date', 'masthead'],
      below: [],
      paragraphs: 3,
      furniture: 3,
    },
  ],
  [
    'embassy-press-release.txt',
    {
      title: 'U.S. Embassy Announces Training Programme for Border Officers',
      type: 'press-release',
      issuer: 'us-embassy-guatemala',
      date: '2026-05-21',
      printed: 'May 21, 2026',
      language: 'en',
      above: ['masthead', 'masthead', 'masthead', 'office', 'kicker'],
      below: ['date'],
      paragraphs: 8,
    },
  ],
  [
    'whitehouse-fact-sheet.txt',
    {
      title: 'FACT SHEET: The United States and Freedonia Deepen Cooperation on Legal Pathways',
      type: 'fact-sheet',
      issuer: 'white-house',
      date: '2026-04-02',
      printed: 'APRIL 2, 2026',
      language: 'en',
      above: [],
      below: ['date'],
      paragraphs: 7,
    },
  ],
];

describe('each kind of copy, drafted from what it tells', () => {
  it.each(CASES)('%s: title, type, issuer, printed date and language from the copy', (name, expected) => {
    const { data, problems } = draftOf(name);
    expect(problems).toEqual([]);
    expect(data.title).toBe(expected.title);
    expect(data.titleBasis).toBe('source');
    expect(data.type).toBe(expected.type);
    expect(data.issuer.entity).toBe(expected.issuer);
    expect(data.coIssuers.map((i) => i.entity)).toEqual(expected.coIssuers ?? []);
    expect(data.date).toEqual({ basis: 'source', value: expected.date, printed: expected.printed });
    expect(data.language).toBe(expected.language);
    expect(data.reviewed).toBeUndefined();
  });

  it.each(CASES)('%s: lines around the text set apart by role, the text numbered', (name, expected) => {
    const { data, paragraphs } = draftOf(name);
    expect(data.head.above.map((l) => l.role)).toEqual(expected.above);
    expect(data.head.below.map((l) => l.role)).toEqual(expected.below);
    expect(data.closing.map((l) => l.role)).toEqual(expected.closing ?? []);
    expect(paragraphs).toHaveLength(expected.paragraphs);
    expect(data.furniture).toHaveLength(expected.furniture ?? 0);
    // No line outside the text is numbered: the first paragraph is the text's own.
    for (const line of [...data.head.above, ...data.head.below, ...data.closing])
      expect(paragraphs.map((p) => p.text)).not.toContain(line.text);
  });

  it('says what the copy carries and what it lacks, not that it carries nothing', () => {
    const { data } = draftOf('state-readout.txt');
    expect(data.source.description).toContain('the date, printed as “FEBRUARY 18, 2026”');
    expect(data.source.description).toContain('a kicker (“READOUT”)');
    expect(data.source.description).toMatch(/no web address/u);
    expect(data.source.description).not.toMatch(/no date/u);
  });

  it('keeps a two-level bullet list as list items with their markers and depths', () => {
    const { paragraphs, data } = draftOf('embassy-press-release.txt');
    expect(paragraphs.filter((p) => p.list).map((p) => [p.list!.marker, p.list!.depth])).toEqual([
      ['•', 1],
      ['o', 2],
      ['o', 2],
      ['•', 1],
      ['•', 1],
    ]);
    expect(paragraphs[2]!.text).toBe('o 200 officers in Guatemala City');
    expect(data.normalisations.join(' ')).toContain('a list with a list inside it');
  });

  it('keeps the paragraphs of a copy that sets one to a line, its subheadings and its list', () => {
    const { blocks, data } = draftOf('whitehouse-fact-sheet.txt');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? (b.list ? 'item' : 'p') : b.kind))).toEqual([
      'p',
      'p',
      'heading',
      'p',
      'item',
      'item',
      'item',
      'heading',
      'p',
    ]);
    expect(data.normalisations.join(' ')).toContain('one to a line');
  });

  it.each([
    [
      'state-remarks.txt',
      ['MODERATOR', 'FOREIGN MINISTER SAMPLE', 'SECRETARY EXEMPLAR', 'QUESTION', 'SECRETARY EXEMPLAR', 'MODERATOR'],
      ['(Via interpreter)', '(Applause.)', '(Inaudible)'],
    ],
    [
      'whitehouse-press-briefing.txt',
      ['MS. PLACEHOLDER', 'MR. EXAMPLE', 'Q', 'MR. EXAMPLE', 'Q', 'MR. EXAMPLE', 'MS. PLACEHOLDER'],
      ['(Laughter.)', '(Inaudible)'],
    ],
  ])('%s: each paragraph its speaker, stage directions never the speaker’s words', (name, speakers, stage) => {
    const { paragraphs } = draftOf(name);
    expect(paragraphs.map((p) => p.speaker)).toEqual(speakers);
    expect(
      paragraphs.flatMap((p) =>
        paragraphRuns(p)
          .filter((r) => r.kind === 'stage')
          .map((r) => r.text),
      ),
    ).toEqual(stage);
  });
});

describe('a translation', () => {
  const original = draftOf('state-remarks.txt');
  const snapshot: Drafted[] = [
    {
      file: original.plan.statementFile,
      raw: original.plan.draft.text,
      copy: { name: original.plan.copyName, text: copyOf('state-remarks.txt').toString('utf8') },
    },
  ];
  const translation = () => draftOf('embassy-transcript-es.txt', { translationOf: original.data.slug }, snapshot);

  it('is recorded as the translation of its original, by its issuer, from the original’s language', () => {
    const { data, problems } = translation();
    expect(problems).toEqual([]);
    expect(data.translation).toEqual({ of: original.data.slug, from: 'en', by: 'U.S. Embassy in Guatemala' });
    expect(data.language).toBe('es');
    expect(data.issuer.entity).toBe('us-embassy-guatemala');
    expect(data.date).toEqual({ basis: 'source', value: '2026-06-08', printed: '8 de junio de 2026' });
    expect(data.head.above.map((l) => l.role)).toEqual(['masthead', 'masthead', 'office']);
    expect(data.head.below.map((l) => l.role)).toEqual(['kicker', 'place', 'date']);
  });

  it('has Spanish speaker labels and stage directions recognised, and paragraphs to set beside the original’s', () => {
    const { paragraphs } = translation();
    const stage = (p: ParagraphBlock) =>
      paragraphRuns(p)
        .filter((r) => r.kind === 'stage')
        .map((r) => r.text);
    expect(paragraphs.map((p) => p.speaker)).toEqual([
      'MODERADOR',
      'CANCILLER SAMPLE',
      'SECRETARIA EXEMPLAR',
      'PREGUNTA',
      'SECRETARIA EXEMPLAR',
      'MODERADOR',
    ]);
    expect(paragraphs.flatMap(stage)).toEqual(['(Habla en español).', '(Aplausos).', '(Inaudible)', '(Risas).']);
    expect(paragraphs).toHaveLength(original.paragraphs.length);
  });

  it('is refused when the original is not in the archive, naming the option', () => {
    expect(() => draftOf('embassy-transcript-es.txt', { translationOf: 'no-such-statement' })).toThrow(
      /--translation-of "no-such-statement"/u,
    );
  });
});
