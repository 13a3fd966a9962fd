/**
 * Strict front matter and data files: a field no schema knows is an error
 * naming it, with the nearest known field, in statements and in every data
 * file, nested objects included. Before, a misspelt `sumary:` was dropped
 * and the summary silently vanished from the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArchive, type ArchiveSources } from '../../src/lib/archive-check.ts';
import { nearestName, unknownFieldMessage } from '../../src/lib/schema-check.ts';
import { checkStatements } from '../../src/lib/validate.ts';
import { CONTENT, edit, readSource, statementFile } from './helpers.ts';

describe('nearestName', () => {
  it.each([
    ['sumary', 'summary'],
    ['Summary', 'summary'],
    ['titel', 'title'],
    ['orignalUrl', 'originalUrl'],
    ['url', 'originalUrl'],
    ['furnture', 'furniture'],
    ['formerslugs', 'formerSlugs'],
  ])('takes "%s" for "%s"', (name, meant) => {
    expect(nearestName(name, ['slug', 'formerSlugs', 'title', 'summary', 'originalUrl', 'furniture'])).toBe(meant);
  });

  it('suggests nothing for a name like no known one, and lists the known ones instead', () => {
    expect(nearestName('colour', ['slug', 'title', 'summary'])).toBeUndefined();
    expect(unknownFieldMessage('colour', ['slug', 'title'])).toBe(
      'unknown field "colour": remove it, or use one of "slug", "title" (see docs/editors-reference.md)',
    );
  });
});

describe('an unknown field in a statement', () => {
  it.each([
    ['a misspelt summary', /^summary:/mu, 'sumary:', 'sumary', 'summary'],
    ['a misspelt title basis', /^language: en$/mu, 'language: en\ntitlebasis: supplied', 'titlebasis', 'titleBasis'],
    ['inside the issuer', /^ {2}countryCode: GT$/mu, '  countryCode: GT\n  entiy: agn', 'issuer.entiy', 'entity'],
    ['inside the date', /^ {2}basis: supplied$/mu, '  basis: supplied\n  evidense: []', 'date.evidense', 'evidence'],
    ['inside an evidence item', /^ {6}url: /mu, '      ulr: ', 'date.evidence.0.ulr', 'url'],
    ['inside a byline', /^ {4}placement: header$/mu, '    placment: header', 'bylines.0.placment', 'placement'],
    ['inside the source', /^ {2}copy: /mu, '  cpy: x.txt\n  copy: ', 'source.cpy', 'copy'],
  ])('is refused: %s', (_, find, replace, field, meant) => {
    const file = edit(statementFile('agn'), find, replace);
    const { problems } = checkStatements([file], readSource);
    expect(problems).toContainEqual({
      file: file.file,
      field,
      message: `unknown field "${field.split('.').at(-1)}": did you mean "${meant}"?`,
    });
  });
});

/** The fixture archive's data files, with one edited if told. */
function sourcesWith(name?: keyof Omit<ArchiveSources, 'annotations'> | 'annotation', find?: RegExp, replace = '') {
  const read = (path: string) => ({ file: path, text: readFileSync(join(CONTENT, path), 'utf8') });
  const sources: ArchiveSources = {
    people: read('entities/people.yaml'),
    organizations: read('entities/organizations.yaml'),
    places: read('entities/places.yaml'),
    topics: read('entities/topics.yaml'),
    events: read('events.yaml'),
    comparisons: read('comparisons.yaml'),
    annotations: [read('annotations/agn-giammattei-harris-telephone-call.yaml')],
  };
  if (name === undefined || find === undefined) return sources;
  const target = name === 'annotation' ? sources.annotations[0]! : sources[name]!;
  const text = target.text.replace(find, replace);
  if (text === target.text) throw new Error(`edit did not apply to ${target.file}`);
  target.text = text;
  return sources;
}

describe('an unknown field in a data file', () => {
  it.each([
    [
      'people',
      'people',
      /^ {2}name: Kamala Harris$/mu,
      '  name: Kamala Harris\n  descripton: x',
      'kamala-harris.descripton',
      'description',
    ],
    [
      'organisations',
      'organizations',
      /^ {2}kind: media$/mu,
      '  kind: media\n  contry: Guatemala',
      'agn.contry',
      'country',
    ],
    ['places', 'places', /^ {2}kind: country$/mu, '  kind: country\n  alias: [X]', 'guatemala.alias', 'aliases'],
    [
      'topics',
      'topics',
      /^ {2}name: Migration and legal pathways$/mu,
      '  nam: x\n  name: Migration and legal pathways',
      'migration.nam',
      'name',
    ],
    [
      'events',
      'events',
      /^ {4}basis: source$/mu,
      '    basis: source\n    evidance: []',
      'virtual-bilateral-meeting-2021.date.evidance',
      'evidence',
    ],
    [
      'an event mention',
      'events',
      /wording: Today \}/u,
      'wordng: Today }',
      'virtual-bilateral-meeting-2021.mentions.0.wordng',
      'wording',
    ],
    [
      'comparisons',
      'comparisons',
      /^ {2}statements:$/mu,
      '  notes: x\n  statements:',
      'harris-giammattei.notes',
      'note',
    ],
    ['annotations', 'annotation', /^paragraphs:$/mu, 'quotatons: []\nparagraphs:', 'quotatons', 'quotations'],
    [
      'an annotated paragraph',
      'annotation',
      /1: \{ topics:/u,
      '1: { topic: [x], topics:',
      'paragraphs.1.topic',
      'topics',
    ],
    ['a scoped alias', 'annotation', /entity: kamala-harris/u, 'entiy: kamala-harris', 'aliases.0.entiy', 'entity'],
  ] as const)('is refused: %s', (_, name, find, replace, field, meant) => {
    const { problems } = parseArchive(sourcesWith(name, find, replace));
    expect(problems).toContainEqual(
      expect.objectContaining({
        field,
        message: `unknown field "${field.split('.').at(-1)}": did you mean "${meant}"?`,
      }),
    );
  });

  it('leaves the fixture archive without problems', () => {
    expect(parseArchive(sourcesWith()).problems).toEqual([]);
  });
});
