/**
 * Planning an import: everything `npm run add` decides before it writes a
 * byte, as a pure function of the copy, a snapshot of the archive and the
 * editor's options. The command-line script only reads the snapshot, writes
 * the plan and runs the content check.
 */
import { parse as parseYaml } from 'yaml';
import { precisionOf } from '../dates.ts';
import { documentTypes } from '../schema.ts';
import { copyFileName, sameBytes } from './copy-name.ts';
import { copyFormats, splitMetadataBlock, type CopyFormat } from './detect.ts';
import {
  copyTitle,
  draftStatement,
  hasReporterByline,
  inferType,
  DraftRefusal,
  type Draft,
  type DocumentType,
  type DraftOptions,
  type Evidence,
  type IssuerOrganisation,
} from './draft.ts';
import { COUNTRIES, countryNamed, partiesNamed } from './countries.ts';
import { CopyError, parseCopy, type ParsedCopy } from './parse.ts';
import { webUrlProblem } from '../web-url.ts';

/** What the importer needs to know of the archive it adds to. */
export interface ArchiveSnapshot {
  /** The source copies: name and size in bytes. */
  sources: { name: string; size: number }[];
  /** Reads a source copy's bytes. */
  readSource: (name: string) => Uint8Array;
  /** The statement files, with paths relative to the content folder (`statements/x.md`). */
  statements: { file: string; raw: string }[];
  /** The text of `entities/organizations.yaml`, if there is one. */
  organizations?: string;
}

/** The editor's options, as given on the command line. */
export interface ImportOptions {
  format?: string;
  title?: string;
  titleEvidence?: string[];
  date?: string;
  evidence?: string[];
  evidenceUrl?: string[];
  url?: string;
  issuer?: string;
  type?: string;
  slug?: string;
  language?: string;
  incomplete?: string;
  /** Other issuers of a joint statement, by organisation id. */
  coIssuer?: string[];
  /** The slug of the statement this copy translates. */
  translationOf?: string;
  /** Who made the translation (default: the issuer). */
  translatedBy?: string;
  /** The day the copy was retrieved or received (YYYY-MM-DD); today by default. */
  retrieved?: string;
}

/** What to write: the copy (unless the archive already has it, unclaimed) and the draft statement. */
export interface ImportPlan {
  format: CopyFormat;
  parsed: ParsedCopy;
  /** The copy's file name in the sources folder. */
  copyName: string;
  /** False when the same bytes are already in the sources folder and no statement claims them. */
  writeCopy: boolean;
  /** The statement file to write, relative to the content folder. */
  statementFile: string;
  draft: Draft;
}

