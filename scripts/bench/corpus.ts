/**
 * A synthetic corpus for the benchmark: N statements shaped like the real
 * ones (front matter, verbatim source copies, bylines, supplied dates with
 * evidence, quotations, annotations), with people, organisations, places,
 * topics and events that grow with N. Seeded and deterministic: the same
 * seed and N always write the same bytes, so two benchmark runs build the
 * same site. The real statements and their data are kept, however many
 * there are, so every page type, the comparison included, has real content
 * to show.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseBody } from '../../src/lib/blocks.ts';
import { mergeRegistry, parseRegistry, publishedPermalinks } from '../../src/lib/permalinks.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

/** A small, fast, seedable PRNG (mulberry32); Math.random cannot be seeded. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** One item of a list, chosen by the generator. */
function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A whole number between min and max inclusive. */
function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Up to `count` distinct items of a list. */
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  const wanted = Math.min(count, list.length);
  while (chosen.size < wanted) chosen.add(pick(random, list));
  return [...chosen];
}

const ISSUERS = [
  ['us-department-of-state', 'U.S. Department of State', 'United States', 'US', 'state.gov Press Releases'],
  ['mexico-sre', 'Secretaría de Relaciones Exteriores', 'Mexico', 'MX', 'gob.mx/sre'],
  ['global-affairs-canada', 'Global Affairs Canada', 'Canada', 'CA', 'canada.ca News'],
  ['uk-fcdo', 'Foreign, Commonwealth & Development Office', 'United Kingdom', 'GB', 'GOV.UK'],
  ['france-meae', 'Ministère de l’Europe et des Affaires étrangères', 'France', 'FR', 'diplomatie.gouv.fr'],
  ['germany-auswaertiges-amt', 'Auswärtiges Amt', 'Germany', 'DE', 'auswaertiges-amt.de'],
  ['japan-mofa', 'Ministry of Foreign Affairs of Japan', 'Japan', 'JP', 'mofa.go.jp'],
  ['brazil-itamaraty', 'Ministério das Relações Exteriores', 'Brazil', 'BR', 'gov.br/mre'],
  ['kenya-mfa', 'Ministry of Foreign and Diaspora Affairs', 'Kenya', 'KE', 'mfa.go.ke'],
  ['india-mea', 'Ministry of External Affairs', 'India', 'IN', 'mea.gov.in'],
  ['australia-dfat', 'Department of Foreign Affairs and Trade', 'Australia', 'AU', 'dfat.gov.au'],
  ['south-africa-dirco', 'Department of International Relations and Cooperation', 'South Africa', 'ZA', 'dirco.gov.za'],
  ['honduras-sre', 'Secretaría de Relaciones Exteriores de Honduras', 'Honduras', 'HN', 'sre.gob.hn'],
  ['el-salvador-rree', 'Ministerio de Relaciones Exteriores de El Salvador', 'El Salvador', 'SV', 'rree.gob.sv'],
  ['eu-eeas', 'European External Action Service', 'European Union', 'BE', 'eeas.europa.eu'],
  ['norway-mfa', 'Norwegian Ministry of Foreign Affairs', 'Norway', 'NO', 'regjeringen.no'],
  ['indonesia-kemlu', 'Ministry of Foreign Affairs of Indonesia', 'Indonesia', 'ID', 'kemlu.go.id'],
  ['chile-minrel', 'Ministerio de Relaciones Exteriores de Chile', 'Chile', 'CL', 'minrel.gob.cl'],
] as const;

const TYPES = [
  'statement',
  'readout',
  'press-release',
  'joint-statement',
  'remarks',
  'communique',
  'fact-sheet',
  'news-article',
] as const;

const TITLES: Record<string, string> = {
  minister: 'Foreign Minister',
  president: 'President',
  ambassador: 'Ambassador',
  secretary: 'Secretary',
  envoy: 'Special Envoy',
  director: 'Director-General',
};

const FIRST =
  `Amara Bruno Camila Dmitri Elena Farid Greta Hiroshi Ines Jonas Kemal Lucía Malik Nadia Oskar Priya Quentin
Rosa Samuel Tamar Umar Valeria Wendell Ximena Yusuf Zofia Adriana Benedikt Chiara Daniel Esther Felipe Gabriela Hassan
Ingrid Javier Keiko Lars Mariana Nikolai Olena Pablo Rania Sebastián Teresa Ulrich Vera William Yara Andrés Beatriz
Cyrus Dalia Emeka Fatima Gustavo Helena Ibrahim Julia Kwame Leila Mateo Noor`.split(/\s+/u);

