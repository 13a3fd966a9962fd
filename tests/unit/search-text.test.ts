import { describe, expect, it } from 'vitest';
import {
  holdsTogether,
  indexAlternates,
  markRuns,
  matchedTerms,
  parseQuery,
  termStems,
  wordKey,
  wordKeys,
} from '../../src/lib/search-text.ts';

/** The words of a text a query marks, as marked runs. */
const marked = (text: string, q: string) =>
  markRuns(text, parseQuery(q))
    .filter((r) => r.marked)
    .map((r) => r.text);

describe('a written word and a typed word reduce to the same key', () => {
  it.each([
    ['$310', '310'],
    ['$44.5', '445'],
    ['40,000', '40000'],
    ['U.S.', 'us'],
    ['(CAPMiR)', 'capmir'],
    ['anti-corruption', 'anticorruption'],
    ['Guatemala’s', 'guatemalas'],
    ["Guatemala's", 'guatemalas'],
    ['Panamá', 'panama'],
    ['Panameña', 'panamena'],
    ['4:02', '402'],
    ['COVID-19', 'covid19'],
  ])('%s → %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });

  it.each([
    ['anti-corruption', ['anticorruption', 'anti', 'corruption']],
    ['US$4.2', ['us42', 'us', '42']],
    ['-AGN-', ['agn']],
    ['re-affirmed', ['reaffirmed', 're', 'affirmed']],
  ])('%s is found by its whole and by its parts', (word, keys) => {
    expect(wordKeys(word)).toEqual(keys);
  });
});

describe('a query is read into words and quoted phrases', () => {
  it('keeps the reader’s spelling and a key for each word', () => {
    expect(parseQuery('$44.5 million').terms.map((t) => [t.text, t.key])).toEqual([
      ['44.5', '445'],
      ['million', 'million'],
    ]);
  });

  it('reads straight and typographic quotes as a phrase', () => {
    expect(parseQuery('“wait for care” now').phrases).toEqual([['wait', 'for', 'care']]);
    expect(parseQuery('"refugee resettlement"').phrases).toEqual([['refugee', 'resettlement']]);
    expect(parseQuery('x "a b" y "c d"').phraseTerms).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  it.each([
    ['Joseph R. Biden', [false, true, false], [false, true, false]],
    ['U.S. aid', [true, false], [false, false]],
    ['June 25', [false, true], [false, false]],
    ['"R" Biden', [true, false], [false, false]],
    ['a migración', [true, false], [true, false]],
  ])('in %s, short words, initials and abbreviations are exact, and initials optional', (q, exact, optional) => {
    const { terms } = parseQuery(q);
    expect(terms.map((t) => t.exact)).toEqual(exact);
    expect(terms.map((t) => t.optional)).toEqual(optional);
  });
});

describe('a plural finds its singular, as Pagefind’s stemmer does', () => {
  it.each([
    ['elections', ['elections', 'election']],
    ['naciones', ['naciones', 'nacion', 'nacione']],
    ['policies', ['policies', 'policy', 'polici', 'policie']],
    ['crisis', ['crisis', 'crisi']],
    ['process', ['process']],
    ['bus', ['bus']],
  ])('%s → %j', (key, stems) => {
    expect(termStems(key).sort()).toEqual(stems.sort());
  });
});

describe('index-only forms', () => {
  it.each([
    ['announced US$4.2 billion', 'US 4.2'],
    ['R$12 and US$3', 'R 12 US 3'],
    ['$44.5 million and 40,000', ''],
    ['anti-corruption, U.S. and 4:02 P.M.', ''],
  ])('%s → “%s”', (text, forms) => {
    expect(indexAlternates(text)).toBe(forms);
  });
});

describe('the words a query marks, as the source prints them', () => {
  it.each([
    ['an additional $310 million in U.S. support', '$310', ['$310']],
    ['an additional $310 million in U.S. support', '310 million', ['$310 million']],
    ['an additional $310 million in U.S. support', 'U.S.', ['U.S.']],
    ['announced US$4.2 billion in', '$4.2 billion', ['US$4.2 billion']],
    ['announced US$4.2 billion in', 'US 4.2', ['US$4.2']],
    ['the training of 40,000 community', '40000', ['40,000']],
    ['governance, and anti-corruption measures', 'anti-corruption', ['anti-corruption']],
    ['governance, and anti-corruption measures', 'corruption', ['anti-corruption']],
    ['the Anti-Coyotaje Law', 'anti coyotaje', ['Anti-Coyotaje']],
    ['complimented Guatemala’s cooperation', "Guatemala's", ['Guatemala’s']],
    ['Refugees (CAPMiR) and', 'capmir', ['CAPMiR']],
    ['by Brenda Larios -AGN- Guatemalan', 'AGN', ['AGN']],
    ['met at 4:02 P.M. in Ciudad de Panamá', '4:02 P.M.', ['4:02 P.M.']],
    ['met at 4:02 P.M. in Ciudad de Panamá', 'panama', ['Panamá']],
    ['the 12.5% target', '12.5%', ['12.5%']],
    ['millions of people and $310 million', 'million', ['millions', 'million']],
  ])('in “%s”, %s marks %j', (text, q, words) => {
    expect(marked(text, q)).toEqual(words);
  });

  it('marks a quoted phrase only where its words stand together, in order', () => {
    expect(marked('care for all; “No one should wait for care,” said', '"wait for care"')).toEqual(['wait for care']);
    expect(marked('care for wait', '"wait for care"')).toEqual([]);
  });

  it.each([
    ['responsible people and Joseph R. Biden', 'Joseph R. Biden', ['Joseph R', 'Biden']],
    ['a responsible reading', 'R', []],
    ['use of US aid', 'US', ['US']],
    ['the elections of El Salvador', 'El', ['El']],
    ['one election, two elections', 'elections', ['election', 'elections']],
    ['La migración y las migraciones', 'migracion', ['migración', 'migraciones']],
    ['La migración y las migraciones', 'migraciones', ['migración', 'migraciones']],
    ['la canciller Ibáñez', 'Ibanez', ['Ibáñez']],
    ['la canciller Ibanez', 'Ibáñez', ['Ibanez']],
  ])('in “%s”, %s marks %j and never a word it only begins', (text, q, words) => {
    expect(marked(text, q)).toEqual(words);
  });

  it('marks every occurrence of a phrase', () => {
    const text = 'Vice President Harris met. The Vice President spoke; Vice President Harris left.';
    expect(marked(text, '"Vice President Harris"')).toEqual(['Vice President Harris', 'Vice President Harris']);
  });

  it('marks nothing for a query of punctuation only', () => {
    expect(marked('Some text.', '!!! ...')).toEqual([]);
  });
});

describe('which words of a text hold which words of a query', () => {
  const words = (text: string) => text.split(' ');

  it('gives each word the query terms it matches, a phrase only where it stands whole', () => {
    const query = parseQuery('"Vice President" Harris');
    expect(matchedTerms(words('President Harris and Vice President Harris'), query).map((t) => [...t])).toEqual([
      [],
      [2],
      [],
      [0],
      [1],
      [2],
    ]);
  });

  it.each([
    ['the Migration Law of 2022', 'Migration Law', true],
    ['the Law on Migration', 'Migration Law', false],
    ['migration and law-enforcement', 'Migration Law', false],
    ['President Joseph R. Biden’s', 'Joseph R. Biden', true],
    ['President Joseph Biden’s', 'Joseph R. Biden', false],
    ['one word', 'word', false],
  ])('“%s” holds “%s” side by side and in order: %s', (text, q, together) => {
    expect(holdsTogether(words(text), parseQuery(q))).toBe(together);
  });
});
