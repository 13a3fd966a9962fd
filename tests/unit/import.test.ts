import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRawHtml, parseBody, type Block } from '../../src/lib/blocks.ts';
import { copyFileName } from '../../src/lib/import/copy-name.ts';
import { detectFormat, type CopyFormat } from '../../src/lib/import/detect.ts';
import {
  deriveSlug,
  draftStatement,
  DraftRefusal,
  escapeBodyText,
  inferType,
  stringifyFrontMatter,
  type DraftOptions,
} from '../../src/lib/import/draft.ts';
import { NO_CHANGES } from '../../src/lib/import/normalisations.ts';
import { looksLikeSubheading, parseCopy } from '../../src/lib/import/parse.ts';
import { planImport, retrievedDay, type ArchiveSnapshot, type ImportOptions } from '../../src/lib/import/plan.ts';
import { isTranscript, statementSchema, type StatementData } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { displayTitle } from '../../src/lib/statement.ts';
import { compareTexts } from '../../src/lib/text.ts';
import { checkStatements, readSourceCopy, transcriptionText } from '../../src/lib/validate.ts';
import { CONTENT, edit, readSource, statementFile } from './helpers.ts';

const COPIES = join(import.meta.dirname, '../fixtures/copies');
const fixture = (name: string) => readFileSync(join(COPIES, name), 'utf8');
const real = (name: string) => readSource(name)!;

const WH_COPY = '001_ccf752448703af61.txt';
const AGN_COPY = '000_0af2a9ff45b6a59c.txt';
const issuer = { id: 'white-house', name: 'The White House', country: 'United States', countryCode: 'US' };
const supplied = { date: '2023-05-26', evidence: [{ note: 'The White House readout of the same call.' }] };

/** Every copy the importer is tested on: its text, the options it needs, and the format it is. */
const copies: [string, () => string, Partial<DraftOptions>, CopyFormat][] = [
  ['the real White House copy', () => real(WH_COPY), {}, 'whitehouse'],
  ['the real GT News copy', () => real(AGN_COPY), supplied, 'gt-news'],
  ['a White House readout', () => fixture('whitehouse-readout.txt'), {}, 'whitehouse'],
  [
    'an untitled White House remarks transcript',
    () => fixture('whitehouse-remarks-untitled.txt'),
    { title: 'Remarks by Vice President Example and Prime Minister Sample Before Their Bilateral Meeting' },
    'whitehouse',
  ],
  ['a GT News article', () => fixture('gt-news-article.txt'), supplied, 'gt-news'],
  ['a plain-text joint statement', () => fixture('plain-joint-statement.txt'), supplied, 'plain'],
];

/** Drafts a copy with the test issuer, retrieved on 25 November 2026, as stored under the given name. */
const draft = (raw: string, options: Partial<DraftOptions> = {}, name = 'copy.txt') =>
  draftStatement(parseCopy(raw), { issuer, retrieved: '2026-11-25', ...options }, { name });

/** Reads a draft back as the content check does: front matter through the schema, body through the parser. */
function readBack(text: string): { data: StatementData; blocks: Block[] } {
  const parsed = readStatementFile(text);
  const data = statementSchema.parse(parsed.data);
  return { data, blocks: parseBody(parsed.body, { transcript: isTranscript(data.type) }) };
}

describe('detectFormat', () => {
  it.each(copies)('recognises %s', (_, raw, __, format) => {
    expect(detectFormat(raw())).toBe(format);
  });

  it.each([
    ['a metadata block with none of the whitehouse.gov keys', '---\nauthor: x\n---\nText.\n', 'plain'],
    ['a metadata block with only a permalink', '---\npermalink: https://x.org/\n---\nText.\n', 'whitehouse'],
    ['a dateline ending in -AGN-', 'Title\n\nGuatemala City, by A B -AGN- Text.\n', 'gt-news'],
    ['the agency copyright line alone', 'Title\n\nText.\n\nCopyright © SCSP 2024 Guatemala\n', 'gt-news'],
    ['generic furniture alone', 'Title\n\nText.\n\nYou may also like\n', 'plain'],
    ['a "---" rule that opens no metadata block', '---\n\nText.\n', 'plain'],
  ])('reads %s as %s', (_, raw, format) => {
    expect(detectFormat(raw)).toBe(format);
  });
});

