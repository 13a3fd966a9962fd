/**
 * What a line outside a statement's text is, read from its words, in English
 * and Spanish: a site's masthead ("An official website of the United States
 * government", "Flag"), a kicker ("READOUT", "COMUNICADO DE PRENSA"), an office
 * line ("OFFICE OF THE SPOKESPERSON", "Ministerio de Relaciones Exteriores"), a
 * reference number, a date line, a place-and-date line, a lead-in ("Begin
 * text:"), a byline, a transcript's time line, or a closing line ("END 4:20
 * P.M. EDT", "Fin del comunicado"). The vocabularies are data, one list per
 * role; the importer decides from a line's place in the copy which roles it may
 * have (a kicker above the text, an END line after it).
 */
import type { DocumentType } from '../schema.ts';
import { dateLine, placeAndDateLine } from '../printed-date.ts';

/** A site's stamp of when it last changed its page: "Updated Nov 12, 2026, 4:05 PM", "Actualizado: 12/11/2026". */
const UPDATE_STAMP =
  /^(?:updated|last updated|actualizado|[uú]ltima actualizaci[oó]n)(?: on| el)?\s*:?\s*\S.{0,40}\d.{0,30}$/iu;

/** True for a site's stamp of when it last changed its page: when the page changed, not when the statement was issued. */
export const isUpdateStamp = (text: string) => UPDATE_STAMP.test(text.trim());

