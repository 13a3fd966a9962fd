/**
 * Alias sanity: an alias that is an ordinary word or has fewer than three
 * letters matches only as written (or in capitals), or is refused with the
 * reason; a duplicate alias is refused naming both places. Before, `IN` for
 * India linked every "in", and 20,000 copies of one alias were accepted and
 * copied into data/entities.json.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, readArchiveSources } from '../../src/integrations/content-check.ts';
import { aliasRule, isOrdinaryWord } from '../../src/lib/alias-rules.ts';
import { checkArchive, parseArchive, type ArchiveSources } from '../../src/lib/archive-check.ts';
import { buildArchiveIndex } from '../../src/lib/crosslinks.ts';
import { findMentions } from '../../src/lib/mentions.ts';
import { indexedStatement } from '../../src/lib/statement.ts';
import { CONTENT } from './helpers.ts';

describe('aliasRule', () => {
  it.each([
    ['US', 'exact-case'],
    ['U.S.', 'exact-case'],
    ['UN', 'exact-case'],
    ['G7', 'exact-case'],
    ['IN', 'exact-case'],
    ['WHO', 'exact-case'],
    ['China', 'exact-case'],
    ['CHINA', 'exact-case'],
    ['Guatemala', 'exact-case'],
    ['Yazaki', 'any-case'],
    ['CAPMiR', 'any-case'],
    ['Vice President Harris', 'any-case'],
    ['the Vice President', 'any-case'],
    ['Estados Unidos', 'any-case'],
  ])('lets "%s" match %s', (alias, match) => {
    expect(aliasRule(alias)).toEqual({ match });
  });

  it.each([
    ['in', 'is an ordinary word, so it would link every "in" in every statement'],
    ['china', 'is an ordinary word, so it would link every "china"'],
    ['gobierno', 'is an ordinary word, so it would link every "gobierno"'],
    ['In', 'is an ordinary word that begins sentences'],
    ['The', 'is an ordinary word that begins sentences'],
    ['Una', 'is an ordinary word that begins sentences'],
    ['May', 'names a month or a day'],
    ['MARCH', 'names a month or a day'],
    ['Monday', 'names a month or a day'],
    ['marzo', 'names a month or a day'],
    ['us', 'is an ordinary word, so it would link every "us"'],
    ['El', 'is an ordinary word that begins sentences'],
    ['Qx', 'has fewer than three letters'],
    ['q.x.', 'has fewer than three letters'],
    ['42', 'has no letters'],
  ])('refuses "%s", saying why', (alias, reason) => {
    const rule = aliasRule(alias);
    expect(rule.match).toBe('refused');
    expect(rule.match === 'refused' && rule.reason).toContain(reason);
  });

  it('reads its ordinary words from data for both languages, not a short hand-made list', () => {
    const sample = ['the', 'government', 'people', 'gobierno', 'pueblo', 'después', 'may', 'lunes'];
    expect(sample.filter(isOrdinaryWord)).toEqual(sample);
    expect(['yazaki', 'capmir', 'coyotaje'].filter(isOrdinaryWord)).toEqual([]);
  });
});

describe('matching by the rule', () => {
  const entry = (alias: string) => [{ alias, entity: 'x', kind: 'places' as const }];
  const found = (alias: string, text: string) => findMentions(text, entry(alias)).map((m) => m.text);

  it.each([
    ['IN', 'They met in Guatemala, IN time.', ['IN']],
    ['US', 'The US told us, and the U.S. agreed.', ['US']],
    ['U.S.', 'the U.S. and the u.s. and US', ['U.S.']],
    ['China', 'China, CHINA and fine china', ['China', 'CHINA']],
    [
      'Guatemala City',
      'GUATEMALA CITY and Guatemala City and guatemala city',
      ['GUATEMALA CITY', 'Guatemala City', 'guatemala city'],
    ],
  ])('"%s" in "%s"', (alias, text, matches) => {
    expect(found(alias, text)).toEqual(matches);
  });
});

describe('the archive check of aliases', () => {
  const { statements } = checkContent(CONTENT, process.cwd());
  const indexed = statements.map((s) => indexedStatement(s.data, s.blocks, s.file));

  /** Checks the fixture archive with its data files edited, returning the problems and the index. */
  function checkWith(edit: (sources: ArchiveSources) => void) {
    const sources = readArchiveSources(CONTENT, process.cwd());
    edit(sources);
    const parsed = parseArchive(sources);
    const index = buildArchiveIndex(indexed, parsed.data);
    return {
      problems: [...parsed.problems, ...checkArchive(indexed, parsed.data, parsed.origins, index.aliasesSeen)],
      index,
    };
  }
  const addPlace = (yaml: string) => (s: ArchiveSources) => {
    s.places!.text += yaml;
  };

  it('links no "in" to India through the alias IN, and says IN matches nothing', () => {
    const { problems, index } = checkWith(addPlace('- { id: india, name: India, kind: country, aliases: [IN] }\n'));
    expect(index.mentions.get('places/india') ?? []).toEqual([]);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'india.aliases', message: '"IN" matches nothing in any statement' }),
    );
  });

  it('refuses an ordinary lower-case word as an alias, naming the entity', () => {
    const { problems } = checkWith(addPlace('- { id: india, name: India, kind: country, aliases: [in] }\n'));
    expect(problems).toContainEqual({
      file: expect.stringContaining('places.yaml'),
      field: 'india.aliases',
      message: expect.stringContaining('"in" is an ordinary word, so it would link every "in" in every statement'),
    });
  });

  it('refuses 20,000 copies of one alias in one problem', () => {
    const copies = Array(20000).fill('Guatemala').join(', ');
    const { problems } = checkWith((s) => {
      s.places!.text = s.places!.text.replace('aliases: [Guatemala]', `aliases: [${copies}]`);
    });
    expect(problems.filter((p) => p.field === 'guatemala.aliases')).toEqual([
      {
        file: expect.stringContaining('places.yaml'),
        field: 'guatemala.aliases',
        message: '"Guatemala" is listed 20000 times (items 0, 1, 2, 3, 4, …): list each alias once',
      },
    ]);
  });

  it('refuses one alias on two entities, naming both', () => {
    const { problems } = checkWith((s) => {
      s.organizations!.text +=
        '- { id: guatemala-state, name: State of Guatemala, kind: government, aliases: [guatemala] }\n';
    });
    expect(problems).toContainEqual({
      file: expect.stringContaining('places.yaml'),
      field: 'guatemala.aliases',
      message: expect.stringMatching(
        /^"Guatemala" is also an alias of organizations\/guatemala-state in .*organizations\.yaml: an alias may name only one entity/u,
      ),
    });
  });

  it('refuses a scoped alias listed twice in one annotation file, or one that repeats a global alias', () => {
    const { problems } = checkWith((s) => {
      const agn = s.annotations.find((a) => a.file.includes('agn-'))!;
      agn.text = agn.text.replace(
        'aliases:\n',
        'aliases:\n  - { text: the president, entity: alejandro-giammattei }\n  - { text: Kamala Harris, entity: kamala-harris }\n',
      );
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"the President" is also aliases\.0\.text of this file: list each alias once$/u),
        expect.stringMatching(
          /^"Kamala Harris" is already an alias of people\/kamala-harris in .*people\.yaml, which applies in every statement: remove it here$/u,
        ),
      ]),
    );
  });

  it('passes the fixture archive as it is', () => {
    expect(checkWith(() => {}).problems).toEqual([]);
  });
});
