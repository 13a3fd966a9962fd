/**
 * Telling the language of a statement from its text, for the importer's
 * `language` field. The archive holds English and Spanish statements; the
 * text of a copy is long enough that its commonest short words decide it:
 * "the", "of", "and" against "de", "la", "que". A text that is neither clearly
 * gives no answer, and the editor says it with `--language`.
 */

/** Languages the archive recognises by their words. */
export const detectableLanguages = ['en', 'es'] as const;

/** Words frequent in running text of one language and rare in the other. */
const MARKERS: Record<(typeof detectableLanguages)[number], ReadonlySet<string>> = {
  en: new Set(
    'the of and to in is that for on with as was by at this be are from it has have will which their not an its were would been'.split(
      ' ',
    ),
  ),
  es: new Set(
    'de la que el en los del las por con para una se su al lo como más sus le ya entre también fue han ha sobre este esta desde'.split(
      ' ',
    ),
  ),
};

/** How many more marker words the winner needs, relative to all counted, to be a clear answer. */
const MARGIN = 0.3;
/** Fewer marker words than this say nothing reliable. */
const MIN_MARKERS = 3;

/** The language a text is written in, `en` or `es`, or null when its words do not tell clearly. */
export function detectLanguage(text: string): (typeof detectableLanguages)[number] | null {
  const counts = { en: 0, es: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (MARKERS.en.has(word)) counts.en += 1;
    if (MARKERS.es.has(word)) counts.es += 1;
  }
  const total = counts.en + counts.es;
  if (total === 0) return null;
  // A short text with the words of one language only is that language.
  if (counts.es === 0) return 'en';
  if (counts.en === 0) return 'es';
  if (total < MIN_MARKERS) return null;
  if (counts.en - counts.es >= MARGIN * total) return 'en';
  if (counts.es - counts.en >= MARGIN * total) return 'es';
  return null;
}

/** English names of the languages statements are written in, for the interface (which stays English). */
export const languageNames: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
};

/** The English name of a BCP 47 language tag, or the tag itself when unknown. */
export function languageName(tag: string): string {
  return languageNames[tag.split('-')[0]!.toLowerCase()] ?? tag;
}
