import { describe, expect, it } from 'vitest';
import { checkContent, readArchiveSources } from '../../src/integrations/content-check.ts';
import { checkArchive, parseArchive, type ArchiveSources } from '../../src/lib/archive-check.ts';
import {
  allRelatedStatements,
  buildArchiveIndex,
  withSentences,
  groupMentions,
  markWords,
  sharedSubjects,
  type Relation,
} from '../../src/lib/crosslinks.ts';
import { createRandom } from '../../scripts/bench/corpus.ts';
import { indexedStatement } from '../../src/lib/statement.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { CONTENT } from './helpers.ts';

const { statements, archive } = checkContent(CONTENT, process.cwd());
const indexed = statements.map((s) => indexedStatement(s.data, s.blocks));
const index = buildArchiveIndex(indexed, archive);
const WH = 'white-house-harris-giammattei-virtual-bilateral-meeting';
const AGN = 'agn-giammattei-harris-telephone-call';
const where = (key: `${string}/${string}`) =>
  (index.mentions.get(key as never) ?? []).map(
    (m) => `${m.statement === WH ? 'WH' : 'AGN'}:${m.paragraph ?? 'headline'}`,
  );

describe('the cross-link index of the archive', () => {
  it('finds Vice President Harris in both statements, under every name the texts use', () => {
    expect(where('people/kamala-harris')).toEqual(
      expect.arrayContaining(['WH:headline', 'WH:1', 'WH:4', 'AGN:headline', 'AGN:1', 'AGN:3', 'AGN:9', 'AGN:11']),
    );
  });

  it('reads “the President” as Giammattei in the AGN text only, through its scoped alias', () => {
    const giammattei = index.mentions.get('people/alejandro-giammattei') ?? [];
    expect(giammattei.find((m) => m.statement === AGN && m.paragraph === 3)?.text).toBe('The President');
    expect(giammattei.filter((m) => m.statement === WH).map((m) => m.text)).not.toContain('the President');
  });

  it('joins the two names of the Migrant Resource Centers / CAPMiR programme', () => {
    expect(where('organizations/migrant-resource-centers')).toEqual(['AGN:3', 'AGN:3', 'WH:3']);
  });

  it('keeps the sentence around each mention', () => {
    const yazaki = index.mentions.get('organizations/yazaki')?.[0];
    expect(yazaki?.sentence).toMatch(
      /^Vice President Harris referred to the policies .* Yazaki, recently established in Guatemala\.$/u,
    );
  });

  it('lists the topics of each paragraph and the paragraphs of each topic', () => {
    expect(index.paragraphTopics.get(AGN)?.get(13)).toEqual(['elections-and-observation']);
    expect(index.topicPassages.get('elections-and-observation')?.has(WH)).toBe(false);
    expect(index.topicPassages.get('migration')?.get(AGN)).toEqual([2, 3, 6, 10, 11, 12]);
  });

  it('attributes direct quotations and reported speech to their speakers', () => {
    const harris = index.quotations.get('kamala-harris') ?? [];
    expect(harris.filter((q) => q.kind === 'direct').map((q) => q.paragraph)).toEqual([5, 9, 11]);
    expect(harris.some((q) => q.kind === 'reported' && q.statement === WH)).toBe(true);
  });

  it('relates the two statements through what they share', () => {
    const [relation] = index.related.get(WH) ?? [];
    expect(relation?.slug).toBe(AGN);
    expect(relation?.shared).toEqual(
      expect.arrayContaining([
        { kind: 'people', id: 'kamala-harris' },
        { kind: 'topics', id: 'migration' },
      ]),
    );
  });

  it('links issuers to their organisation pages', () => {
    expect(index.issued.get('white-house')).toEqual([
      WH,
      'white-house-2026-04-02-fact-sheet-united-states-freedonia-deepen-cooperation-legal',
      'white-house-2026-06-05-press-briefing-press-secretary-kim-placeholder-national',
      'white-house-regional-health-recovery-fact-sheet',
    ]);
    // A joint statement is issued by each of its issuers.
    expect(index.issued.get('government-of-sylvania')).toEqual([
      'government-of-freedonia-2026-03-03-joint-statement-governments-freedonia-sylvania-long-river',
    ]);
  });
});

