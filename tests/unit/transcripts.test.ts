import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import { paragraphsOf, parseBody } from '../../src/lib/blocks.ts';
import { buildArchiveIndex, groupTurns, speakersOf } from '../../src/lib/crosslinks.ts';
import { statementRecord } from '../../src/lib/exports.ts';
import type { AliasEntry } from '../../src/lib/mentions.ts';
import { isTranscript } from '../../src/lib/schema.ts';
import { searchFacets } from '../../src/lib/search.ts';
import { indexedStatement, type Statement } from '../../src/lib/statement.ts';
import {
  formatTimeRange,
  paragraphRuns,
  parseLabel,
  resolveSpeakers,
  spokenText,
  transcriptTimes,
} from '../../src/lib/turns.ts';
import { checkStatements, type ContentFile } from '../../src/lib/validate.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/transcript');
const REMARKS = 'white-house-remarks-harris-giammattei-fixture';
const BRIEFING = 'white-house-press-briefing-psaki-sullivan-fixture';

describe('speaker labels', () => {
  it.each([
    ['VICE PRESIDENT HARRIS:  Thank you, Mr. President.', 'VICE PRESIDENT HARRIS:', 'VICE PRESIDENT HARRIS'],
    ['PRESIDENT GIAMMATTEI:  (As interpreted.)  Thank you.', 'PRESIDENT GIAMMATTEI:', 'PRESIDENT GIAMMATTEI'],
    ['MS. JEAN-PIERRE:  Good afternoon.', 'MS. JEAN-PIERRE:', 'MS. JEAN-PIERRE'],
    ['PRESIDENT LÓPEZ OBRADOR:  (As interpreted.)  Gracias.', 'PRESIDENT LÓPEZ OBRADOR:', 'PRESIDENT LÓPEZ OBRADOR'],
    ['MR. O’BRIEN:  Thanks.', 'MR. O’BRIEN:', 'MR. O’BRIEN'],
    ["MR. O'BRIEN: Thanks.", "MR. O'BRIEN:", "MR. O'BRIEN"],
    ['MR. McDONOUGH:  Sure.', 'MR. McDONOUGH:', 'MR. McDONOUGH'],
    ['THE VICE PRESIDENT:  Yes.', 'THE VICE PRESIDENT:', 'THE VICE PRESIDENT'],
    ['Q    Madam Vice President, what is your message?', 'Q', 'Q'],
    ['Q:  And on the plan?', 'Q:', 'Q'],
    ['Q', 'Q', 'Q'],
  ])('reads %j as opening a turn labelled %j', (text, label, name) => {
    expect(parseLabel(text)).toEqual({ text: label, name });
  });

  it.each([
    'COVID-19 cases rose in the region.',
    'U.S. support for the region will continue.',
    'NATO allies agreed: the plan stands.',
    'Quite so: we agree.',
    'Q&A follows the remarks.',
    'We discussed the root causes of migration.',
    '(Laughter.)',
    '2021: a year of change.',
    'Vice President Harris: thank you.',
  ])('reads %j as text, not a label', (text) => {
    expect(parseLabel(text)).toBeNull();
  });
});

describe('turns', () => {
  const body = [
    'Good afternoon, everyone.',
    'VICE PRESIDENT HARRIS:  Thank you.  (Applause.)',
    'COVID-19 vaccines are part of that work.',
    '## A subheading',
    'U.S. support will continue.',
    'Q    What is your message?',
    'PRESIDENT GIAMMATTEI:  We agree.',
  ].join('\n\n');

  it('gives each paragraph the speaker of its turn, continuations included, and null before the first label', () => {
    const paragraphs = paragraphsOf(parseBody(body, { transcript: true }));
    expect(paragraphs.map((p) => [p.n, p.speaker, p.label])).toEqual([
      [1, null, undefined],
      [2, 'VICE PRESIDENT HARRIS', 'VICE PRESIDENT HARRIS:'],
      [3, 'VICE PRESIDENT HARRIS', undefined],
      [4, 'VICE PRESIDENT HARRIS', undefined],
      [5, 'Q', 'Q'],
      [6, 'PRESIDENT GIAMMATTEI', 'PRESIDENT GIAMMATTEI:'],
    ]);
  });

  it('leaves the text of every paragraph untouched, label included', () => {
    const plain = paragraphsOf(parseBody(body)).map((p) => p.text);
    expect(paragraphsOf(parseBody(body, { transcript: true })).map((p) => p.text)).toEqual(plain);
  });

  it('marks no turns in a body that is not a transcript', () => {
    expect(paragraphsOf(parseBody(body)).every((p) => p.speaker === undefined && p.label === undefined)).toBe(true);
  });

  it.each([
    ['remarks', true],
    ['press-briefing', true],
    ['interview', true],
    ['statement', false],
    ['readout', false],
  ])('counts %s as a transcript: %s', (type, expected) => {
    expect(isTranscript(type)).toBe(expected);
  });
});

