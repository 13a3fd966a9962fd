import { describe, expect, it } from 'vitest';
import { topicIndex, topicPage } from '../../../src/lib/pages/topic.ts';
import { assembleArchive } from '../../../src/lib/archive.ts';
import { AGN, ES, fixtureArchive, FORMATS, FS, WH } from './fixture-archive.ts';

const archive = fixtureArchive();

describe('the topic page model', () => {
  it('quotes the statements about a topic newest first, with their paragraphs', () => {
    const page = topicPage(archive, 'migration')!;
    expect(page.quoted.map((q) => [q.statement.slug, q.paragraphs])).toEqual([
      [AGN, [2, 3, 6, 10, 11, 12]],
      [WH, [1, 2, 3]],
    ]);
    expect(page.more).toBeUndefined();
  });

  it('quotes a fixed number of statements and hands the earlier ones to a search for the topic', () => {
    const page = topicPage(archive, 'migration', 1)!;
    expect(page.quoted.map((q) => q.statement.slug)).toEqual([AGN]);
    expect(page.more).toEqual({
      count: 1,
      text: '1 earlier statement addresses Migration and legal pathways.',
      label: 'Search them',
      search: 'search/?topic=Migration+and+legal+pathways&sort=newest',
    });
  });

  it('lists the statements that do not mention a topic when they are few', () => {
    const four = assembleArchive(
      archive.statements.filter((s) => !FORMATS.includes(s.slug)),
      archive.data,
    );
    const page = topicPage(four, 'humanitarian-relief')!;
    expect(page.silent.map((s) => s.slug)).toEqual([ES, FS, AGN]);
    expect(page.silentNote).toBeUndefined();
  });

  it('counts the statements that do not mention a topic when they are many', () => {
    const page = topicPage(archive, 'humanitarian-relief')!;
    expect(page.silent).toEqual([]);
    expect(page.silentNote).toBe('11 other statements are not tagged with this topic.');
  });

  it('links to its own row in each comparison of statements about it', () => {
    expect(topicPage(archive, 'migration')!.comparisons).toEqual([
      { title: 'Vice President Harris and President Giammattei, 2021 and 2023', anchor: 'harris-giammattei-migration' },
    ]);
    expect(topicPage(archive, 'health')?.comparisons ?? []).toEqual([]);
  });

  it('has no page for a topic the archive does not hold', () => {
    expect(topicPage(archive, 'no-such-topic')).toBeUndefined();
  });

  it.each([
    ['migration', '9 paragraphs in 2 statements'],
    ['elections-and-observation', '1 paragraph in 1 statement'],
    ['governance-and-anti-corruption', '2 paragraphs in 1 statement'],
  ])('says in the index how much of the archive addresses %s: %s', (id, note) => {
    expect(topicIndex(archive).find((e) => e.topic.id === id)?.note).toBe(note);
  });

  it('orders the index alphabetically', () => {
    const names = topicIndex(archive).map((e) => e.topic.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
