import { describe, expect, it } from 'vitest';
import { countryNamed, partiesNamed } from '../../src/lib/import/countries.ts';

describe('the parties a joint statement’s title names', () => {
  it.each([
    [
      'Joint Statement by the Governments of Guatemala, Honduras and El Salvador on Coastal Fisheries',
      ['Guatemala', 'Honduras', 'El Salvador'],
    ],
    ['Joint Statement of the United States and Costa Rica', ['United States', 'Costa Rica']],
    [
      'Joint Statement between Canada, Mexico, and the United States regarding Trade',
      ['Canada', 'Mexico', 'United States'],
    ],
    ['Declaración conjunta de los Gobiernos de México y Belice sobre el agua', ['México', 'Belice']],
    ['Comunicado conjunto de Guatemala y El Salvador', ['Guatemala', 'El Salvador']],
    ['Statement by the Press Secretary on Guatemala and Honduras', []],
  ])('“%s” names %j', (title, parties) => {
    expect(partiesNamed(title)).toEqual(parties);
  });
});

describe('a country by any of its names', () => {
  it.each([
    ['the United States', 'US'],
    ['Estados Unidos', 'US'],
    ['EE. UU.', 'US'],
    ['México', 'MX'],
    ['Mexico', 'MX'],
    ['Panamá', 'PA'],
    ['El Salvador', 'SV'],
    ['Sylvania', undefined],
  ])('“%s” is %s', (name, code) => {
    expect(countryNamed(name)?.code).toBe(code);
  });
});
