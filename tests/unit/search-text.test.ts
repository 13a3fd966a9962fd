import { describe, expect, it } from 'vitest';
import { indexAlternates, markRuns, pagefindQuery, parseQuery, wordKey, wordKeys } from '../../src/lib/search-text.ts';

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

describe('the query sent to Pagefind is what its index holds', () => {
  it.each([
    ['$310', '310'],
    ['$44.5 million', '44.5 million'],
    ['US$4.2 billion', 'US 4.2 billion'],
    ['€12 and £3', '12 and 3'],
    ['U.N.', '"U.N."'],
    ['U.S. aid', '"U.S." aid'],
    ['“wait for care”', '"wait for care"'],
    ['"refugee resettlement" Guatemala', '"refugee resettlement" Guatemala'],
    ['anti-corruption', 'anti-corruption'],
    ["Guatemala's", "Guatemala's"],
    ['an "unclosed quote', 'an unclosed quote'],
    ['', ''],
  ])('%s → %s', (typed, sent) => {
    expect(pagefindQuery(typed)).toBe(sent);
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

  it('marks nothing for a query of punctuation only', () => {
    expect(marked('Some text.', '!!! ...')).toEqual([]);
  });
});
