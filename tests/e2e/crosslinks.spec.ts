/**
 * Cross-links, over whatever content the site was built from: which person,
 * topic, relation or event to follow is read from the content's cross-link
 * index (src/lib/crosslinks.ts), the one the build uses. The exact passages
 * of the first two statements are tested on the fixture archive.
 */
import { expect, test } from '@playwright/test';
import { isInstrument } from '../../src/lib/entities.ts';
import { formatIsoDate } from '../../src/lib/dates.ts';
import {
  groupMentions,
  hasStatements,
  IN_CONTEXT_LIMIT,
  orderQuotations,
  SHARED_KIND_LABELS,
  type MentionRef,
} from '../../src/lib/crosslinks.ts';
import { archive, lacking } from './site.ts';
import { displayTitle } from '../../src/lib/statement.ts';

const { newestFirst, data, index } = archive();
const rank = new Map(newestFirst.map((s, i) => [s.slug, i]));
const bySlug = new Map(newestFirst.map((s) => [s.slug, s]));
const titleOf = (slug: string) => displayTitle(bySlug.get(slug)!.data);

/** People named in a paragraph of some statement, the one named in the most statements first. */
const people = data.people
  .map((person) => ({ person, refs: index.mentions.get(`people/${person.id}`) ?? [] }))
  .filter(({ refs }) => refs.some((r) => r.paragraph !== null))
  .sort((a, b) => new Set(b.refs.map((r) => r.statement)).size - new Set(a.refs.map((r) => r.statement)).size);

test('statement → person → a paragraph naming them, and back', async ({ page }) => {
  const found = people[0];
  if (!found) return lacking('a person named in a paragraph');
  const { person, refs } = found;
  const groups = groupMentions(refs, rank).slice(0, IN_CONTEXT_LIMIT);
  const start = groups[0]!.statement;
  // Follow a paragraph mention in another statement when there is one, else in the same.
  const target: MentionRef =
    refs.find(
      (r) => r.paragraph !== null && r.statement !== start && groups.some((g) => g.statement === r.statement),
    ) ?? refs.find((r) => r.paragraph !== null && r.statement === start)!;

  await page.goto(`statements/${start}/`);
  const record = page.getByRole('region', { name: 'Catalogue record' });
  await record.getByRole('link', { name: person.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);

  const mentions = page.getByRole('region', { name: /^Mentions/u });
  for (const group of groups)
    await expect(mentions.getByRole('link', { name: titleOf(group.statement), exact: true })).toBeVisible();
  await expect(mentions.locator('mark', { hasText: target.text }).first()).toBeVisible();

  await mentions
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: titleOf(target.statement), exact: true }) })
    .getByRole('link', { name: `¶ ${target.paragraph}`, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`statements/${target.statement}/#p${target.paragraph}$`, 'u'));
  const paragraph = page.locator(`#p${target.paragraph}`);
  // A fragment becomes the target once the page has loaded its stylesheets; wait for that, as a reader does.
  await expect.poll(() => paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(paragraph).toContainText(target.text);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);
});

/** The editors' quotation entries of a person, in the page's order: a transcript's turns have their own section. */
const dateOf = new Map(newestFirst.map((s) => [s.slug, s.data.date]));
const editorsQuotations = (id: string) =>
  orderQuotations(index.quotations.get(id) ?? [], dateOf).filter((q) => q.label === undefined);

test('a person page lists what they are quoted as saying, apart from reported speech', async ({ page }) => {
  const quoted = data.people.find((p) => editorsQuotations(p.id).some((q) => q.kind === 'direct'));
  if (!quoted) return lacking('a direct quotation');
  const quotations = editorsQuotations(quoted.id);
  // The latest of each kind; a page hands the earlier ones to a search (src/lib/pages/entity.ts).
  const direct = quotations.filter((q) => q.kind === 'direct').slice(0, IN_CONTEXT_LIMIT);
  const reported = quotations.filter((q) => q.kind === 'reported').slice(0, IN_CONTEXT_LIMIT);
  await page.goto(`people/${quoted.id}/`);
  const quotedRegion = page.getByRole('region', { name: 'What they are quoted as saying' });
  await expect(quotedRegion.locator('blockquote')).toHaveText(direct.map((q) => q.text));
  const reportedRegion = page.getByRole('region', { name: 'What they are reported as saying' });
  if (reported.length > 0) await expect(reportedRegion.locator('blockquote')).toHaveText(reported.map((q) => q.text));
  else await expect(reportedRegion).toHaveCount(0);
  for (const role of Object.values(quoted.roles))
    await expect(page.getByRole('region', { name: 'Role at the time of each statement' })).toContainText(role);
});

test('a person who speaks in a transcript has their turns listed, each linked to its paragraph', async ({ page }) => {
  const speaker = data.people.find((p) => (index.quotations.get(p.id) ?? []).some((q) => q.label !== undefined));
  if (!speaker) return lacking('a transcript with a speaker linked to a person');
  // The newest statement's turns are quoted in full on the page.
  const turn = orderQuotations(index.quotations.get(speaker.id) ?? [], dateOf).find((q) => q.label !== undefined)!;
  await page.goto(`people/${speaker.id}/`);
  const said = page.getByRole('region', { name: 'What they said' });
  const title = { name: titleOf(turn.statement), exact: true };
  await expect(said.getByRole('link', title)).toBeVisible();
  const item = said
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', title) })
    .first();
  await item
    .getByRole('link', { name: `¶ ${turn.paragraph}`, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`statements/${turn.statement}/#p${turn.paragraph}$`, 'u'));
});

