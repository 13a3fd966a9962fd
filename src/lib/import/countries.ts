/**
 * Countries a joint statement's title may name as its issuers, in English and
 * Spanish, with their ISO 3166 codes: enough to tell that a title names a
 * government the archive does not know yet, and to say what entry to add.
 * Not a gazetteer: the organisations file stays the archive's one list of issuers.
 */

/** A country: its English name, other names it is printed under, and its ISO 3166-1 alpha-2 code. */
export interface Country {
  name: string;
  names: readonly string[];
  code: string;
}

/** The countries, English name first. */
export const COUNTRIES: readonly Country[] = (
  [
    [
      'United States',
      'US',
      'United States of America',
      'USA',
      'U.S.',
      'Estados Unidos',
      'Estados Unidos de América',
      'EE. UU.',
      'EE.UU.',
    ],
    ['Canada', 'CA', 'Canadá'],
    ['Mexico', 'MX', 'México'],
    ['Guatemala', 'GT'],
    ['Belize', 'BZ', 'Belice'],
    ['Honduras', 'HN'],
    ['El Salvador', 'SV'],
    ['Nicaragua', 'NI'],
    ['Costa Rica', 'CR'],
    ['Panama', 'PA', 'Panamá'],
    ['Cuba', 'CU'],
    ['Dominican Republic', 'DO', 'República Dominicana'],
    ['Haiti', 'HT', 'Haití'],
    ['Jamaica', 'JM'],
    ['Colombia', 'CO'],
    ['Venezuela', 'VE'],
    ['Ecuador', 'EC'],
    ['Peru', 'PE', 'Perú'],
    ['Bolivia', 'BO'],
    ['Chile', 'CL'],
    ['Argentina', 'AR'],
    ['Uruguay', 'UY'],
    ['Paraguay', 'PY'],
    ['Brazil', 'BR', 'Brasil'],
    ['Spain', 'ES', 'España'],
    ['Portugal', 'PT'],
    ['France', 'FR', 'Francia'],
    ['Germany', 'DE', 'Alemania'],
    ['Italy', 'IT', 'Italia'],
    ['United Kingdom', 'GB', 'UK', 'Reino Unido'],
    ['Netherlands', 'NL', 'Países Bajos'],
    ['Japan', 'JP', 'Japón'],
    ['South Korea', 'KR', 'Republic of Korea', 'Corea del Sur'],
    ['China', 'CN'],
    ['Taiwan', 'TW'],
    ['India', 'IN'],
    ['Australia', 'AU'],
    ['Israel', 'IL'],
    ['Ukraine', 'UA', 'Ucrania'],
    ['Russia', 'RU', 'Rusia'],
  ] as const
).map(([name, code, ...others]) => ({ name, code, names: [name, ...others] }));

/** Folds a name for comparison: lower case, no accents, no full stops. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\./gu, '').toLowerCase().trim();

/** The country a name is, if it is one of {@link COUNTRIES}. */
export function countryNamed(name: string): Country | undefined {
  const key = fold(name.replace(/^(?:the|la|las|los)\s+/iu, ''));
  return COUNTRIES.find((c) => c.names.some((n) => fold(n) === key));
}

/**
 * The names a joint statement's title lists as its parties: "Joint Statement
 * by the Governments of Guatemala, Honduras and El Salvador on …" gives
 * Guatemala, Honduras and El Salvador; "Declaración conjunta de los Gobiernos
 * de México y Belice sobre …" gives México and Belice.
 */
export function partiesNamed(title: string): string[] {
  const m =
    /\b(?:joint (?:statement|declaration|communiqu[eé])|(?:declaraci[oó]n|comunicado) conjunt[oa])\s+(?:by|of|from|between|de|del|entre)\s+(.+)$/iu.exec(
      title,
    );
  if (!m) return [];
  const list = m[1]!
    .replace(/^(?:the\s+)?(?:governments?|leaders|gobiernos?)\s+(?:of|de)\s+/iu, '')
    .replace(/^(?:los|las)\s+(?:gobiernos?|pa[ií]ses)\s+de\s+/iu, '')
    .split(/\s+(?:on|regarding|concerning|about|at|in|following|sobre|acerca|en|ante|tras|con motivo)\s+/iu)[0]!;
  return list
    .split(/\s*,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+/iu)
    .map((s) =>
      s
        .replace(/^(?:the)\s+/iu, '')
        .replace(/[.:;]+$/u, '')
        .trim(),
    )
    .filter((s) => s !== '');
}