describe('stage directions', () => {
  const block = (text: string) => paragraphsOf(parseBody(text, { transcript: true }))[0]!;

  it('splits a paragraph into its label, spoken words and stage directions, losing nothing', () => {
    const p = block('VICE PRESIDENT HARRIS:  Do not come.  (Laughter.)  I want to be clear.');
    const runs = paragraphRuns(p);
    expect(runs).toEqual([
      { kind: 'label', text: 'VICE PRESIDENT HARRIS:' },
      { kind: 'text', text: '  Do not come.  ' },
      { kind: 'stage', text: '(Laughter.)' },
      { kind: 'text', text: '  I want to be clear.' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(p.text);
  });

  it.each([
    ['(Laughs.)', '(Laughs.)'],
    ['(Laughter.)', '(Laughter.)'],
    ['(Applause.)', '(Applause.)'],
    ['(As interpreted.)', '(As interpreted.)'],
    ['(Inaudible.)', '(Inaudible.)'],
    ['(Cross-talk.)', '(Cross-talk.)'],
    ['(Speaks Spanish.)', '(Speaks Spanish.)'],
  ])('recognises %s', (direction, expected) => {
    expect(paragraphRuns(block(`MS. PSAKI:  Yes.  ${direction}  Next.`)).filter((r) => r.kind === 'stage')).toEqual([
      { kind: 'stage', text: expected },
    ]);
  });

  it.each([
    'We agreed (in principle) on the plan.',
    'The plan (worth $4.2 billion) stands.',
    'We met (as you know, this was the first time that the two of us had ever met in person.)',
  ])('leaves a spoken aside in parentheses as speech: %s', (text) => {
    expect(paragraphRuns(block(`MS. PSAKI:  ${text}`)).some((r) => r.kind === 'stage')).toBe(false);
  });

  it.each([
    ['VICE PRESIDENT HARRIS:  Thank you.  It is an honor.  (Applause.)', 'Thank you. It is an honor.'],
    ['PRESIDENT GIAMMATTEI:  (As interpreted.)  Thank you, Madam Vice President.', 'Thank you, Madam Vice President.'],
    ['VICE PRESIDENT HARRIS:  Do not come.  (Laughter.)  I want to be clear.', 'Do not come. I want to be clear.'],
    ['(Cross-talk.)', ''],
    ['We will\u00a0continue.', 'We will\u00a0continue.'],
  ])('quotes %j as %j: no label, no stage directions', (text, spoken) => {
    expect(spokenText(block(text))).toBe(spoken);
  });
});

describe('speakers named by labels', () => {
  const aliases: AliasEntry[] = [
    { alias: 'Vice President Harris', entity: 'kamala-harris', kind: 'people' },
    { alias: 'President Giammattei', entity: 'alejandro-giammattei', kind: 'people' },
    { alias: 'Guatemala', entity: 'guatemala', kind: 'places' },
  ];

  it('links a label to the person one of whose aliases it is, ignoring case; "Q" and unknown labels to no one', () => {
    const resolved = resolveSpeakers(['VICE PRESIDENT HARRIS', 'PRESIDENT  GIAMMATTEI', 'Q', 'GUATEMALA'], aliases);
    expect(Object.fromEntries([...resolved].map(([k, v]) => [k, v?.entity ?? null]))).toEqual({
      'VICE PRESIDENT HARRIS': 'kamala-harris',
      'PRESIDENT  GIAMMATTEI': 'alejandro-giammattei',
      Q: null,
      GUATEMALA: null,
    });
  });

  it('lets a statement-scoped alias name a label, before the archive-wide ones', () => {
    const scoped: AliasEntry[] = [{ alias: 'the President', entity: 'joe-biden', kind: 'people' }];
    const global: AliasEntry[] = [{ alias: 'The President', entity: 'alejandro-giammattei', kind: 'people' }];
    expect(resolveSpeakers(['THE PRESIDENT'], global, scoped).get('THE PRESIDENT')).toEqual({
      entity: 'joe-biden',
      alias: 'the President',
    });
  });
});

describe('transcript times', () => {
  it.each([
    [
      ['Palacio Nacional de la Cultura', 'Guatemala City, Guatemala', '5:14 P.M. CDT'],
      ['END 5:48 P.M. CDT'],
      '5:14 P.M. CDT',
      '5:48 P.M. CDT',
      '5:14–5:48 P.M. CDT',
    ],
    [
      ['James S. Brady Press Briefing Room', '11:40 A.M. EDT'],
      ['END 12:15 P.M. EDT'],
      '11:40 A.M. EDT',
      '12:15 P.M. EDT',
      '11:40 A.M. EDT – 12:15 P.M. EDT',
    ],
    [['Via Teleconference', '12:31 P.M. EDT'], [], '12:31 P.M. EDT', null, 'from 12:31 P.M. EDT'],
    [['The Oval Office'], ['END 3:02 P.M. EST'], null, '3:02 P.M. EST', 'until 3:02 P.M. EST'],
    [['The Oval Office'], ['###'], null, null, null],
  ] as const)('reads %j … %j as %j to %j, shown as %j', (header, close, start, end, shown) => {
    const times = transcriptTimes({ header, close });
    expect(times).toEqual({ start, end });
    expect(formatTimeRange(times)).toBe(shown);
  });
});

/** The fixture's statement files. */
function fixtureFiles(): ContentFile[] {
  const dir = join(FIXTURE, 'statements');
  return readdirSync(dir)
    .sort()
    .map((name) => ({
      file: `tests/fixtures/transcript/statements/${name}`,
      raw: readFileSync(join(dir, name), 'utf8'),
    }));
}

const readFixtureSource = (name: string) => {
  try {
    return readFileSync(join(FIXTURE, 'sources', name), 'utf8');
  } catch {
    return undefined;
  }
};

describe('the transcript fixture', () => {
  const { statements, archive, index } = checkContent(FIXTURE, process.cwd());
  const bySlug = new Map(
    statements.map((s): [string, Statement] => [
      s.data.slug,
      { slug: s.data.slug, data: s.data, blocks: s.blocks, paragraphs: paragraphsOf(s.blocks), file: s.file },
    ]),
  );
  const remarks = bySlug.get(REMARKS)!;
  const briefing = bySlug.get(BRIEFING)!;
  const absolute = (path: string) => `https://archive.example/${path}`;

  it('passes the content check: every word of each copy, header and END lines included, in order', () => {
    expect(statements.map((s) => s.data.slug).sort()).toEqual([BRIEFING, REMARKS]);
    expect(index).toBeDefined();
  });

  it.each([
    ['a place line', '    - { role: place, text: "Guatemala City, Guatemala" }\n', ''],
    ['the END line', 'closing:\n  - { role: end, text: "END 5:48 P.M. CDT" }\n', ''],
    ['a speaker label', 'PRESIDENT GIAMMATTEI:  (As interpreted.)  We agree.', '(As interpreted.)  We agree.'],
    ['a stage direction', 'Do not come.  (Laughter.)', 'Do not come.'],
  ])('fails the fidelity check when %s is lost', (_what, find, replace) => {
    const files = fixtureFiles().map((f) => (f.raw.includes(find) ? { ...f, raw: f.raw.replace(find, replace) } : f));
    expect(files.some((f, i) => f.raw !== fixtureFiles()[i]!.raw)).toBe(true);
    const { problems } = checkStatements(files, readFixtureSource);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'body', message: expect.stringContaining('does not match') }),
    );
  });

  it('gives each paragraph its turn’s speaker, continuations included', () => {
    expect(remarks.paragraphs.map((p) => [p.n, p.speaker])).toEqual([
      [1, 'VICE PRESIDENT HARRIS'],
      [2, 'VICE PRESIDENT HARRIS'],
      [3, 'VICE PRESIDENT HARRIS'],
      [4, 'VICE PRESIDENT HARRIS'],
      [5, 'PRESIDENT GIAMMATTEI'],
      [6, 'Q'],
      [7, 'VICE PRESIDENT HARRIS'],
      [8, 'VICE PRESIDENT HARRIS'],
      [9, 'Q'],
      [10, 'PRESIDENT GIAMMATTEI'],
    ]);
  });

  it('keeps the place and time lines out of the numbered text, belonging to no one', () => {
    expect(remarks.paragraphs.some((p) => /Palacio|5:14|END/u.test(p.text))).toBe(false);
    expect(remarks.data.head.below.map((l) => l.text)).toEqual([
      'Palacio Nacional de la Cultura',
      'Guatemala City, Guatemala',
      '5:14 P.M. CDT',
    ]);
    expect(remarks.data.closing).toEqual([{ role: 'end', text: 'END 5:48 P.M. CDT' }]);
  });

  it('links labels to people through their aliases and the statement’s own, and "Q" to no one', () => {
    expect(Object.fromEntries(index!.speakers.get(REMARKS)!)).toEqual({
      'VICE PRESIDENT HARRIS': 'kamala-harris',
      'PRESIDENT GIAMMATTEI': 'alejandro-giammattei',
      Q: null,
    });
    expect(Object.fromEntries(index!.speakers.get(BRIEFING)!)).toEqual({
      'MS. PSAKI': 'jen-psaki',
      'MR. SULLIVAN': 'jake-sullivan',
      Q: null,
    });
    expect(speakersOf(index!, BRIEFING)).toEqual(['jen-psaki', 'jake-sullivan']);
  });

  it('derives quotations from turns: each paragraph of a named speaker, without label or stage directions', () => {
    const said = (person: string) =>
      (index!.quotations.get(person) ?? []).filter((q) => q.statement === REMARKS).map((q) => [q.paragraph, q.text]);
    expect(said('kamala-harris')).toEqual([
      [1, 'Thank you, Mr. President. It is an honor to be here in Guatemala, and I thank you for the welcome.'],
      [2, 'We discussed the root causes of migration, and we agreed on the importance of fighting corruption.'],
      [3, 'COVID-19 vaccines are part of that work: the United States will share 500,000 doses with Guatemala.'],
      [4, 'U.S. support for the region will continue.'],
      [7, 'Do not come. I want to be clear about that.'],
    ]);
    expect(said('alejandro-giammattei')).toEqual([
      [5, 'Thank you, Madam Vice President. We have spoken frankly about the $4.2 billion plan.'],
      [10, 'We agree.'],
    ]);
    const all = [...index!.quotations.values()].flat();
    expect(all.every((q) => q.kind === 'direct' && q.label !== undefined)).toBe(true);
    expect(all.some((q) => /\((?:Laughter|Applause|As interpreted|Cross-talk|Laughs)\.\)/u.test(q.text))).toBe(false);
  });

  it('does not count speaker labels as mentions, only names in the spoken text and the headline', () => {
    const where = (person: string, slug: string) =>
      (index!.mentions.get(`people/${person}`) ?? []).filter((m) => m.statement === slug).map((m) => m.paragraph);
    expect(where('kamala-harris', REMARKS)).toEqual([null, 9]);
    expect(where('alejandro-giammattei', REMARKS)).toEqual([null, 9]);
    expect(where('jen-psaki', BRIEFING)).toEqual([null]);
    expect(where('jake-sullivan', BRIEFING)).toEqual([null]);
    expect(where('kamala-harris', BRIEFING)).toEqual([1, 2]);
  });

  it('counts an alias used only as a speaker label as in use', () => {
    expect(index!.aliasesSeen.has('Ms. Psaki')).toBe(true);
  });

  it('would count labels as mentions if they were not set apart (the test can fail)', () => {
    const flat = statements.map((s) => indexedStatement(s.data, parseBody(bodyOf(s.file))));
    const plain = buildArchiveIndex(flat, archive);
    expect(
      (plain.mentions.get('people/kamala-harris') ?? []).filter((m) => m.statement === REMARKS).map((m) => m.paragraph),
    ).toEqual([null, 1, 7, 9]);
  });

  it('lists what a person said, newest statement first, paragraphs in order', () => {
    const rank = new Map([
      [REMARKS, 0],
      [BRIEFING, 1],
    ]);
    const groups = groupTurns(index!.quotations.get('kamala-harris') ?? [], rank);
    expect(groups.map((g) => [g.statement, g.labels, g.items.map((i) => i.paragraph)])).toEqual([
      [REMARKS, ['VICE PRESIDENT HARRIS'], [1, 2, 3, 4, 7]],
    ]);
    const psaki = groupTurns(index!.quotations.get('jen-psaki') ?? [], rank);
    expect(psaki.map((g) => [g.statement, g.items.map((i) => i.paragraph)])).toEqual([[BRIEFING, [1, 6]]]);
  });

  it('indexes the named speakers for the search filter', () => {
    const facets = searchFacets({ issuer: 'The White House', year: 2021, speakers: ['Jen Psaki', 'Jake Sullivan'] });
    expect(facets.speaker).toEqual(['Jen Psaki', 'Jake Sullivan']);
  });

  it('exports each paragraph’s speaker, the header and close with their times, and completeness', () => {
    const record = statementRecord(remarks, index!, absolute);
    expect(record.paragraphs.map((p) => p.speaker)).toEqual([
      ...Array(4).fill({ label: 'VICE PRESIDENT HARRIS', entity: 'kamala-harris' }),
      { label: 'PRESIDENT GIAMMATTEI', entity: 'alejandro-giammattei' },
      { label: 'Q', entity: null },
      ...Array(2).fill({ label: 'VICE PRESIDENT HARRIS', entity: 'kamala-harris' }),
      { label: 'Q', entity: null },
      { label: 'PRESIDENT GIAMMATTEI', entity: 'alejandro-giammattei' },
    ]);
    expect(record.head.below.map((l) => l.text)).toEqual([
      'Palacio Nacional de la Cultura',
      'Guatemala City, Guatemala',
      '5:14 P.M. CDT',
    ]);
    expect(record.closing).toEqual([{ role: 'end', text: 'END 5:48 P.M. CDT' }]);
    expect(record.transcript).toEqual({ start: '5:14 P.M. CDT', end: '5:48 P.M. CDT' });
    expect(record.incomplete).toBeNull();
    expect(record.quotations[0]).toEqual({
      speaker: 'kamala-harris',
      paragraph: 1,
      kind: 'direct',
      text: 'Thank you, Mr. President. It is an honor to be here in Guatemala, and I thank you for the welcome.',
      attribution: 'speaker-label',
    });
    expect(record.quotations.map((q) => q.paragraph)).toEqual([1, 2, 3, 4, 5, 7, 10]);

    const cut = statementRecord(briefing, index!, absolute);
    expect(cut.incomplete).toEqual({ note: expect.stringContaining('stops mid-sentence') });
    expect(cut.closing).toEqual([]);
    expect(cut.transcript).toMatchObject({ start: '12:31 P.M. EDT', end: null });
  });

  it('gives the paragraphs of a statement that is not a transcript no speaker', () => {
    const notTranscript = { ...remarks, data: { ...remarks.data, type: 'statement' as const } };
    notTranscript.blocks = parseBody(bodyOf(remarks.file));
    notTranscript.paragraphs = paragraphsOf(notTranscript.blocks);
    expect(statementRecord(notTranscript, index!, absolute).paragraphs.every((p) => p.speaker === null)).toBe(true);
  });
});

/** The body of a fixture statement file. */
function bodyOf(file: string): string {
  return readFileSync(join(process.cwd(), file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
}