test('a paragraph’s topic tags lead to the topic page, which links back to the paragraph', async ({ page }) => {
  const tagged = newestFirst
    .flatMap((s) => [...(index.paragraphTopics.get(s.slug) ?? [])].map(([n, topics]) => ({ s, n, topics })))
    .find(({ topics }) => topics.length > 0);
  if (!tagged) return lacking('a topic tag');
  const topic = data.topics.find((t) => t.id === tagged.topics[0])!;
  await page.goto(`statements/${tagged.s.slug}/#p${tagged.n}`);
  const tags = page.getByRole('list', { name: `Editors’ topics of paragraph ${tagged.n}`, exact: true });
  await tags.getByRole('link', { name: topic.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name);
  // The statements that never mention it: listed when few, counted when many, so the page stays bounded.
  const untouched = newestFirst.filter((s) => !index.topicPassages.get(topic.id)?.has(s.slug));
  if (untouched.length > IN_CONTEXT_LIMIT)
    await expect(page.getByText(`${untouched.length} other statements are not tagged with this topic.`)).toBeVisible();
  else if (untouched.length > 0)
    await expect(page.getByRole('region', { name: 'Not mentioned in' })).toContainText(
      displayTitle(untouched[0]!.data),
    );
  await page.locator(`a[href$="statements/${tagged.s.slug}/#p${tagged.n}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`statements/${tagged.s.slug}/#p${tagged.n}$`, 'u'));
});

test('the indexes list every entity and topic, and an issuer’s page lists its statements', async ({ page }) => {
  // An index lists the names the archive's statements name or issue under; the others have no page yet.
  const listed = <T extends { id: string }>(kind: 'people' | 'organizations' | 'places', all: readonly T[]) =>
    all.filter((e) => hasStatements(index, kind, e.id));
  const organizations = listed('organizations', data.organizations);
  for (const [path, list] of [
    ['people/', listed('people', data.people)],
    ['organizations/', organizations.filter((o) => !isInstrument(o.kind))],
    ['laws-and-programmes/', organizations.filter((o) => isInstrument(o.kind))],
    ['places/', listed('places', data.places)],
    ['topics/', data.topics],
  ] as const) {
    await page.goto(path);
    for (const entity of list.slice(0, 50))
      await expect(page.getByRole('link', { name: entity.name, exact: true }).first()).toBeVisible();
  }
  const issuer = data.organizations.find((o) => (index.issued.get(o.id) ?? []).length > 0);
  if (!issuer) return lacking('an issuer listed among the organisations');
  const newest = newestFirst.find((s) => index.issued.get(issuer.id)!.includes(s.slug))!;
  await page.goto(`organizations/${issuer.id}/`);
  await expect(
    page
      .getByRole('region', { name: 'Statements issued' })
      .getByRole('link', { name: displayTitle(newest.data), exact: true }),
  ).toBeVisible();
});

test('a statement lists related statements with what they share', async ({ page }) => {
  const statement = newestFirst.find((s) => (index.related.get(s.slug) ?? []).length > 0);
  if (!statement) return lacking('a related statement');
  const relations = index.related.get(statement.slug)!;
  await page.goto(`statements/${statement.slug}/`);
  const related = page.getByRole('region', { name: 'Related statements' });
  await expect(related.getByRole('listitem').getByRole('link', { name: /./u }).first()).toBeVisible();
  for (const relation of relations)
    await expect(related.getByRole('link', { name: titleOf(relation.slug), exact: true })).toBeVisible();
  await expect(related).toContainText(`Shared ${SHARED_KIND_LABELS[relations[0]!.shared[0]!.kind].toLowerCase()}:`);
});

test('each event is on its year’s timeline page with its date as given or supplied, linked to its paragraph', async ({
  page,
}) => {
  const event = data.events.find((e) => e.mentions.length > 0);
  if (!event) return lacking('an event');
  const year = event.date.value.slice(0, 4);
  await page.goto(`timeline/${year}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline, ${year}`);
  const entry = page.locator(`[id="${event.id}"]`);
  const date = formatIsoDate(event.date.value);
  await expect(entry.locator('time').first()).toHaveText(event.date.basis === 'supplied' ? `[${date}]` : date);
  await expect(entry).toContainText(
    event.date.basis === 'supplied' ? 'supplied by the editors' : 'given by the source',
  );
  const mention = event.mentions[0]!;
  await entry.locator(`a[href$="statements/${mention.statement}/#p${mention.paragraph}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`statements/${mention.statement}/#p${mention.paragraph}$`, 'u'));
});

test('each year of the timeline has its own page, linked from the home page', async ({ page }) => {
  const newest = newestFirst[0]!;
  const year = newest.data.date.value.slice(0, 4);
  await page.goto('');
  await page.getByRole('navigation', { name: 'All statements by year' }).getByRole('link', { name: year }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline, ${year}`);
  await expect(page.getByRole('link', { name: displayTitle(newest.data), exact: true }).first()).toBeVisible();
});