const LAST = `Abebe Bergström Castillo Dimitrov Escobar Fernandes Gallagher Haddad Ishikawa Jovanović Kowalski Lindqvist
Mendoza Nakamura Okafor Petrov Quispe Rahman Sandoval Takahashi Uribe Valdez Whitaker Xavier Yamada Zapata Acheampong
Baptiste Cárdenas Delacroix Eriksen Figueroa Gómez Hoffmann Ibáñez Jablonski Kariuki Laurent Moreau Novak Ortega
Pereira Quintero Rossi Santos Tanaka Ueda Vargas Wójcik Yilmaz Zhou Alvarado Benítez Chávez Duarte Espinoza Fuentes
Guerrero Herrera Iglesias Jiménez Kruger Lozano Marín Navarro Olsen Paredes Ramírez Salazar Torres Urrutia Villalobos`.split(
  /\s+/u,
);

const PLACES: [string, 'country' | 'region' | 'city'][] = [
  ...`Argentina|Belize|Bolivia|Brazil|Canada|Chile|Colombia|Costa Rica|Ecuador|El Salvador|Haiti|Honduras|Jamaica|Mexico|Nicaragua|Panama|Paraguay|Peru|Uruguay|Egypt|Ethiopia|Ghana|Kenya|Morocco|Nigeria|Senegal|South Africa|Tanzania|Uganda|Bangladesh|Cambodia|India|Indonesia|Japan|Malaysia|Nepal|Pakistan|Philippines|Singapore|Thailand|Vietnam|France|Germany|Italy|Norway|Poland|Portugal|Spain|Sweden|Ukraine|Australia|Fiji|Samoa|Tonga`
    .split('|')
    .map((name) => [name, 'country'] as [string, 'country']),
  ...[
    'Central America',
    'the Caribbean',
    'the Sahel',
    'the Horn of Africa',
    'Southeast Asia',
    'the Pacific Islands',
  ].map((name) => [name, 'region'] as [string, 'region']),
  ...`Brasília|Nairobi|Jakarta|Lima|Tegucigalpa|San Salvador|Ottawa|Canberra|Pretoria|New Delhi|Oslo|Santiago|Bogotá|Accra|Manila|Hanoi|Lisbon|Warsaw|Kyiv|Suva`
    .split('|')
    .map((name) => [name, 'city'] as [string, 'city']),
];

const TOPIC_STEMS = [
  ['climate-adaptation', 'Climate adaptation', 'adapting to a changing climate'],
  ['food-security', 'Food security', 'food security and agricultural resilience'],
  ['public-health', 'Public health', 'public health and pandemic preparedness'],
  ['trade', 'Trade and investment', 'trade and investment'],
  ['energy-transition', 'Energy transition', 'clean energy and the energy transition'],
  ['human-rights', 'Human rights', 'human rights and fundamental freedoms'],
  ['maritime-security', 'Maritime security', 'maritime security and freedom of navigation'],
  ['digital-economy', 'Digital economy', 'the digital economy and connectivity'],
  ['education', 'Education', 'education and scholarships'],
  ['anti-corruption', 'Anti-corruption', 'transparency and anti-corruption measures'],
  ['humanitarian-aid', 'Humanitarian assistance', 'humanitarian assistance'],
  ['peace-and-security', 'Peace and security', 'peace, security and conflict prevention'],
  ['water', 'Water and sanitation', 'water and sanitation'],
  ['gender-equality', 'Gender equality', 'gender equality and women’s leadership'],
  ['labour-mobility', 'Labour mobility', 'labour mobility and legal pathways for workers'],
  ['disaster-response', 'Disaster response', 'disaster risk reduction and emergency response'],
  ['critical-minerals', 'Critical minerals', 'critical minerals and supply chains'],
  ['fisheries', 'Fisheries', 'sustainable fisheries'],
  ['cybersecurity', 'Cybersecurity', 'cybersecurity and resilient networks'],
  ['culture', 'Culture and heritage', 'cultural heritage and exchanges'],
] as const;

const QUALIFIERS = ['regional', 'coastal', 'rural', 'urban', 'cross-border', 'youth', 'indigenous', 'small-island'];

const PROGRAMME_WORDS =
  `Horizon Bridge Compass Meridian Keystone Beacon Harbor Summit Pathway Lattice Sentinel Cascade Atlas
Northstar Anchor Tideline Canopy Corridor Threshold Frontier`.split(/\s+/u);
const PROGRAMME_KINDS = ['Initiative', 'Partnership', 'Facility', 'Programme', 'Compact', 'Fund', 'Alliance'];

