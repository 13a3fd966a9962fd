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
  defaultIssuerId,
  draftStatement,
  DraftRefusal,
  type Draft,
  type DocumentType,
  type Evidence,
  type IssuerOrganisation,
} from './draft.ts';
import { CopyError, parseCopy, type ParsedCopy } from './parse.ts';

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
    if (url !== undefined && !URL.canParse(url))
      throw new DraftRefusal(`--evidence-url "${url}" is not an absolute URL (https://…)`);
    return url === undefined ? { note } : { note, url };
  });
}

/** Finds the issuing organisation in the entities file. */
function findIssuer(id: string, organizations: string | undefined): IssuerOrganisation {
  let list: unknown;
  try {
    list = organizations === undefined ? [] : parseYaml(organizations);
  } catch {
    throw new DraftRefusal('entities/organizations.yaml is not valid YAML; run npm run build to see why');
  }
  const orgs = (Array.isArray(list) ? list : []) as Partial<IssuerOrganisation>[];
  const found = orgs.find((o) => o.id === id);
  if (!found || typeof found.name !== 'string')
    throw new DraftRefusal(
      `unknown issuer "${id}": give --issuer with an organisation id from entities/organizations.yaml (add the organisation there first if it is new)`,
    );
  return { ...found, id, name: found.name };
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

  const issuerId = options.issuer ?? defaultIssuerId(parsed);
  if (issuerId === undefined)
    throw new DraftRefusal(
      'the issuer is not known from the copy: give --issuer <organisation id from entities/organizations.yaml>',
    );
  const issuer = findIssuer(issuerId, archive.organizations);
  if (options.type !== undefined && !(documentTypes as readonly string[]).includes(options.type))
    throw new DraftRefusal(`unknown --type "${options.type}": give one of ${documentTypes.join(', ')}`);

  const taken = new Set<string>();
  for (const { file, data } of matters) {
    taken.add(file.replace(/^.*\//u, '').replace(/\.md$/u, ''));
    if (typeof data.slug === 'string') taken.add(data.slug);
    if (Array.isArray(data.formerSlugs)) for (const s of data.formerSlugs) if (typeof s === 'string') taken.add(s);
  }
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
