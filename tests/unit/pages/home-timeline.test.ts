import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/lib/pages/home.ts';
import { timelinePage, timelineYearPages } from '../../../src/lib/pages/timeline.ts';
import { AGN, ES, fixtureArchive, FORMATS, FS, WH } from './fixture-archive.ts';

const archive = fixtureArchive();

describe('the home page model', () => {
  it.each([
    [20, [...FORMATS, ES, FS, AGN, WH], '(12 from 5 governments, newest first)'],
    [1, [FORMATS[0]], '(12 from 5 governments; the latest 1)'],
  ])('lists the latest %i statements newest first and says how many there are', (limit, slugs, note) => {
    const page = homePage(archive, limit);
    expect(page.latest.map((s) => s.slug)).toEqual(slugs);
    expect(page.countNote).toBe(note);
  });

  it('links every year, newest first, with how many statements it holds', () => {
    expect(homePage(archive).years).toEqual([
      { year: '2026', note: '8 statements' },
      { year: '2024', note: '2 statements' },
      { year: '2023', note: '1 statement' },
      { year: '2021', note: '1 statement' },
    ]);
  });
});

describe('the timeline page models', () => {
  it('lists each year with its statements and events, oldest first', () => {
    expect(timelinePage(archive).years).toEqual([
      { year: '2021', note: '1 statement, 1 event' },
      { year: '2022', note: '0 statements, 1 event' },
      { year: '2023', note: '1 statement, 3 events' },
      { year: '2024', note: '2 statements, 0 events' },
      { year: '2026', note: '8 statements, 0 events' },
    ]);
  });

  it('shows the whole timeline on one page while it is short, statements before the events they report', () => {
    const page = timelinePage(archive);
    expect(page.onePage).toBe(true);
    expect(page.entries.slice(0, 2).map((e) => [e.kind, e.id])).toEqual([
      ['statement', WH],
      ['event', 'virtual-bilateral-meeting-2021'],
    ]);
  });

  it('gives each year its own page, linked to the years before and after', () => {
    expect(timelineYearPages(archive).map((y) => [y.year, y.earlier, y.later, y.entries.length, y.parts])).toEqual([
      ['2021', undefined, '2022', 2, 1],
      ['2022', '2021', '2023', 1, 1],
      ['2023', '2022', '2024', 4, 1],
      ['2024', '2023', '2026', 2, 1],
      ['2026', '2024', undefined, 8, 1],
    ]);
    expect(timelineYearPages(archive).every((y) => y.partLabel === undefined)).toBe(true);
  });

  it('reads a year with more entries than a page holds in parts of a fixed size, each saying what it covers', () => {
    const pages = timelineYearPages(archive, 3).filter((y) => y.year === '2023');
    expect(pages.map((y) => [y.part, y.parts, y.entries.length])).toEqual([
      [1, 2, 3],
      [2, 2, 1],
    ]);
    // Each date at its own precision, as the timeline prints it.
    expect(pages[0]!.partLabel).toBe('Part 1 of 2: March 2023 to 26 May 2023');
    expect(pages.flatMap((y) => y.entries)).toEqual(timelineYearPages(archive).find((y) => y.year === '2023')!.entries);
  });
});