const VERBS = ['welcomed', 'reaffirmed', 'discussed', 'underscored', 'highlighted', 'reviewed', 'emphasised', 'noted'];
const LINKS = ['Additionally,', 'Furthermore,', 'In that context,', 'At the same time,', 'Finally,', 'Moreover,'];
const OUTCOMES = [
  'a joint working group that will report within six months',
  'a memorandum of understanding to be signed before the end of the year',
  'new technical exchanges between the two ministries',
  'a shared monitoring framework with annual reviews',
  'expanded scholarships for students and young professionals',
  'a roadmap of concrete steps agreed by both delegations',
];
const MONTHS = `January February March April May June July August September October November December`.split(' ');

/** An entity id from a name: lower-case ASCII words joined by hyphens. */
function idOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** Hard-wraps a paragraph at about 72 columns, as the White House copy is. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 72) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A date in human wording, e.g. "12 March 2021". */
function wordDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The day a copy of a statement of `date` was retrieved: a few days to a month later, without drawing on the PRNG. */
function retrievedAfter(date: string, index: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1 + (index % 30));
  return day.toISOString().slice(0, 10);
}

interface Person {
  id: string;
  name: string;
  last: string;
  title: string;
  country: string;
}
interface Organization {
  id: string;
  name: string;
  kind: 'programme' | 'agency';
}
interface Topic {
  id: string;
  name: string;
  phrase: string;
}

/** What the generator wrote, for the benchmark's choice of queries. */
export interface CorpusSummary {
  statements: number;
  people: number;
  organizations: number;
  places: number;
  topics: number;
  events: number;
  /** Words that occur in many statements. */
  commonQueries: string[];
  /** Names and phrases that occur in only a few statements. */
  rareQueries: string[];
  /** The slugs of the synthetic statements, in the order written. */
  synthetic: string[];
  /** A synthetic statement file the benchmark edits for its one-change rebuild. */
  sampleFile: string;
  sampleSlug: string;
}

/** Builds the people, organisations and topics for a corpus of N statements. */
function buildEntities(random: Random, n: number) {
  const peopleCount = Math.max(24, Math.round(n / 8));
  const people: Person[] = [];
  const names = new Set<string>();
  while (people.length < peopleCount) {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    const middle = names.has(`${first} ${last}`) ? `${String.fromCharCode(65 + between(random, 0, 25))}. ` : '';
    const name = `${first} ${middle}${last}`;
    if (names.has(name)) continue;
    names.add(name);
    const issuer = pick(random, ISSUERS);
    people.push({ id: idOf(name), name, last, title: pick(random, Object.values(TITLES)), country: issuer[2] });
  }
  const organizations: Organization[] = [];
  const orgNames = new Set<string>();
  const orgCount = Math.max(12, Math.round(n / 25));
  while (organizations.length < orgCount) {
    const region = pick(random, PLACES)[0].replace(/^the /u, '');
    const name = `${region} ${pick(random, PROGRAMME_WORDS)} ${pick(random, PROGRAMME_KINDS)}`;
    if (orgNames.has(name)) continue;
    orgNames.add(name);
    organizations.push({ id: idOf(name), name, kind: random() < 0.8 ? 'programme' : 'agency' });
  }
  const topics: Topic[] = [];
  const topicCount = Math.max(TOPIC_STEMS.length, Math.round(n / 200));
  for (let i = 0; topics.length < topicCount; i++) {
    const [id, name, phrase] = TOPIC_STEMS[i % TOPIC_STEMS.length]!;
    const round = Math.floor(i / TOPIC_STEMS.length);
    if (round === 0) topics.push({ id, name, phrase });
    else {
      const q = QUALIFIERS[(round - 1) % QUALIFIERS.length]!;
      const suffix = round > QUALIFIERS.length ? ` ${round}` : '';
      topics.push({ id: `${id}-${idOf(q)}${suffix ? `-${round}` : ''}`, name: `${name} (${q}${suffix})`, phrase });
    }
  }
  return { people, organizations, topics };
}

interface GeneratedStatement {
  slug: string;
  /** The names of its cast (people, with and without their titles, organisations, places) that its title, paragraphs or record print. */
  names: Set<string>;
  file: string;
  markdown: string;
  sourceName: string;
  source: string;
  annotation: string;
  paragraphs: number;
  date: string;
  mentionsParagraph: number;
  /** The first paragraph as the reader sees it, where an event's wording must be found. */
  firstParagraph: string;
  /** The transcription body, for the permalink registry. */
  body: string;
}