/** The ranking by definition, pair by pair: the reference the inverted index must agree with. */
function relatedPairwise(
  slug: string,
  subjects: Map<string, { people: string[]; organizations: string[]; places: string[]; topics: string[] }>,
  limit = 4,
): Relation[] {
  const own = subjects.get(slug)!;
  return [...subjects]
    .filter(([other]) => other !== slug)
    .map(([other, theirs]) => {
      const shared = sharedSubjects(own, theirs);
      const score = shared.reduce((sum, s) => sum + (s.kind === 'people' || s.kind === 'organizations' ? 2 : 1), 0);
      return { slug: other, score, shared };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, limit);
}

describe('related statements', () => {
  const subjects = new Map([
    ['a', { people: ['p1'], organizations: [], places: ['x'], topics: ['t1'] }],
    ['b', { people: ['p1'], organizations: [], places: [], topics: [] }],
    ['c', { people: [], organizations: [], places: ['x'], topics: ['t1'] }],
    ['d', { people: [], organizations: [], places: [], topics: ['t9'] }],
  ]);

  it('ranks by shared subjects, people and organisations counting double, and leaves out unrelated ones', () => {
    expect(
      allRelatedStatements(subjects)
        .get('a')!
        .map((r) => [r.slug, r.score]),
    ).toEqual([
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('ranks the same from the inverted index as pair by pair, on a random archive of 300 statements', () => {
    const random = createRandom(42);
    const ids = (prefix: string, count: number, max: number) => [
      ...new Set(Array.from({ length: count }, () => `${prefix}${Math.floor(random() * max)}`)),
    ];
    const many = new Map(
      Array.from({ length: 300 }, (_, i) => [
        `s${i}`,
        { people: ids('p', 2, 40), organizations: ids('o', 1, 20), places: ids('x', 2, 15), topics: ids('t', 3, 12) },
      ]),
    );
    const fast = allRelatedStatements(many);
    for (const slug of many.keys()) expect(fast.get(slug)).toEqual(relatedPairwise(slug, many));
  });
});

describe('mention display', () => {
  it('groups mentions by statement and sentence', () => {
    const groups = groupMentions(
      [
        { statement: 's2', paragraph: 1, text: 'Harris', sentence: 'Harris met Harris.', at: [1, 0, 6] },
        { statement: 's1', paragraph: 2, text: 'Kamala Harris', sentence: 'One.', at: [2, 0, 13] },
        { statement: 's2', paragraph: 1, text: 'Vice President', sentence: 'Harris met Harris.', at: [1, 0, 6] },
      ],
      ['s1', 's2'],
    );
    expect(groups.map((g) => g.statement)).toEqual(['s1', 's2']);
    expect(groups[1]?.items).toEqual([
      { paragraph: 1, sentence: 'Harris met Harris.', words: ['Harris', 'Vice President'] },
    ]);
  });

  it('finds a mention’s sentence again from its place when the index was read back without sentences', () => {
    const indexed = statements.map(({ data, blocks, file }) => indexedStatement(data, blocks, file));
    const bySlug = new Map(indexed.map((s) => [s.slug, s]));
    const refs = [...buildArchiveIndex(indexed, archive).mentions.values()].flat();
    const bare = refs.map((ref) => ({ ...ref, sentence: '' }));
    expect(withSentences(bare, (slug) => bySlug.get(slug))).toEqual(refs);
    expect(refs.length).toBeGreaterThan(50);
  });

  it('marks every occurrence of the mentioned words without changing the text', () => {
    const runs = markWords('Vice President Harris and Harris’s staff', ['Harris']);
    expect(runs.map((r) => r.text).join('')).toBe('Vice President Harris and Harris’s staff');
    expect(runs.filter((r) => r.marked)).toHaveLength(2);
  });
});

describe('the timeline', () => {
  const timeline = buildTimeline(
    statements.map((s) => ({ slug: s.data.slug, title: s.data.title, date: s.data.date })),
    archive.events,
  );

  it('lists statements and events in date order, each at its precision', () => {
    expect(timeline.map((e) => `${e.kind}:${e.date.value}`)).toEqual([
      'statement:2021-04-26',
      'event:2021-04-26',
      'event:2022-02',
      'event:2023-03',
      'statement:2023-05-26',
      'event:2023-05-26',
      'event:2023-06-25',
      'statement:2024-03-14',
      'statement:2024-06-12',
      'statement:2026-02-18',
      'statement:2026-03-03',
      'statement:2026-03-12',
      'statement:2026-04-02',
      'statement:2026-05-21',
      'statement:2026-06-05',
      'statement:2026-06-08',
      'statement:2026-06-08',
    ]);
    expect(timeline.find((e) => e.id === 'anti-coyotaje-law-approved')?.date).toMatchObject({
      precision: 'month',
      basis: 'source',
    });
    expect(timeline.find((e) => e.id === 'guatemala-general-election-2023')?.date).toMatchObject({
      basis: 'supplied',
    });
    expect(timeline.find((e) => e.id === 'guatemala-general-election-2023')?.mentions[0]?.wording).toBe(
      'this coming June 25',
    );
  });
});

describe('bad annotations stop the build, naming file, field and value', () => {
  /** Runs the archive check on the real content with one data file's text edited. */
  function checkWith(edit: (sources: ArchiveSources) => void) {
    const sources = readArchiveSources(CONTENT, process.cwd());
    edit(sources);
    const parsed = parseArchive(sources);
    const { aliasesSeen } = buildArchiveIndex(indexed, parsed.data);
    return [...parsed.problems, ...checkArchive(indexed, parsed.data, parsed.origins, aliasesSeen)];
  }
  const agnAnnotation = (s: ArchiveSources) => s.annotations.find((a) => a.file.includes('agn-'))!;
  const replace = (source: { text: string } | undefined, from: string | RegExp, to: string) => {
    const before = source!.text;
    source!.text = before.replace(from, to);
    if (source!.text === before) throw new Error(`edit did not apply: ${String(from)}`);
  };

  it('passes the committed data', () => {
    expect(checkWith(() => {})).toEqual([]);
  });

  it.each([
    [
      'an unknown topic on a paragraph',
      (s: ArchiveSources) =>
        replace(agnAnnotation(s), '13: { topics: [elections-and-observation] }', '13: { topics: [elections] }'),
      {
        file: expect.stringContaining('annotations/agn-'),
        field: 'paragraphs.13.topics.0',
        message: expect.stringContaining('"elections"'),
      },
    ],
    [
      'an annotation on a paragraph that does not exist',
      (s: ArchiveSources) => replace(agnAnnotation(s), '13: { topics', '14: { topics'),
      {
        field: 'paragraphs.14',
        message: expect.stringContaining('paragraph 14 does not exist (the statement has 13)'),
      },
    ],
    [
      'a scoped alias naming an unknown entity',
      (s: ArchiveSources) => replace(agnAnnotation(s), 'entity: alejandro-giammattei', 'entity: jimmy-morales'),
      { field: expect.stringMatching(/^aliases\.\d\.entity$/u), message: expect.stringContaining('"jimmy-morales"') },
    ],
    [
      'a scoped alias that matches nothing in its statement',
      (s: ArchiveSources) =>
        replace(agnAnnotation(s), '- text: U.S. Vice President', '- text: U.S. Secretary of State'),
      { field: 'aliases.2.text', message: '"U.S. Secretary of State" matches nothing in this statement' },
    ],
    [
      'a global alias that matches nothing anywhere',
      (s: ArchiveSources) => replace(s.people, '[Symone Sanders]', '[Symone Sanders, Ms. Sanders]'),
      {
        file: expect.stringContaining('people.yaml'),
        field: 'symone-sanders.aliases',
        message: '"Ms. Sanders" matches nothing in any statement',
      },
    ],
    [
      'a quotation speaker who is not a person',
      (s: ArchiveSources) =>
        replace(agnAnnotation(s), /speaker: kamala-harris\n    kind: direct/u, 'speaker: yazaki\n    kind: direct'),
      { field: 'quotations.0.speaker', message: expect.stringContaining('"yazaki" is not a person') },
    ],
    [
      'a quotation not in its paragraph as written',
      (s: ArchiveSources) => replace(agnAnnotation(s), 'When women are doing well', 'When women do well'),
      { field: 'quotations.1.text', message: expect.stringContaining('is not in paragraph 9 exactly as written') },
    ],
    [
      'an annotation of an unknown statement',
      (s: ArchiveSources) =>
        replace(agnAnnotation(s), 'statement: agn-giammattei-harris-telephone-call', 'statement: agn-unknown'),
      { field: 'statement', message: '"agn-unknown" is not the slug of any statement' },
    ],
    [
      'an event on a paragraph that does not exist',
      (s: ArchiveSources) => replace(s.events, 'paragraph: 13,', 'paragraph: 31,'),
      { file: expect.stringContaining('events.yaml'), field: 'guatemala-general-election-2023.mentions.0.paragraph' },
    ],
    [
      'a role for an unknown statement',
      (s: ArchiveSources) =>
        replace(
          s.people,
          '    agn-giammattei-harris-telephone-call: President of the United States',
          '    agn-typo: President of the United States',
        ),
      { field: 'joe-biden.roles', message: 'names the unknown statement "agn-typo"' },
    ],
    [
      'a comparison of an unknown statement',
      (s: ArchiveSources) => replace(s.comparisons, '    - agn-giammattei-harris-telephone-call\n', '    - agn-nope\n'),
      { file: expect.stringContaining('comparisons.yaml'), field: 'harris-giammattei.statements.1' },
    ],
    [
      'an entity with a malformed field',
      (s: ArchiveSources) => replace(s.places, 'kind: city', 'kind: village'),
      { file: expect.stringContaining('places.yaml'), field: 'guatemala-city.kind' },
    ],
  ])('%s', (_, edit, expected) => {
    expect(checkWith(edit)).toContainEqual(expect.objectContaining(expected));
  });
});
