/**
 * Each statement in its own language, the interface in English: which
 * language a page, its interface and its source words are marked with, and
 * how a language is named to readers. A statement page's `<html lang>` is the
 * statement's language (Pagefind indexes each language by its own rules from
 * it), so the interface around the text says it is English, and on every
 * other page the source words quoted say they are not.
 */

/** The language of the archive's interface: labels, navigation, records, controls, editors' notes. */
export const INTERFACE_LANGUAGE = 'en';

/** The primary subtag of a BCP 47 tag, lower-cased ("es-GT" → "es"). */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/** True when text in this language needs no marking inside the interface (same primary language). */
export function isInterfaceLanguage(tag: string): boolean {
  return primaryLanguage(tag) === INTERFACE_LANGUAGE;
}

/** The `lang` the interface needs on a page in this language: English where the page is not, else none. */
export function interfaceLang(pageLanguage: string): string | undefined {
  return isInterfaceLanguage(pageLanguage) ? undefined : INTERFACE_LANGUAGE;
}

/** The `lang` source words need inside the interface: their own where it is not English, else none. */
export function sourceLang(language: string): string | undefined {
  return isInterfaceLanguage(language) ? undefined : language;
}

const names = new Intl.DisplayNames([INTERFACE_LANGUAGE], { type: 'language', fallback: 'code' });

/** A language's name in the interface language ("es" → "Spanish"), or the tag itself when it has none. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
