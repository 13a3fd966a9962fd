import { describe, expect, it } from 'vitest';
import { interfaceLang, isInterfaceLanguage, languageName, sourceLang } from '../../src/lib/languages.ts';

describe('each statement in its own language, the interface in English', () => {
  it.each([
    ['en', undefined, undefined],
    ['en-US', undefined, undefined],
    ['es', 'en', 'es'],
    ['es-GT', 'en', 'es-GT'],
  ])('a page in %s marks its interface %s and its source words %s', (language, chrome, text) => {
    expect(interfaceLang(language)).toBe(chrome);
    expect(sourceLang(language)).toBe(text);
    expect(isInterfaceLanguage(language)).toBe(chrome === undefined);
  });

  it.each([
    ['es', 'Spanish'],
    ['en', 'English'],
    ['es-GT', 'Spanish (Guatemala)'],
    ['qaa', 'qaa'],
  ])('names %s “%s”', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});