/** Lines that are a web site's own banner, navigation or sharing links, never the document's words. */
const MASTHEAD: readonly RegExp[] = [
  /^an official website of the united states government\.?$/iu,
  /^un sitio (?:web )?oficial del gobierno de(?: los)? estados unidos\.?$/iu,
  /^here['’]s how you know\.?$/iu,
  /^as[ií] es como (?:usted )?(?:puede verificarlo|lo sabe)\.?$/iu,
  /^official websites use \.gov\b/iu,
  /^los sitios web oficiales usan \.gov\b/iu,
  /^secure \.gov websites use https\b/iu,
  /^los sitios web seguros \.gov usan https\b/iu,
  /^a \.gov website belongs to\b/iu,
  /^a lock \(\s*\) or https:\/\/ means\b/iu,
  /^un candado \(\s*\) o https:\/\/ significa\b/iu,
  /^share sensitive information only on official, secure websites\.?$/iu,
  /^(?:flag|bandera|logo|menu|men[uú]|search|buscar|home|inicio|close|cerrar|skip to (?:main )?content|ir al contenido)$/iu,
  /^(?:share|compartir|print|imprimir|email|e-mail|facebook|twitter|x|linkedin|whatsapp|copy link|copiar enlace)$/iu,
  /^(?:share|compartir)(?: (?:on|via|by|to|en|por|v[ií]a) (?:facebook|x|twitter|e-?mail|linkedin|whatsapp|correo(?: electr[oó]nico)?|telegram))$/iu,
  /^writer['’]s picture\b/iu,
  /^foto del escritor\b/iu,
  /^\d+\s*min(?:ute)?s?\s+(?:read|de lectura)$/iu,
  /^(?:official news published at|noticia oficial publicada en|originally published (?:at|on|by)|publicado originalmente en)\b/iu,
  /^(?:home|inicio)\s*[›>/|»]/iu,
  /^(?:english|español)(?:\s*[|/]\s*(?:english|español))+$/iu,
  // A news site's menu: its sections and account links, one a line.
  /^(?:world|mundo|politics|pol[ií]tica|americas|am[eé]rica(?: latina)?|latin america|nation|naci[oó]n|nacionales|internacionales?|international|business|econom[ií]a|opinion|opini[oó]n|sports|deportes|culture|cultura|latest|lo [uú]ltimo|trending|videos?|more|m[aá]s|sections|secciones|about(?: us)?|qui[eé]nes somos|contact(?: us)?|contacto)$/iu,
  /^(?:subscribe|suscr[ií]bete|suscribirse|sign in|sign up|log in|login|log out|register|iniciar sesi[oó]n|ingresar|registrarse|reg[ií]strate|my account|mi cuenta|newsletters?|boletines)$/iu,
  UPDATE_STAMP,
];

/** Document labels that tell the document's type, in English and Spanish; a label alone on its line is a kicker. */
export const TYPE_LABELS: readonly [RegExp, DocumentType][] = [
  [/^joint (?:statement|declaration|communiqu[eé])\b/iu, 'joint-statement'],
  [/^(?:comunicado|declaraci[oó]n) conjunt[oa]\b/iu, 'joint-statement'],
  [/^readout\b/iu, 'readout'],
  [/^(?:resumen|lectura) de la (?:llamada|reuni[oó]n)\b/iu, 'readout'],
  [/^fact sheet\b/iu, 'fact-sheet'],
  [/^hoja (?:informativa|de datos)\b/iu, 'fact-sheet'],
  [/^(?:department |daily )?press briefing\b/iu, 'press-briefing'],
  [/^(?:press gaggle|background press call|on-the-record press call|background briefing)\b/iu, 'press-briefing'],
  [/^(?:conferencia|rueda) de prensa\b/iu, 'press-briefing'],
  [/^interview\b/iu, 'interview'],
  [/^entrevista\b/iu, 'interview'],
  [/^(?:remarks|transcript|speech|press availability|joint press availability)\b/iu, 'remarks'],
  [/^(?:palabras|discurso|intervenci[oó]n|transcripci[oó]n|declaraciones a la prensa)\b/iu, 'remarks'],
  [/^(?:press release|news release|media note|media advisory)\b/iu, 'press-release'],
  [/^(?:comunicado de prensa|nota de prensa|bolet[ií]n(?: de prensa| informativo)?)\b/iu, 'press-release'],
  [/^(?:press statement|statement)\b/iu, 'statement'],
  [/^declaraci[oó]n\b/iu, 'statement'],
  [/^(?:communiqu[eé]|comunicado)\b/iu, 'communique'],
];

/** A site's news section named above a story: "News", "Noticias", "Últimas noticias", "Noticias nacionales". */
const NEWS_SECTION =
  /^(?:(?:latest |local |national |world )?news|(?:[uú]ltimas )?noticias(?: nacionales| internacionales| del gobierno)?|actualidad)$/iu;

/** True for a kicker that names a news section. */
export const isNewsSection = (text: string) => NEWS_SECTION.test(text.trim());

/** A site's section named above a document, which tells its type when the title does not: "Comunicados", "Readouts". */
const SECTION_TYPES: readonly [RegExp, DocumentType][] = [
  [/^(?:joint statements|declaraciones conjuntas|comunicados conjuntos)$/iu, 'joint-statement'],
  [
    /^(?:comunicados(?: de prensa)?|notas de prensa|boletines(?: de prensa)?|press releases|news releases|media notes)$/iu,
    'press-release',
  ],
  [/^(?:readouts|res[uú]menes de llamadas)$/iu, 'readout'],
  [/^(?:fact sheets|hojas informativas)$/iu, 'fact-sheet'],
  [/^(?:press briefings|conferencias de prensa)$/iu, 'press-briefing'],
  [/^(?:speeches (?:and|&) remarks|remarks|discursos|palabras)$/iu, 'remarks'],
  [/^(?:press statements|statements|declaraciones)$/iu, 'statement'],
];

/** The type a site's section line tells ("Comunicados" → press release), if it names one. */
export function typeFromSection(text: string): DocumentType | undefined {
  return SECTION_TYPES.find(([re]) => re.test(text.trim()))?.[1];
}

/** Kicker lines that label a release without telling its type. */
const OTHER_KICKERS: readonly RegExp[] = [
  /^for immediate release\.?$/iu,
  /^(?:para )?(?:su )?(?:publicaci[oó]n|difusi[oó]n) inmediata\.?$/iu,
  /^(?:briefing room|sala de prensa|statements (?:and|&) releases|news (?:and|&) events|noticias y eventos|prensa)$/iu,
  ...SECTION_TYPES.map(([re]) => re),
  NEWS_SECTION,
  /^embargoed\b/iu,
];

/** The words of a title or kicker that tell the document's type, in English or Spanish. */
export function typeFromLabel(text: string): DocumentType | undefined {
  const label = text.trim().replace(/^[“"']/u, '');
  return TYPE_LABELS.find(([re]) => re.test(label))?.[1];
}

/** A title's words that tell its type beyond its first words ("… at a Joint Press Availability"). */
const TITLE_TYPE_ANYWHERE: readonly [RegExp, DocumentType][] = [
  [/\b(?:joint )?press availability\b/iu, 'remarks'],
  [/\bremarks (?:by|of|to|at|before|with)\b/iu, 'remarks'],
  [/\b(?:palabras|discurso) (?:del?|de la)\b/iu, 'remarks'],
  [/\bpress briefing\b/iu, 'press-briefing'],
  [/\bconferencia de prensa\b/iu, 'press-briefing'],
];

/** The type a title tells: by its opening words, or by a phrase only one type of document is titled with. */
export function typeFromTitle(title: string): DocumentType | undefined {
  return typeFromLabel(title) ?? TITLE_TYPE_ANYWHERE.find(([re]) => re.test(title))?.[1];
}

/**
 * A line naming the office that issues a document, or the site it is on: an
 * office's name ("Office of the Spokesperson", "U.S. Embassy in Guatemala",
 * "Ministerio de Relaciones Exteriores de Guatemala", "The White House"), and
 * nothing after it but what it is of or in. A headline that begins the same
 * way goes on with a verb ("U.S. Embassy Announces …") and is not one.
 */
const OFFICE =
  /^(?:the |la |el )?(?:(?:u\.\s?s\.|united states|us)\s)?(?:office|embassy|consulate|mission|department|bureau|ministry|secretariat|white house|casa blanca|embajada|consulado|misi[oó]n|ministerio|secretar[ií]a|direcci[oó]n|oficina|presidencia|vicepresidencia|canciller[ií]a|gobierno|government|presidency)(?:\s+(?:of|in|to|for|at|de|del|de la|de los|en|para|ante)\s+\S.*)?$/iu;

/** Offices known by a short name alone. */
const OFFICE_NAMES = /^(?:canciller[ií]a|minex|scspr|department of state|u\.\s?s\. department of state)$/iu;

/** Reference numbers: "REF# 2020 – 15", "Comunicado No. 045-2031", "No. 12/2031". */
const REFERENCE: readonly RegExp[] = [
  /^(?:ref(?:erence)?\.?\s*(?:#|no\.?|number|n[º°])|no\.\s*\d|n[º°]\.?\s*\d|n[uú]mero\s+\d)/iu,
  /^(?:comunicado|bolet[ií]n|press release|media note)\s+(?:no\.?|n[uú]m\.?|n[º°]|#)\s*\d/iu,
  /^\d{1,4}\s*[-/–]\s*\d{2,4}$/u,
];

/** Lines that introduce the text: "Begin text:", "The following is attributable to …:", "(As Prepared for Delivery)". */
const LEAD_IN: readonly RegExp[] = [
  /^\((?:as (?:prepared|delivered|released|translated|written)|tal como (?:fue )?(?:preparad|pronunciad|publicad)|versi[oó]n (?:estenogr[aá]fica|oficial))\b[^()]{0,80}\)\.?$/iu,
  /^begin (?:text|transcript)\s*[:.]?$/iu,
  /^(?:inicio del texto|inicia (?:el )?texto|texto|comienza (?:el )?texto)\s*:?$/iu,
  /^(?:the following|the below|below) (?:is|statement|text|was|readout).{0,160}:$/iu,
  /^the text of the following (?:joint )?(?:statement|declaration|communiqu[eé]|readout) was (?:released|issued)\b.{0,200}$/iu,
  /^el (?:siguiente )?texto de la (?:siguiente )?(?:declaraci[oó]n|comunicado)(?: conjunta)? fue (?:emitid|publicad)[oa]\b.{0,200}$/iu,
  /^(?:lo siguiente|el siguiente|a continuaci[oó]n).{0,160}:$/iu,
];

/** A byline on a line of its own: "by Pamela Contreras", "Por Ana Gómez". */
export const BYLINE_LINE = /^(?:[Bb]y|BY|[Pp]or|POR)\s+(\p{Lu}[\p{L}\p{M}.'’\- ]{1,80}?)(?:\s+-[A-Z]{2,6}-)?$/u;

/** A person named above a transcript with their office: "ANTONY J. BLINKEN, SECRETARY OF STATE". */
const PERSON_LINE =
  /^[\p{Lu}.'’\- ]{3,60},\s+(?:[\p{Lu}'’.\- ]*\b(?:SECRETARY|MINISTER|PRESIDENT|AMBASSADOR|SPOKESPERSON|ADVISOR|ADVISER|DIRECTOR|ADMINISTRATOR|SECRETARIO|SECRETARIA|MINISTRO|MINISTRA|PRESIDENTE|PRESIDENTA|EMBAJADOR|EMBAJADORA|VOCERO|VOCERA|CANCILLER|DIRECTORA?)\b[\p{Lu}'’.\- ]*)$/u;

/** A place in capitals on a line of its own, as a release or transcript prints where it was issued: "COBÁN, ALTA VERAPAZ", "WASHINGTON, D.C.". */
const PLACE_LINE = /^\p{Lu}[\p{Lu}\p{M}.'’\- ]*,\s*\p{Lu}[\p{Lu}\p{M}.'’\- ]*$/u;

/** A clock time as transcripts print it: "4:02 P.M. EDT", "10:15 a.m.", "12:30 PM", "14:30 h". */
export const CLOCK_TIME = /\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?|h(?:rs?)?\.?\b|\b)/u;

/** Lines that close a text: "END 4:20 P.M. EDT", "End text.", "Fin del comunicado", "-0-". */
const END: readonly RegExp[] = [
  /^END(?:\s+\d{1,2}:\d{2}\b.*)?$/u,
  /^end (?:of )?(?:text|transcript|statement)\.?$/iu,
  /^(?:fin|fin del (?:texto|comunicado|documento)|termina (?:el )?texto)\.?$/iu,
  /^[-–—]\s*(?:0|o|fin)\s*[-–—]$/iu,
  /^(?:###|# # #|-30-|- 30 -|\*\*\*)$/u,
];

/** A translator's note closing a translated text: "Esta es una traducción de cortesía …", "This translation is provided as a courtesy …". */
const TRANSLATION_NOTE: readonly RegExp[] = [
  /^(?:esta|la presente) (?:es una )?traducci[oó]n\b.{0,300}$/iu,
  /^(?:traducci[oó]n (?:de cortes[ií]a|no oficial)|traducci[oó]n proporcionada)\b.{0,300}$/iu,
  /^this (?:is an? (?:courtesy |unofficial )?)?translation\b.{0,300}$/iu,
  /^(?:courtesy|unofficial) translation\b.{0,300}$/iu,
];

/** A release's contact line after its text. */
const CONTACT =
  /^(?:for (?:more|further) information|media (?:contact|inquiries|enquiries)|press contact|contact:|contacto(?: de prensa)?:|para m[aá]s informaci[oó]n)/iu;

/** The role a line outside the text may have; kinds that depend on its place are told apart by the caller. */
export type LineRoleGuess =
  | 'masthead'
  | 'kicker'
  | 'office'
  | 'reference'
  | 'date'
  | 'dateline'
  | 'lead-in'
  | 'byline'
  | 'person'
  | 'time'
  | 'place'
  | 'end';

/** True when every longer word of a line starts with a capital, as names of offices are written. */
const isNameLike = (text: string) =>
  text
    .split(/\s+/u)
    .filter((w) => w.replace(/\P{L}/gu, '').length > 3)
    .every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));

/** True for a line that names an issuing office and nothing else. */
function isOfficeLine(line: string): boolean {
  if (!isShort(line, 10) || /[.;!?]$/u.test(line)) return false;
  return OFFICE_NAMES.test(line) || (OFFICE.test(line) && isNameLike(line));
}

/** True when a line matches one of a list of patterns. */
const matches = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(text));

/** A line short enough to be a label rather than a sentence of the text. */
const isShort = (text: string, words = 14) => text.split(/\s+/u).length <= words;

/**
 * What a line above the text is, from its words alone, or null when its words
 * say nothing (a headline, a standfirst, or the text itself).
 */
export function headLineRole(text: string): LineRoleGuess | null {
  const line = text.trim();
  if (line === '') return null;
  if (matches(MASTHEAD, line)) return 'masthead';
  if (isShort(line, 10) && (typeFromLabel(line) !== undefined || matches(OTHER_KICKERS, line))) {
    // "Statement by the Press Secretary on …" is a title; a kicker is the label alone, or with a number.
    const label = TYPE_LABELS.find(([re]) => re.test(line))?.[0];
    const rest = label ? line.replace(label, '').trim() : '';
    if (rest === '' || matches(REFERENCE, rest) || /^[\p{P}\s\d#–—-]+$/u.test(rest) || /^ref/iu.test(rest))
      return 'kicker';
  }
  if (isShort(line) && matches(REFERENCE, line)) return 'reference';
  if (line.length <= 240 && matches(LEAD_IN, line)) return 'lead-in';
  if (dateLine(line)) return 'date';
  if (placeAndDateLine(line)) return 'dateline';
  if (BYLINE_LINE.test(line)) return 'byline';
  if (isOfficeLine(line)) return 'office';
  if (PERSON_LINE.test(line)) return 'person';
  if (PLACE_LINE.test(line) && isShort(line, 6)) return 'place';
  return null;
}

/** What a line after the text is (a place and date, an END line, a signature), or null when it is text. */
export function closingLineRole(text: string): 'dateline' | 'end' | 'signature' | 'other' | null {
  const line = text.trim();
  if (matches(END, line)) return 'end';
  if (isShort(line, 60) && matches(TRANSLATION_NOTE, line)) return 'other';
  if (placeAndDateLine(line) || (isShort(line, 6) && dateLine(line))) return 'dateline';
  if (isOfficeLine(line)) return 'signature';
  // Where to ask for more, after a release: "For more information, contact …", "Contacto de prensa: …".
  if (isShort(line, 40) && CONTACT.test(line)) return 'other';
  // A news agency's sign-off: its writer's and editor's initials ("lrb/dc").
  if (/^[a-z]{2,4}(?:\/[a-z]{2,4}){1,3}$/u.test(line)) return 'signature';
  return null;
}
