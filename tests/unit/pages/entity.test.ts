import { describe, expect, it } from 'vitest';
import { entityIndex, entityPage } from '../../../src/lib/pages/entity.ts';
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
    expect(page.issued.latest.map((s) => s.slug)).toEqual([FS, WH]);
    expect(page.issued.more).toBeUndefined();
    expect(page.kindLine).toBe('Organisation or programme · government · United States');
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
    expect(house.issued.latest.map((s) => s.slug)).toEqual([FS]);
    expect(house.issued.more).toMatchObject({
      text: '1 earlier statement issued by The White House.',
      search: 'search/?issuer=The+White+House&sort=newest',
    });
    // Organisations and places have no filter of their own: their name is searched as a phrase.
    const guatemala = entityPage(archive, 'places', 'guatemala', 1)!;
    expect(guatemala.mentions.more?.search).toBe(`search/?q=${encodeURIComponent('"Guatemala"')}&sort=newest`);
    expect(guatemala.mentions.more?.count).toBe(2);
  });

  it('has no page for an id the archive does not hold', () => {
    expect(entityPage(archive, 'places', 'atlantis')).toBeUndefined();
  });

  it.each([
    ['organizations', 'agn', 'named 1 time in 1 statement — issued 1 statement'],
    ['organizations', 'white-house', 'issued 2 statements'],
    ['organizations', 'migrant-resource-centers', 'named 3 times in 2 statements'],
    ['places', 'guatemala', 'named 12 times in 3 statements'],
    ['places', 'taiwan', ''],
  ] as const)('notes in the %s index how often %s appears: “%s”', (kind, id, note) => {
    expect(entityIndex(archive, kind).find((e) => e.entity.id === id)?.note).toBe(note);
  });
});