/** Writes one synthetic statement: its transcription, its verbatim source copy and its annotation. */
function buildStatement(random: Random, index: number, entities: ReturnType<typeof buildEntities>): GeneratedStatement {
  const [issuerId, issuerName, country, countryCode, publication] = pick(random, ISSUERS);
  const type = pick(random, TYPES);
  const year = between(random, 2001, 2026);
  const month = year === 2026 ? between(random, 1, 10) : between(random, 1, 12);
  const day = between(random, 1, 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const supplied = random() < 0.12;
  const cast = sample(random, entities.people, between(random, 2, 4));
  const speaker = cast[0]!;
  const places = sample(random, PLACES, between(random, 2, 4));
  const orgs = sample(random, entities.organizations, between(random, 1, 3));
  const topics = sample(random, entities.topics, between(random, 2, 5));
  const place = places[0]![0];
  const topic = topics[0]!;
  const title = `${pick(random, ['Joint Statement', 'Readout', 'Statement', 'Remarks', 'Press Release'])} on ${topic.name.replace(/ \(.*\)$/u, '')} Cooperation with ${place.replace(/^the /u, 'the ')}: ${speaker.title} ${speaker.name} Meets Counterparts (${wordDate(date)})`;
  const slug = `${issuerId.split('-')[0]}-${date}-${idOf(topic.name).slice(0, 24).replace(/-+$/u, '')}-${index.toString(36)}`;
  const useAlias = random() < 0.2;

  const sentence = (): string => {
    const person = pick(random, cast);
    const org = pick(random, orgs);
    const tp = pick(random, topics);
    const pl = pick(random, places)[0];
    const amount = `$${between(random, 2, 950)} million`;
    const templates = [
      () =>
        `${person.title} ${person.name} ${pick(random, VERBS)} progress on ${tp.phrase} in ${pl} and the work of the ${org.name}.`,
      () => `The delegations ${pick(random, VERBS)} ${tp.phrase}, agreeing on ${pick(random, OUTCOMES)}.`,
      () =>
        `${pick(random, LINKS)} the ${org.name} will commit ${amount} over ${between(random, 2, 7)} years to ${tp.phrase} across ${pl}.`,
      () =>
        `Both sides recognised that ${tp.phrase} depends on sustained cooperation with partners in ${pl}, including local authorities and civil society.`,
      () =>
        `${person.name} ${pick(random, VERBS)} the ${between(random, 2, 40)} projects already under way and called for ${pick(random, OUTCOMES)}.`,
      () =>
        `The meeting took place in ${pl} on ${wordDate(date)}, ${between(random, 3, 30)} months after the previous round of consultations.`,
      () =>
        `Officials ${pick(random, VERBS)} that ${between(random, 1200, 98000).toLocaleString('en-US')} people had benefited from programmes on ${tp.phrase} since ${year - between(random, 1, 6)}.`,
      () => `${pick(random, LINKS)} they agreed to review the ${org.name} at a ministerial meeting in ${pl} next year.`,
    ];
    return pick(random, templates)();
  };

  const wanted = between(random, 400, 900);
  const paragraphs: string[] = [];
  let words = 0;
  const quoteAt = between(random, 2, 4);
  while (words < wanted) {
    const parts: string[] = [];
    const count = between(random, 3, 6);
    for (let i = 0; i < count; i++) parts.push(sentence());
    if (paragraphs.length + 1 === quoteAt) {
      const said = `We will keep working on ${topic.phrase} with ${place} because our people expect results`;
      parts.push(`“${said},” said ${speaker.title} ${speaker.name}.`);
    }
    if (useAlias && paragraphs.length === 0) parts.push(`The ${speaker.title} thanked the hosts.`);
    const paragraph = parts.join('  ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/u).length;
  }
  if (paragraphs.length < quoteAt) {
    paragraphs.push(
      `“We will keep working on ${topic.phrase} with ${place} because our people expect results,” said ${speaker.title} ${speaker.name}.`,
    );
  }
  const endMark = type === 'press-release' || type === 'statement';
  const byline = type === 'news-article' ? `by ${pick(random, FIRST)} ${pick(random, LAST)}` : undefined;
  const sourceName = `s${String(index).padStart(5, '0')}_${slug.length.toString(16)}${index.toString(16)}.txt`;
  const url = `https://example.${countryCode.toLowerCase()}/news/${date.replaceAll('-', '/')}/${slug}/`;

  const data: Record<string, unknown> = {
    slug,
    title,
    issuer: { name: issuerName, country, entity: issuerId, countryCode, publication },
    type,
    date: supplied
      ? {
          basis: 'supplied',
          value: date,
          evidence: [{ note: `The copy is undated; the meeting it reports took place on ${wordDate(date)}.` }],
        }
      : { basis: 'source', value: date },
    ...(supplied ? {} : { originalUrl: url }),
    ...(byline ? { bylines: [{ text: byline, name: byline.slice(3), placement: 'header' }] } : {}),
    language: 'en',
    summary: `${speaker.name} and counterparts discuss ${topic.phrase} and cooperation with ${place}.`,
    source: {
      copy: sourceName,
      description: supplied
        ? 'Synthetic plain-text copy without metadata, generated for the benchmark.'
        : 'Synthetic copy with a metadata block, generated for the benchmark.',
      retrieved: retrievedAfter(date, index),
    },
    normalisations: ['Hard line breaks inside paragraphs are joined with single spaces.'],
    notes: ['Synthetic statement generated for the performance benchmark; not a real document.'],
    // Its URLs are recorded in the registry below, as `npm run review` would.
    reviewed: '2026-01-01',
  };
  const body = [...paragraphs, ...(endMark ? ['\\###'] : [])].join('\n\n');
  const markdown = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
  // A plain-text copy writes the end mark bare; only the Markdown copy (with a metadata block) escapes it.
  const sourceBody = [...paragraphs.map(wrap), ...(endMark ? [supplied ? '###' : '\\###'] : [])].join('\n\n');
  const source = supplied
    ? `${title}\n\n${byline ? `${byline}\n\n` : ''}${sourceBody}\n`
    : `---\n${stringify({ date, permalink: url, title }, { lineWidth: 0 })}---\n\n${byline ? `${byline}\n\n` : ''}${sourceBody}\n`;

  const annotation = {
    statement: slug,
    ...(useAlias ? { aliases: [{ text: `The ${speaker.title}`, entity: speaker.id }] } : {}),
    paragraphs: Object.fromEntries(
      paragraphs.map((_, i) => [
        String(i + 1),
        { topics: sample(random, topics, between(random, 1, 2)).map((t) => t.id) },
      ]),
    ),
    quotations: [
      {
        paragraph: quoteAt,
        speaker: speaker.id,
        kind: 'direct',
        text: `We will keep working on ${topic.phrase} with ${place} because our people expect results,`,
      },
    ],
  };
  // Which of its cast's names the statement prints, looked up in its own words only: a search of every
  // statement for every name would take hours at 100,000 statements.
  const text = [title, ...paragraphs, markdown].join('\n');
  const names = new Set(
    [
      ...cast.flatMap((p) => [p.name, `${p.title} ${p.name}`]),
      ...orgs.map((o) => o.name),
      ...places.map(([name]) => name),
    ].filter((name) => text.includes(name)),
  );
  return {
    slug,
    names,
    file: `${slug}.md`,
    markdown,
    sourceName,
    source,
    annotation: stringify(annotation, { lineWidth: 0 }),
    paragraphs: paragraphs.length,
    date,
    mentionsParagraph: quoteAt,
    firstParagraph: paragraphs[0] ?? '',
    body,
  };
}

/** How many statement files a content folder holds. */
export function countStatements(contentDir: string): number {
  const dir = join(contentDir, 'statements');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length;
}

/**
 * Writes a corpus of `n` statements (every real one in `realDir` plus
 * n − (real count) synthetic) into `outDir`, replacing whatever was there.
 */
export function generateCorpus(options: { n: number; seed: number; outDir: string; realDir?: string }): CorpusSummary {
  const { n, seed, outDir, realDir = 'content' } = options;
  const real = countStatements(realDir);
  if (n < real) throw new Error(`a corpus of ${n} statements cannot keep the ${real} statements of ${realDir}`);
  const random = createRandom(seed);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(realDir, outDir, { recursive: true });
  const entities = buildEntities(random, n);
  for (const dir of ['statements', 'sources', 'annotations']) mkdirSync(join(outDir, dir), { recursive: true });
  // Each statement is written as soon as it is made, and only what the lists below need is kept of it:
  // 100,000 statements' texts held at once would take gigabytes.
  const statements: Pick<GeneratedStatement, 'slug' | 'date' | 'firstParagraph'>[] = [];
  const names = new Map<string, number>();
  const published: string[] = [];
  for (let i = 0; i < n - real; i++) {
    const s = buildStatement(random, i, entities);
    // A real file of the same name would be overwritten silently; refuse instead.
    for (const file of [join('statements', s.file), join('sources', s.sourceName)])
      if (existsSync(join(outDir, file))) throw new Error(`${realDir} already has ${file}; choose another seed`);
    writeFileSync(join(outDir, 'statements', s.file), s.markdown);
    writeFileSync(join(outDir, 'sources', s.sourceName), s.source);
    writeFileSync(join(outDir, 'annotations', `${s.slug}.yaml`), s.annotation);
    for (const name of s.names) names.set(name, (names.get(name) ?? 0) + 1);
    published.push(...publishedPermalinks([{ data: { slug: s.slug }, blocks: parseBody(s.body) }]));
    statements.push({ slug: s.slug, date: s.date, firstParagraph: s.firstParagraph });
  }

  /** True when some statement names it: the content check rejects an alias that matches nothing. */
  const used = (name: string) => names.has(name);
  /** Appends generated entries to one of the real YAML lists. */
  const extend = (file: string, entries: unknown[]) => {
    const path = join(outDir, file);
    const existing = parseYaml(readFileSync(path, 'utf8')) as { id: string }[];
    const ids = new Set(existing.map((e) => e.id));
    const fresh = (entries as { id: string }[]).filter((e) => !ids.has(e.id));
    writeFileSync(path, stringify([...existing, ...fresh], { lineWidth: 0 }));
  };
  extend(
    'entities/people.yaml',
    entities.people
      .filter((p) => used(p.name))
      .map((p) => ({
        id: p.id,
        name: p.name,
        // Only aliases some text uses: the content check rejects the others, which small corpora would leave.
        aliases: [p.name, `${p.title} ${p.name}`].filter(used),
        description: `${p.title}, ${p.country} (synthetic).`,
      })),
  );
  extend('entities/organizations.yaml', [
    ...ISSUERS.map(([id, name, country]) => ({ id, name, kind: 'government', aliases: [], country })),
    ...entities.organizations
      .filter((o) => used(o.name))
      .map((o) => ({ id: o.id, name: o.name, kind: o.kind, aliases: [o.name] })),
  ]);
  extend(
    'entities/places.yaml',
    PLACES.filter(([name]) => used(name)).map(([name, kind]) => ({
      id: idOf(name),
      name: name.replace(/^the /u, ''),
      kind,
      aliases: [name.replace(/^the /u, '')],
    })),
  );
  extend(
    'entities/topics.yaml',
    entities.topics.map((t) => ({ id: t.id, name: t.name, description: `Statements on ${t.phrase}.` })),
  );
  extend(
    'events.yaml',
    statements
      .filter((_, i) => i % 20 === 0)
      .map((s, i) => ({
        id: `synthetic-meeting-${i}`,
        title: `Consultations reported in ${s.slug}`,
        date: { value: s.date, basis: 'source' },
        // A mention quotes the date only where its paragraph words it, as the content check requires.
        mentions: [
          {
            statement: s.slug,
            paragraph: 1,
            ...(s.firstParagraph.includes(wordDate(s.date)) ? { wording: wordDate(s.date) } : {}),
          },
        ],
      })),
  );

  // Record the synthetic statements' URLs, as an editor would with `npm run permalinks`.
  const registry = join(outDir, 'permalinks.txt');
  const existing = existsSync(registry) ? parseRegistry(readFileSync(registry, 'utf8')) : [];
  writeFileSync(registry, mergeRegistry(existing, published).text);

  const sample0 = statements[0];
  // How many statements name each person: the rarest named make the rare queries.
  const counts = entities.people.map((p) => [p.name, names.get(p.name) ?? 0] as const);
  const rare = counts.filter(([, c]) => c > 0).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return {
    statements: n,
    people: entities.people.length,
    organizations: entities.organizations.length + ISSUERS.length,
    places: PLACES.length,
    topics: entities.topics.length,
    events: Math.ceil(statements.length / 20),
    synthetic: statements.map((s) => s.slug),
    commonQueries: ['cooperation', 'food security', 'million'],
    rareQueries: [...rare.slice(0, 2).map(([name]) => name), 'Giammattei'],
    sampleFile: sample0 ? join(outDir, 'statements', `${sample0.slug}.md`) : '',
    sampleSlug: sample0?.slug ?? '',
  };
}