describe('parseCopy', () => {
  it('reads the real GT News copy into headline, standfirst, bylines, text, subheading and furniture', () => {
    const parsed = parseCopy(real(AGN_COPY));
    const roles = parsed.parts.map((p) => p.role);
    expect(roles.slice(0, 3)).toEqual(['title', 'subtitle', 'byline']);
    expect(roles.filter((r) => r === 'paragraph')).toHaveLength(13);
    expect(parsed.parts.filter((p) => p.role === 'heading').map((p) => p.text)).toEqual(['Support for Women']);
    expect(roles.slice(-4)).toEqual(['furniture', 'furniture', 'furniture', 'furniture']);
    expect(parsed.bylines).toEqual([
      { text: 'by Pamela Contreras', name: 'Pamela Contreras', placement: 'header' },
      { text: 'by Brenda Larios -AGN-', name: 'Brenda Larios', placement: 'text', paragraph: 1 },
    ]);
  });

  it('reads a GT News copy without a byline line or standfirst, taking the dateline as the first paragraph', () => {
    const parsed = parseCopy('Headline Here\n\nGuatemala City, by A Writer -AGN- The text.\n\nMore text.\n');
    expect(parsed.parts.map((p) => p.role)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(parsed.bylines).toEqual([{ text: 'by A Writer -AGN-', name: 'A Writer', placement: 'text', paragraph: 1 }]);
  });

  it('keeps a mid-article paragraph beginning "Copyright" in the text: furniture is only short closing lines', () => {
    const long = `Copyright ${'reform was debated at length by the deputies of the Congress for many hours '.repeat(2)}.`;
    const parsed = parseCopy(
      `Head\n\nGuatemala City, by A B -AGN- Text.\n\n${long}\n\nMore text.\n\nYou may also like\n`,
    );
    expect(parsed.parts.filter((p) => p.role === 'furniture').map((p) => p.text)).toEqual(['You may also like']);
  });

  it.each([
    ['Support for Women', true],
    ['Cooperation in Education', true],
    ['“When women are doing well, it makes communities better,” stated U.S. Vice President', false],
    ['This law toughened the penalties.', false],
    ['VICE PRESIDENT HARRIS:', false],
    ['(Laughter.)', false],
    ['a lower-case line', false],
    ['One Two Three Four Five Six Seven Eight Nine Ten Eleven', false],
  ])('takes "%s" for a subheading: %s', (text, expected) => {
    expect(looksLikeSubheading({ lines: [text], blankBefore: 1, joined: text })).toBe(expected);
  });

  it('reads a plain copy whose first paragraph is a sentence as untitled', () => {
    const parsed = parseCopy('The ministers met today.\n\nThey agreed.\n', 'plain');
    expect(parsed.parts.map((p) => p.role)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps speaker labels and stage directions in the text, and sets the END line of a transcript apart', () => {
    const parsed = parseCopy(fixture('whitehouse-remarks-untitled.txt'));
    const texts = parsed.parts.filter((p) => p.role === 'paragraph').map((p) => p.text);
    expect(texts).toContain('VICE PRESIDENT EXAMPLE:  We will see.  (Laughter.)');
    expect(texts).not.toContain('END 4:20 P.M. EDT');
    expect(parsed.parts.at(-1)).toMatchObject({ text: 'END 4:20 P.M. EDT', line: { place: 'closing', role: 'end' } });
    expect(parsed.metadata.title).toBeUndefined();
  });
});

describe('escapeBodyText', () => {
  it.each([
    '# not a heading',
    '## Looks like a subheading',
    '#hashtag',
    '###',
    '- 30 -',
    '<script>alert(1)</script>',
    'scores of <10 and a <b>bold</b> claim',
    'a \\* literal backslash before punctuation',
    'C:\\Reports and a final backslash \\',
    'an escaped-looking \\< and \\\\ pair',
  ])('lets the body parser read back "%s" exactly, with no raw HTML', (text) => {
    const body = `${escapeBodyText(text)}\n\nA last paragraph.`;
    expect(findRawHtml(body)).toBeNull();
    expect(parseBody(body)[0]).toMatchObject({ kind: 'paragraph', text });
  });
});

describe('a draft', () => {
  it.each(copies)('of %s reads back as the copy’s words, in order, and passes the content check', (_, raw, options) => {
    const copy = raw();
    const { text } = draft(copy, options);
    const { data, blocks } = readBack(text);
    expect(compareTexts(readSourceCopy(copy).text, transcriptionText(data, blocks))).toBeNull();
    const file = { file: 'content/statements/draft.md', raw: text };
    expect(checkStatements([file], (name) => (name === 'copy.txt' ? copy : undefined)).problems).toEqual([]);
  });

  it('of the real White House copy reproduces the committed transcription’s fields and text', () => {
    const mine = readBack(draft(real(WH_COPY)).text);
    const theirs = readBack(statementFile('white-house').raw);
    for (const key of ['title', 'date', 'published', 'modified', 'category', 'originalUrl', 'type'] as const)
      expect(mine.data[key], key).toEqual(theirs.data[key]);
    expect(mine.blocks).toEqual(theirs.blocks);
    expect(mine.blocks.at(-1)).toEqual({ kind: 'end-mark', text: '###' });
  });

  it('of the real GT News copy reproduces the committed transcription’s fields and text', () => {
    const mine = readBack(draft(real(AGN_COPY), supplied).text);
    const theirs = readBack(statementFile('agn').raw);
    for (const key of ['title', 'subtitle', 'bylines', 'furniture', 'type'] as const)
      expect(mine.data[key], key).toEqual(theirs.data[key]);
    expect(mine.data.date.value).toBe(theirs.data.date.value);
    expect(mine.blocks).toEqual(theirs.blocks);
  });

  it('logs what it changed in the real copies', () => {
    expect(draft(real(WH_COPY)).data.normalisations).toEqual(
      expect.arrayContaining([
        'Hard line breaks inside all 4 paragraphs are joined with single spaces.',
        'Spaces and no-break spaces at the ends of 5 lines are dropped; no-break spaces inside lines are kept.',
        'The doubled blank line before the end mark is reduced to one.',
        'The end mark, escaped in the Markdown copy as \\###, is shown as ### and marked as the end of the release, not as a heading.',
      ]),
    );
    const agn = draft(real(AGN_COPY), supplied).data.normalisations as string[];
    expect(agn).toEqual(
      expect.arrayContaining([
        'The doubled blank line before paragraph 4 is reduced to one.',
        '“Support for Women” is shown as a subheading: the copy sets it on a line of its own between paragraphs 7 and 8.',
      ]),
    );
    expect(agn.some((e) => e.startsWith('The last 4 lines of the copy (“You may also like”'))).toBe(true);
    expect(agn.join(' ')).not.toMatch(/hard line breaks|ends of/iu);
  });

  it('says so when it changed nothing', () => {
    const data = draft('Statement on Rivers\n\nThe ministers met.\n', supplied).data;
    expect(data.normalisations).toEqual(['The first line, “Statement on Rivers”, is shown as the title.']);
    expect(draft('The ministers met.\n', { ...supplied, title: 'Statement on Rivers' }).data.normalisations).toEqual([
      NO_CHANGES,
    ]);
  });

  it('brackets a supplied title and leaves it out of the transcription', () => {
    const options = {
      title: 'Remarks by Vice President Example',
      titleEvidence: [{ note: 'The permalink names it.' }],
    };
    const { data, blocks } = readBack(draft(fixture('whitehouse-remarks-untitled.txt'), options).text);
    expect(data.titleBasis).toBe('supplied');
    expect(data.titleEvidence).toEqual([{ note: 'The permalink names it.' }]);
    expect(displayTitle(data)).toBe('[Remarks by Vice President Example]');
    expect(transcriptionText(data, blocks)).not.toContain('Remarks by');
    expect(data.type).toBe('remarks');
  });

  it('sets a transcript’s place and time lines and its END line apart, line by line, and logs it', () => {
    const options = { title: 'Remarks by Vice President Example' };
    const { data, blocks } = readBack(draft(fixture('whitehouse-remarks-untitled.txt'), options).text);
    expect(data.head.below).toEqual([
      { role: 'place', text: 'Eisenhower Executive Office Building' },
      { role: 'place', text: 'Washington, D.C.' },
      { role: 'time', text: '3:58 P.M. EDT' },
    ]);
    expect(data.closing).toEqual([{ role: 'end', text: 'END 4:20 P.M. EDT' }]);
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs[0]!.text).toMatch(/^VICE PRESIDENT EXAMPLE: {2}Well, good afternoon/u);
    expect(paragraphs.map((p) => p.text)).not.toContain('END 4:20 P.M. EDT');
    expect(data.normalisations.join(' ')).toContain(
      'The 3 lines between the headline and the text, “Eisenhower Executive Office Building” (place line), “Washington, D.C.” (place line) and “3:58 P.M. EDT” (time line), are kept as printed and set apart from the text, not numbered.',
    );
    expect(data.normalisations.join(' ')).toContain('“END 4:20 P.M. EDT” (closing line), is kept as printed');
  });

  it.each([
    ['a short opening sentence with no label after it', 'Good afternoon.\n\nWe met today to talk about trade.\n', []],
    [
      'a time line before unlabelled speech',
      'East Room\n\n2:15 P.M. EDT\n\nGood afternoon, everyone.\n',
      ['East Room', '2:15 P.M. EDT'],
    ],
    ['a place line before a label', 'Via Teleconference\n\nTHE PRESIDENT:  Hello.\n', ['Via Teleconference']],
  ])('reads the header of a transcript with %s', (_, text, header) => {
    const copy = `Remarks by the President\n\n${text}`;
    const { data } = readBack(draft(copy, { type: 'remarks', ...supplied }).text);
    expect(data.head.below.map((l) => l.text)).toEqual(header);
  });

  it('leaves the lines of a copy that is not a transcript in its numbered text', () => {
    const copy = 'Statement on Trade\n\nEast Room\n\n2:15 P.M. EDT\n\nThe ministers met.\n';
    const { data, blocks } = readBack(draft(copy, { type: 'statement', ...supplied }).text);
    expect(data.head.below).toEqual([]);
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
  });

  it('marks a copy the editors say breaks off', () => {
    const { data } = readBack(
      draft(fixture('whitehouse-readout.txt'), { incomplete: 'The copy stops mid-sentence.' }).text,
    );
    expect(data.incomplete).toEqual({ note: 'The copy stops mid-sentence.' });
  });

  it('reads a Markdown heading of a whitehouse.gov copy as a subheading and passes the word check', () => {
    const copy = `---\ndate: '2031-01-02'\ntitle: Fact Sheet on Rivers\n---\n\nThe rivers matter.\n\n## Next Steps\n\nWe will act.\n`;
    const { data, blocks } = readBack(draft(copy).text);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The rivers matter.'],
      ['heading', 'Next Steps'],
      ['paragraph', 'We will act.'],
    ]);
    expect(compareTexts(readSourceCopy(copy).text, transcriptionText(data, blocks))).toBeNull();
  });

  it('keeps a backslash of a plain copy as the source’s own character', () => {
    const copy = 'Note on Paths\n\nFiles live in C:\\archive\\ and \\* marks a footnote.\n';
    const { data, blocks } = readBack(draft(copy, { type: 'statement', ...supplied }).text);
    expect(blocks[0]!.text).toBe('Files live in C:\\archive\\ and \\* marks a footnote.');
    expect(compareTexts(readSourceCopy(copy).text, transcriptionText(data, blocks))).toBeNull();
  });

  it('double-quotes every string, so an editor’s " #" or ": " is never cut', () => {
    const yaml = stringifyFrontMatter({ title: 'Q&A: the #1 question # not a comment', list: ['a: b'], n: 1 });
    expect(yaml).toBe('title: "Q&A: the #1 question # not a comment"\nlist:\n  - "a: b"\nn: 1\n');
    expect(readStatementFile(`---\n${yaml}---\n`).data).toEqual({
      title: 'Q&A: the #1 question # not a comment',
      list: ['a: b'],
      n: 1,
    });
  });

  it('writes no-break spaces as \\_ so an editor sees them', () => {
    expect(stringifyFrontMatter({ title: 'of\u00a0Guatemala' })).toBe('title: "of\\_Guatemala"\n');
  });

  it.each([
    ['an untitled copy without --title', 'The ministers met.\n', supplied, /--title/u],
    ['an undated copy without --date', 'Statement on Rivers\n\nThe ministers met.\n', {}, /--date/u],
    ['a --date without --evidence', 'Statement on Rivers\n\nText.\n', { date: '2024-01-02' }, /--evidence/u],
    ['an impossible --date', 'Statement on Rivers\n\nText.\n', { ...supplied, date: '2024-02-30' }, /--date/u],
    ['a type the title does not tell', 'Rivers and Roads\n\nText.\n', supplied, /--type/u],
    [
      'a --title for a titled copy',
      'Statement on Rivers\n\nText.\n',
      { ...supplied, title: 'X' },
      /leave out --title/u,
    ],
    ['a --date for a dated copy', fixture('whitehouse-readout.txt'), supplied, /leave out --date/u],
  ])('refuses %s in one line naming the option', (_, raw, options, message) => {
    const run = () => draft(raw, options as Partial<DraftOptions>);
    expect(run).toThrow(DraftRefusal);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('inferType and deriveSlug', () => {
  it.each([
    ['Readout of Vice President Harris’s Call', 'readout'],
    ['Remarks by the Vice President', 'remarks'],
    ['Remarks of the Vice President', 'remarks'],
    ['Statement from the Press Secretary', 'statement'],
    ['Joint Statement of the United States and Guatemala', 'joint-statement'],
    ['FACT SHEET: A New Partnership', 'fact-sheet'],
    ['Rivers and Roads', undefined],
  ])('reads the type of "%s" as %s', (title, type) => {
    expect(inferType(title, 'whitehouse')).toBe(type);
  });

  it('takes an AGN copy for a news article', () => {
    expect(inferType('Rivers and Roads', 'gt-news')).toBe('news-article');
  });

  it('derives a slug from issuer, date and title words, unique among those taken', () => {
    const title = 'Readout of Vice President Harris’s Call with President Giammattei';
    const slug = 'white-house-2023-05-26-readout-vice-president-harris-call-president-giammattei';
    expect(deriveSlug('white-house', '2023-05-26', title, new Set())).toBe(slug);
    expect(deriveSlug('white-house', '2023-05-26', title, new Set([slug]))).toBe(`${slug}-2`);
  });
});

describe('copyFileName', () => {
  it('names a copy by the first 16 hex digits of its SHA-256', () => {
    expect(copyFileName(readFileSync(join(CONTENT, 'sources', AGN_COPY)))).toBe('de554cbda3e5c4f4.txt');
  });
});

describe('planImport', () => {
  const archive = (extra: Partial<ArchiveSnapshot> = {}): ArchiveSnapshot => {
    const sources = [AGN_COPY, WH_COPY].map((name) => ({
      name,
      size: readFileSync(join(CONTENT, 'sources', name)).length,
    }));
    return {
      sources,
      readSource: (name) => readFileSync(join(CONTENT, 'sources', name)),
      statements: [statementFile('agn'), statementFile('white-house')].map((f) => ({
        // As the command lists them: relative to the content folder.
        file: relative(CONTENT, resolve(f.file)),
        raw: f.raw,
      })),
      organizations: readFileSync(join(CONTENT, 'entities/organizations.yaml'), 'utf8'),
      ...extra,
    };
  };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('refuses a copy already in the archive, naming the statement that holds it', () => {
    const copy = readFileSync(join(CONTENT, 'sources', WH_COPY));
    expect(() => planImport(copy, archive(), {})).toThrow(
      /already in the archive as sources\/001_ccf752448703af61\.txt, transcribed in statements\/white-house/u,
    );
  });

  it('adopts a copy already in the sources folder that no statement names, keeping its name', () => {
    const copy = bytes(fixture('whitehouse-readout.txt'));
    const snap = archive();
    snap.sources.push({ name: 'brought-by-hand.txt', size: copy.length });
    const read = snap.readSource;
    snap.readSource = (name) => (name === 'brought-by-hand.txt' ? copy : read(name));
    const plan = planImport(copy, snap, {});
    expect(plan).toMatchObject({ copyName: 'brought-by-hand.txt', writeCopy: false });
  });

  it('refuses a copy whose own metadata permalink is not a web address', () => {
    const copy = fixture('whitehouse-readout.txt').replace(/^permalink: .*$/mu, 'permalink: javascript:alert(1)');
    expect(copy).toContain('permalink: javascript:alert(1)');
    expect(() => planImport(bytes(copy), archive(), { issuer: 'white-house' })).toThrow(
      /^the copy's metadata permalink: "javascript:alert\(1\)" is a "javascript:" address/u,
    );
  });

  it('fills the issuer block from the organisations file and defaults a whitehouse.gov copy to the White House', () => {
    const plan = planImport(bytes(fixture('whitehouse-readout.txt')), archive(), {});
    expect(plan.draft.data.issuer).toEqual({
      name: 'The White House',
      country: 'United States',
      countryCode: 'US',
      publication: 'whitehouse.gov Briefing Room',
      entity: 'white-house',
    });
    expect(plan.statementFile).toBe(`statements/${plan.draft.slug}.md`);
    expect(plan.copyName).toMatch(/^[0-9a-f]{16}\.txt$/u);
  });

  it('records the day the copy was retrieved: the one given, or today', () => {
    const copy = bytes(fixture('whitehouse-readout.txt'));
    const source = (options: ImportOptions) =>
      (planImport(copy, archive(), options).draft.data.source as { retrieved: string }).retrieved;
    expect(source({ retrieved: '2024-03-05' })).toBe('2024-03-05');
    expect(source({})).toBe(retrievedDay(undefined));
    expect(retrievedDay(undefined, new Date(2024, 2, 5, 23, 30))).toBe('2024-03-05');
    expect(() => source({ retrieved: '2024-03' })).toThrow(/--retrieved "2024-03" is not a day/u);
  });

  it.each([
    ['a plain copy whose issuer nothing tells, without --issuer', { type: 'statement' }, /--issuer/u],
    ['an unknown issuer id', { issuer: 'nobody' }, /unknown issuer "nobody"/u],
    ['an unknown --type', { issuer: 'agn', type: 'tweet' }, /unknown --type/u],
    [
      'a javascript: --url',
      { issuer: 'agn', url: 'javascript:alert(document.domain)' },
      /^--url: "javascript:alert\(document\.domain\)" is a "javascript:" address: only http:\/\/ and https:\/\/ addresses are accepted/u,
    ],
    ['a --url without its scheme', { issuer: 'agn', url: 'www.example.org/x' }, /^--url: .*starting with https:\/\//u],
    [
      'a data: --evidence-url',
      { issuer: 'agn', evidenceUrl: ['data:text/html,<script>alert(1)</script>'] },
      /^--evidence-url: .*"data:" address: only http:\/\/ and https:\/\/ addresses are accepted/u,
    ],
  ])('refuses %s', (_, options, message) => {
    const copy = bytes(fixture('plain-joint-statement.txt'));
    expect(() => planImport(copy, archive(), { ...options, date: '2031', evidence: ['e'] })).toThrow(message);
  });

  it('refuses an issuer without a country code, saying where to add it', () => {
    const copy = bytes(fixture('plain-joint-statement.txt'));
    const organizations = '- id: river-board\n  name: River Board\n  kind: agency\n  aliases: []\n';
    expect(() =>
      planImport(copy, archive({ organizations }), { issuer: 'river-board', date: '2031', evidence: ['e'] }),
    ).toThrow(/"river-board" has no country in entities\/organizations\.yaml/u);
  });

  it('reads the issuers of a joint statement from the governments its title names', () => {
    const copy = bytes(fixture('plain-joint-statement.txt'));
    const plan = planImport(copy, archive(), { date: '2031', evidence: ['e'] });
    expect(plan.draft.data.issuer).toMatchObject({ entity: 'government-of-freedonia' });
    expect(plan.draft.data.coIssuers).toEqual([expect.objectContaining({ entity: 'government-of-sylvania' })]);
  });
});

describe('the content check and titles', () => {
  it('names the title, not the body, when the copy does not begin with a source-based title', () => {
    const files = [edit(statementFile('agn'), /^title: .*$/mu, 'title: "President Arévalo Talked With Harris"')];
    const problems = checkStatements(files, readSource).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'title',
        message: expect.stringMatching(/does not begin with this title.*titleBasis: supplied/u),
      }),
    ]);
  });
});