/** Reads a statement file's front matter, or an empty record when it has none that parses. */
function frontMatterOf(raw: string): Record<string, unknown> {
  const block = splitMetadataBlock(raw);
  if (!block) return {};
  try {
    const data: unknown = parseYaml(block.yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The name of a source copy holding exactly these bytes, if any. */
export function findSameCopy(bytes: Uint8Array, archive: ArchiveSnapshot): string | undefined {
  const hashed = copyFileName(bytes);
  const candidates = archive.sources.filter((s) => s.size === bytes.length);
  // The content-derived name first: it is the one most likely to match.
  candidates.sort((a, b) => Number(b.name === hashed) - Number(a.name === hashed));
  return candidates.find((s) => sameBytes(archive.readSource(s.name), bytes))?.name;
}

/** Pairs `--evidence` notes with `--evidence-url` addresses by position. */
function evidenceList(notes: readonly string[] = [], urls: readonly string[] = []): Evidence[] {
  if (urls.length > notes.length)
    throw new DraftRefusal('each --evidence-url belongs to an --evidence note: give an --evidence before each URL');
  return notes.map((note, i) => {
    const url = urls[i];
    const problem = url === undefined ? undefined : webUrlProblem(url);
    if (problem) throw new DraftRefusal(`--evidence-url: ${problem}`);
    return url === undefined ? { note } : { note, url };
  });
}

/** Reads the organisations of the entities file. */
function readOrganisations(organizations: string | undefined): IssuerOrganisation[] {
  let list: unknown;
  try {
    list = organizations === undefined ? [] : parseYaml(organizations);
  } catch {
    throw new DraftRefusal('entities/organizations.yaml is not valid YAML; run npm run build to see why');
  }
  return ((Array.isArray(list) ? list : []) as Partial<IssuerOrganisation>[]).filter(
    (o): o is IssuerOrganisation => typeof o?.id === 'string' && typeof o.name === 'string',
  );
}

/** Finds an organisation by id, or refuses naming the option it came from. */
function findOrganisation(id: string, orgs: readonly IssuerOrganisation[], option = '--issuer'): IssuerOrganisation {
  const found = orgs.find((o) => o.id === id);
  if (!found)
    throw new DraftRefusal(
      `unknown ${option.replace(/^--/u, '')} "${id}": give ${option} with an organisation id from entities/organizations.yaml (add the organisation there first if it is new)`,
    );
  return found;
}

/** The organisation that publishes at an address, by the `sites` of the organisations file ("state.gov" covers "www.state.gov"). */
export function issuerOfUrl(
  url: string | undefined,
  orgs: readonly IssuerOrganisation[],
): IssuerOrganisation | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const host = new URL(url).hostname.toLowerCase();
  // The most specific site wins: "gt.usembassy.gov" before "usembassy.gov".
  const matches = orgs.flatMap((o) =>
    (o.sites ?? []).filter((site) => host === site || host.endsWith(`.${site}`)).map((site) => ({ o, site })),
  );
  return matches.sort((a, b) => b.site.length - a.site.length)[0]?.o;
}

/** Folds a line for comparing with an organisation's marks: case, spacing and a final full stop ignored. */
const markKey = (text: string) => text.trim().replace(/\s+/gu, ' ').replace(/\.$/u, '').toLowerCase();

/**
 * The organisation whose marks (lines only it prints around its documents) a
 * copy prints, if exactly one: a line the mark is, or a part of a line set off
 * by a comma or a bullet ("JANE EXEMPLAR, SECRETARY OF STATE", "JUNE 5, 2026 •
 * PRESS BRIEFINGS").
 */
export function issuerOfMarks(parsed: ParsedCopy, orgs: readonly IssuerOrganisation[]): IssuerOrganisation | undefined {
  const lines = new Set(
    parsed.parts
      .filter((p) => p.role === 'line')
      .flatMap((p) => [p.text, ...p.text.split(/\s*[,•|·–—]\s*/u)])
      .map(markKey),
  );
  const found = orgs.filter((o) => (o.marks ?? []).some((mark) => lines.has(markKey(mark))));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The organisation an office line names without its country, when the copy
 * names the country: "MINISTERIO DE RELACIONES EXTERIORES" over a text that
 * names Guatemala is the ministry whose mark is "Ministerio de Relaciones
 * Exteriores de Guatemala". Only when exactly one organisation fits.
 */
export function issuerOfOffice(
  parsed: ParsedCopy,
  orgs: readonly IssuerOrganisation[],
): IssuerOrganisation | undefined {
  const offices = parsed.parts.filter((p) => p.line?.role === 'office').map((p) => markKey(p.text));
  if (offices.length === 0) return undefined;
  const copyText = parsed.parts.map((p) => p.text).join('\n');
  const found = orgs.filter((o) =>
    (o.marks ?? []).some((mark) => {
      const key = markKey(mark);
      const office = offices.find((line) => key.startsWith(`${line} `));
      if (office === undefined) return false;
      // What the mark adds to the office line is where it is: "de Guatemala", "in Honduras".
      const where = mark
        .trim()
        .slice(office.length)
        .replace(/^\s*(?:of|in|to|for|de|del|de la|de los|en|para|ante)\s+/iu, '')
        .replace(/^(?:the|la|el)\s+(?=\p{Lu})/u, '');
      return where !== '' && names(copyText, where);
    }),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Whole-word, case-insensitive test of a name in a text. */
const names = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/**
 * The governments a joint statement's title names, in the order it names
 * them: by an organisation's name or alias, or by the country of a
 * government in the organisations file ("Joint Statement of Freedonia and
 * Sylvania").
 */
export function governmentsNamed(title: string, orgs: readonly IssuerOrganisation[]): IssuerOrganisation[] {
  const found: { org: IssuerOrganisation; at: number }[] = [];
  for (const org of orgs) {
    if (org.kind !== 'government' || !org.countryCode) continue;
    // The country by any name a title prints it under ("México", "Estados Unidos").
    const country = COUNTRIES.find((c) => c.code === org.countryCode)?.names ?? [];
    const words = [org.name, ...(org.aliases ?? []), ...(org.country ? [org.country] : []), ...country];
    const at = Math.min(
      ...words.map((w) => {
        const m = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'iu').exec(title);
        return m ? m.index : Infinity;
      }),
    );
    if (at !== Infinity) found.push({ org, at });
  }
  // One government per country: its most specific entry (the one whose own name the title uses) first.
  const byCountry = new Map<string, { org: IssuerOrganisation; at: number }>();
  for (const f of found.sort((a, b) => a.at - b.at)) {
    const key = f.org.countryCode!;
    const known = byCountry.get(key);
    // Named by its country alone ("the United States"), a country is its government, not one of its offices.
    const isGovernment = (o: IssuerOrganisation) => /^government of\b/iu.test(o.name);
    const neitherNamed = known && !names(title, f.org.name) && !names(title, known.org.name);
    if (
      !known ||
      (names(title, f.org.name) && !names(title, known.org.name)) ||
      (neitherNamed && isGovernment(f.org) && !isGovernment(known.org))
    )
      byCountry.set(key, f);
  }
  return [...byCountry.values()].sort((a, b) => a.at - b.at).map((f) => f.org);
}

/**
 * Refuses a joint statement whose title names as a party a country with no
 * government in the organisations file: drafted, it would list only the
 * parties the archive knows, and a reader would take it for theirs alone.
 */
export function checkPartiesKnown(title: string, orgs: readonly IssuerOrganisation[]): void {
  const unknown = partiesNamed(title)
    .map((name) => ({ name, country: countryNamed(name) }))
    .filter(({ country }) => country && !orgs.some((o) => o.kind === 'government' && o.countryCode === country.code));
  if (unknown.length === 0) return;
  const entries = unknown.map(({ country }) => {
    const id = `government-of-${country!.name.toLowerCase().replace(/[^a-z]+/gu, '-')}`;
    return `“- id: ${id}, name: Government of ${country!.name}, kind: government, country: ${country!.name}, countryCode: ${country!.code}”`;
  });
  throw new DraftRefusal(
    `the title names ${unknown
      .map((u) => u.name)
      .join(', ')
      .replace(/, ([^,]*)$/u, ' and $1')} as ${
      unknown.length === 1 ? 'a party' : 'parties'
    }, but entities/organizations.yaml has no government of ${unknown.length === 1 ? 'it' : 'them'}: add ${entries.join(
      ' and ',
    )} there and run this again, or give every other issuer with --co-issuer <id>`,
  );
}

/**
 * A statement's co-issuers without the issuer and without repeats. Governments
 * read from a title ("the United States and Guatemala") are countries: the
 * issuer's own country is the issuer's side, whichever of its offices issued.
 */
export function distinctCoIssuers(
  issuer: IssuerOrganisation | undefined,
  coIssuers: readonly IssuerOrganisation[],
  byCountry: boolean,
): IssuerOrganisation[] {
  const seen = new Set<string>(issuer ? [issuer.id] : []);
  const countries = new Set<string>(byCountry && issuer?.countryCode ? [issuer.countryCode] : []);
  return coIssuers.filter((org) => {
    if (seen.has(org.id) || (byCountry && org.countryCode !== undefined && countries.has(org.countryCode)))
      return false;
    seen.add(org.id);
    if (byCountry && org.countryCode !== undefined) countries.add(org.countryCode);
    return true;
  });
}

/**
 * The issuer of a copy: `--issuer`; else the organisation that publishes at
 * the copy's address (its permalink or `--url`); else the one whose marks it
 * prints; else, for a joint statement, the first government its title names;
 * else its format's (GT News copies are AGN's).
 */
function resolveIssuer(
  parsed: ParsedCopy,
  options: ImportOptions,
  orgs: readonly IssuerOrganisation[],
  coIssuers: readonly IssuerOrganisation[],
): IssuerOrganisation | undefined {
  if (options.issuer !== undefined) return findOrganisation(options.issuer, orgs);
  const url = parsed.metadata.permalink ?? options.url;
  const byUrl = issuerOfUrl(url, orgs) ?? issuerOfMarks(parsed, orgs) ?? issuerOfOffice(parsed, orgs);
  if (byUrl) return byUrl;
  if (parsedType(parsed, options) === 'joint-statement') {
    const named = coIssuers[0] ?? governmentsNamed(copyTitle(parsed) ?? options.title ?? '', orgs)[0];
    if (named) return named;
  }
  if (parsed.format === 'gt-news') return orgs.find((o) => o.id === 'agn');
  // A whitehouse.gov copy without an address, or an archive whose White House entry lists no sites.
  const host = url !== undefined && URL.canParse(url) ? new URL(url).hostname : undefined;
  if (parsed.format === 'whitehouse' && (host === undefined || /(?:^|\.)whitehouse\.gov$/u.test(host)))
    return orgs.find((o) => o.id === 'white-house');
  return undefined;
}

/** The type the copy or the options tell, before drafting. */
function parsedType(parsed: ParsedCopy, options: ImportOptions): string | undefined {
  const kickers = parsed.parts.filter((p) => p.line?.role === 'kicker').map((p) => p.text);
  return (
    options.type ??
    inferType(
      copyTitle(parsed) ?? options.title,
      parsed.format,
      parsed.metadata.category,
      kickers,
      hasReporterByline(parsed),
    )
  );
}

/** The copy's retrieval day: the one given, checked, or today's date where the editor is. */
export function retrievedDay(given: string | undefined, today = new Date()): string {
  if (given === undefined) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  }
  if (precisionOf(given) !== 'day')
    throw new DraftRefusal(`--retrieved "${given}" is not a day: give the day the copy was retrieved as YYYY-MM-DD`);
  return given;
}

/** Plans the import of a copy into an archive, or throws a one-line {@link DraftRefusal}. */
export function planImport(bytes: Uint8Array, archive: ArchiveSnapshot, options: ImportOptions): ImportPlan {
  const matters = archive.statements.map((s) => ({ file: s.file, data: frontMatterOf(s.raw) }));
  const same = findSameCopy(bytes, archive);
  const holder = same && matters.find((m) => (m.data.source as { copy?: unknown } | undefined)?.copy === same);
  if (holder)
    throw new DraftRefusal(`this copy is already in the archive as sources/${same}, transcribed in ${holder.file}`);

  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DraftRefusal('the copy is not UTF-8 text: save it as UTF-8 and try again');
  }
  if (options.format !== undefined && !(copyFormats as readonly string[]).includes(options.format))
    throw new DraftRefusal(`unknown --format "${options.format}": give one of ${copyFormats.join(', ')}`);
  let parsed: ParsedCopy;
  try {
    parsed = parseCopy(raw, options.format as CopyFormat | undefined);
  } catch (error) {
    if (error instanceof CopyError) throw new DraftRefusal(error.message);
    throw error;
  }

  const orgs = readOrganisations(archive.organizations);
  if (options.type !== undefined && !(documentTypes as readonly string[]).includes(options.type))
    throw new DraftRefusal(`unknown --type "${options.type}": give one of ${documentTypes.join(', ')}`);
  const coIssuers = (options.coIssuer ?? []).map((id) => findOrganisation(id, orgs, '--co-issuer'));
  const issuer = resolveIssuer(parsed, options, orgs, coIssuers);

  let translation: DraftOptions['translation'];
  if (options.translatedBy !== undefined && options.translationOf === undefined)
    throw new DraftRefusal('--translated-by says who translated: give --translation-of <slug of the original> with it');
  if (options.translationOf !== undefined) {
    const original = matters.find((m) => m.data.slug === options.translationOf);
    if (!original)
      throw new DraftRefusal(
        `--translation-of "${options.translationOf}" is not the slug of a statement in the archive: add the original first`,
      );
    const by = options.translatedBy ?? issuer?.name;
    if (by === undefined) throw new DraftRefusal('give --translated-by "who translated it" with --translation-of');
    translation = { of: options.translationOf, from: String(original.data.language ?? 'en'), by };
  }

  if (parsedType(parsed, options) === 'joint-statement' && coIssuers.length === 0)
    checkPartiesKnown(copyTitle(parsed) ?? options.title ?? '', orgs);

  const taken = new Set<string>();
  for (const { file, data } of matters) {
    taken.add(file.replace(/^.*\//u, '').replace(/\.md$/u, ''));
    if (typeof data.slug === 'string') taken.add(data.slug);
    if (Array.isArray(data.formerSlugs)) for (const s of data.formerSlugs) if (typeof s === 'string') taken.add(s);
  }
  const urlProblem = options.url === undefined ? undefined : webUrlProblem(options.url);
  if (urlProblem) throw new DraftRefusal(`--url: ${urlProblem}`);
  const copyName = same ?? copyFileName(bytes);
  const draft = draftStatement(
    parsed,
    {
      title: options.title,
      titleEvidence: evidenceList(options.titleEvidence),
      date: options.date,
      evidence: evidenceList(options.evidence, options.evidenceUrl),
      url: options.url,
      issuer,
      coIssuers:
        issuer && parsedType(parsed, options) === 'joint-statement' && coIssuers.length === 0
          ? distinctCoIssuers(issuer, governmentsNamed(copyTitle(parsed) ?? options.title ?? '', orgs), true)
          : distinctCoIssuers(issuer, coIssuers, false),
      translation,
      type: options.type as DocumentType | undefined,
      slug: options.slug,
      language: options.language,
      incomplete: options.incomplete,
      retrieved: retrievedDay(options.retrieved),
    },
    { name: copyName },
    taken,
  );
  return {
    format: parsed.format,
    parsed,
    copyName,
    writeCopy: same === undefined,
    statementFile: `statements/${draft.slug}.md`,
    draft,
  };
}
