import { describe, expect, it } from 'vitest';
import { entityIndex, entityIndexGroups, entityPage } from '../../../src/lib/pages/entity.ts';
import { AGN, fixtureArchive, FS, WH } from './fixture-archive.ts';

const archive = fixtureArchive();

describe('the entity page model', () => {
  it('counts every mention of a person and the statements they are in', () => {
    const page = entityPage(archive, 'people', 'kamala-harris')!;
    expect(page.mentionsNote).toBe('(17 in 2 statements)');
    expect(page.description).toBe(
      'Kamala Harris in the Diplomatic Statements Archive: 17 mentions in 2 statements, each linked to its paragraph.',
    );
  });

  it('gives a person’s role at the time of each statement', () => {
    const page = entityPage(archive, 'people', 'kamala-harris')!;
    expect(page.roles.map((r) => [r.role, r.statement.slug])).toEqual([
      ['Vice President of the United States', WH],
      ['Vice President of the United States', AGN],
    ]);
  });

  it('separates the editors’ direct and reported quotations', () => {
    const page = entityPage(archive, 'people', 'kamala-harris')!;
    expect([page.turns.groups.length, page.direct.quotations.length, page.reported.quotations.length]).toEqual([
      0, 3, 3,
    ]);
    expect(page.direct.quotations.every((q) => q.kind === 'direct')).toBe(true);
    expect([page.direct.more, page.reported.more, page.mentions.more]).toEqual([undefined, undefined, undefined]);
  });

  it('lists what an organisation issued, and says what kind of body it is', () => {
    const page = entityPage(archive, 'organizations', 'white-house')!;
    expect(page.issued.latest.map((s) => s.slug)).toEqual([
      'white-house-2026-06-05-press-briefing-press-secretary-kim-placeholder-national',
      'white-house-2026-04-02-fact-sheet-united-states-freedonia-deepen-cooperation-legal',
      FS,
      WH,
    ]);
    expect(page.issued.more).toBeUndefined();
    expect(page.kindLine).toBe('Government · United States');
    expect([page.indexLabel, page.indexPath]).toEqual(['Organisations', 'organizations/']);
  });

  it('says a law is a law and lists it with the laws and programmes, at its first address', () => {
    const page = entityPage(archive, 'organizations', 'anti-coyotaje-law')!;
    expect(page.kindLine).toBe('Law · Guatemala');
    expect([page.indexLabel, page.indexPath]).toEqual(['Laws and programmes', 'laws-and-programmes/']);
  });

  it('indexes organisations and laws and programmes apart, each under headings by kind', () => {
    const headings = (part: 'organisations' | 'laws-and-programmes') =>
      entityIndexGroups(archive, 'organizations', part).map((g) => [g.heading, g.entries.map((e) => e.entity.id)]);
    expect(headings('laws-and-programmes')).toEqual([
      ['Laws', ['anti-coyotaje-law', 'migration-law-guatemala']],
      ['Programmes', ['city-of-non-violence-against-women', 'migrant-resource-centers']],
    ]);
    const bodies = headings('organisations');
    expect(bodies.map(([heading]) => heading)).toEqual([
      'Governments',
      'Agencies',
      'Legislatures',
      'Units and task forces',
      'Companies',
      'News agencies and outlets',
    ]);
    expect(bodies.flatMap(([, ids]) => ids)).not.toContain('anti-coyotaje-law');
    expect(entityIndexGroups(archive, 'people')).toEqual([
      { heading: undefined, entries: entityIndex(archive, 'people') },
    ]);
  });

  it('carries the editors’ identification of two names as one, with its evidence', () => {
    const page = entityPage(archive, 'organizations', 'migrant-resource-centers')!;
    expect((page.entity as { identification?: { note: string; evidence: unknown[] } }).identification).toMatchObject({
      note: expect.stringContaining('to be the same centres'),
      evidence: [expect.anything(), expect.anything()],
    });
  });

  it('shows a fixed number of statements in each list and hands the rest to a search that lists them', () => {
    const harris = entityPage(archive, 'people', 'kamala-harris', 1)!;
    expect(harris.mentions.groups.map((g) => g.statement)).toEqual([AGN]);
    expect(harris.mentions.more).toEqual({
      count: 1,
      text: '1 earlier statement also names Kamala Harris.',
      label: 'Search them',
      search: 'search/?person=Kamala+Harris&sort=newest',
    });
    expect(harris.direct.quotations).toHaveLength(1);
    expect(harris.direct.more?.text).toBe('2 earlier passages quote Kamala Harris.');
    expect(harris.reported.more?.text).toBe('2 earlier passages report what Kamala Harris said.');
    const house = entityPage(archive, 'organizations', 'white-house', 1)!;
    expect(house.issued.latest.map((s) => s.slug)).toEqual([
      'white-house-2026-06-05-press-briefing-press-secretary-kim-placeholder-national',
    ]);
    expect(house.issued.more).toMatchObject({
      text: '3 earlier statements issued by The White House.',
      search: 'search/?issuer=The+White+House&sort=newest',
    });
    // Organisations and places have no filter of their own: their name is searched as a phrase.
    const guatemala = entityPage(archive, 'places', 'guatemala', 1)!;
    expect(guatemala.mentions.more?.search).toBe(`search/?q=${encodeURIComponent('"Guatemala"')}&sort=newest`);
    expect(guatemala.mentions.more?.count).toBe(4);
  });

  it('has no page for an id the archive does not hold', () => {
    expect(entityPage(archive, 'places', 'atlantis')).toBeUndefined();
  });

  it.each([
    ['organizations', 'agn', 'named 1 time in 1 statement — issued 1 statement'],
    ['organizations', 'white-house', 'issued 4 statements'],
    ['organizations', 'migrant-resource-centers', 'named 3 times in 2 statements'],
    ['places', 'guatemala', 'named 15 times in 5 statements'],
  ] as const)('notes in the %s index how often %s appears: “%s”', (kind, id, note) => {
    expect(entityIndex(archive, kind).find((e) => e.entity.id === id)?.note).toBe(note);
  });

  it('neither lists nor has a page for an entity no statement names or issued (an issuer listed ahead of its first statement)', () => {
    expect(entityIndex(archive, 'organizations').map((e) => e.entity.id)).not.toContain('presidency-of-guatemala');
    expect(entityPage(archive, 'organizations', 'presidency-of-guatemala')).toBeUndefined();
    expect(archive.data.organizations.map((o) => o.id)).toContain('presidency-of-guatemala');
  });
});
