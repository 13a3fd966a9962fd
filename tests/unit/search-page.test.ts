import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import { searchPageModel } from '../../src/lib/pages/search.ts';
import { CONTENT } from './helpers.ts';

const { statements, archive, index } = checkContent(CONTENT);
const names = new Map<string, string>();
for (const kind of ['people', 'organizations', 'places', 'topics'] as const)
  for (const entity of archive[kind]) names.set(`${kind}/${entity.id}`, entity.name);
const model = searchPageModel({
  statements: statements.map((s) => ({ slug: s.data.slug, data: s.data })),
  index: index!,
  nameOf: (kind, id) => names.get(`${kind}/${id}`) ?? id,
});
const group = (facet: string) => model.groups.find((g) => g.facet === facet);

describe('the search page model of the fixture archive', () => {
  it('offers the filters that have values, in display order', () => {
    expect(model.groups.map((g) => g.label)).toEqual(['Issued by', 'Year', 'Language', 'Topic', 'Person']);
  });

  it('counts each issuer’s statements, a joint statement under each of its issuers', () => {
    expect(group('issuer')?.values).toEqual([
      { value: 'Agencia Guatemalteca de Noticias (AGN)', count: 1 },
      { value: 'Government of Freedonia', count: 1 },
      { value: 'Government of Sylvania', count: 1 },
      { value: 'Ministerio de Asuntos Exteriores y Cooperación de Valdora', count: 1 },
      { value: 'Ministry of Foreign Affairs of Guatemala (MINEX)', count: 1 },
      { value: 'The White House', count: 4 },
      { value: 'U.S. Department of State', count: 2 },
      { value: 'U.S. Embassy in Guatemala', count: 2 },
    ]);
  });

  it('offers each language the statements are in', () => {
    expect(group('language')?.values).toEqual([
      { value: 'en', count: 9 },
      { value: 'es', count: 3 },
    ]);
  });

  it('offers no filter whose one value every statement has', () => {
    const english = statements.filter((s) => s.data.language === 'en');
    const only = searchPageModel({
      statements: english.map((s) => ({ slug: s.data.slug, data: s.data })),
      index: index!,
      nameOf: (kind, id) => names.get(`${kind}/${id}`) ?? id,
    });
    expect(only.groups.map((g) => g.facet)).not.toContain('language');
    expect(only.groups.map((g) => g.facet)).toContain('issuer');
  });

  it('lists years newest first', () => {
    expect(group('year')?.values.map((v) => v.value)).toEqual(['2026', '2024', '2023', '2021']);
  });

  it('says nothing about more values when every value is offered', () => {
    expect(model.groups.every((g) => g.total === undefined)).toBe(true);
  });
});
