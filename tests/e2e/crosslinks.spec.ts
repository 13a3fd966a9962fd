import { expect, test } from '@playwright/test';
import { statements } from './site.ts';

const all = statements();
const agn = all.find((s) => s.slug.startsWith('agn-'))!;
const wh = all.find((s) => s.slug.startsWith('white-house-'))!;

test('statement → person → the other statement’s paragraph, and back', async ({ page }) => {
  await page.goto(`statements/${wh.slug}/`);
  const record = page.getByRole('region', { name: 'Catalogue record' });
  await record.getByRole('link', { name: 'Kamala Harris', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kamala Harris');

  const mentions = page.getByRole('region', { name: /^Mentions/u });
  await expect(mentions.getByRole('link', { name: wh.title })).toBeVisible();
  await expect(mentions.getByRole('link', { name: agn.title })).toBeVisible();
  await expect(mentions.locator('mark', { hasText: 'U.S. Vice President' })).toBeVisible();

  await mentions.getByRole('link', { name: '¶ 11', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`statements/${agn.slug}/#p11$`, 'u'));
  expect(await page.locator('#p11').evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.locator('#p11')).toContainText('President Biden and I are grateful');

  await page
    .getByRole('region', { name: 'Catalogue record' })
    .getByRole('link', { name: 'Alejandro Giammattei' })
    .click();
  await page
    .getByRole('region', { name: /^Mentions/u })
    .getByRole('link', { name: '¶ 1', exact: true })
    .last()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Giammattei/u);
});

test('a person page lists what they are quoted as saying, apart from reported speech', async ({ page }) => {
  await page.goto('people/kamala-harris/');
  const quoted = page.getByRole('region', { name: 'What they are quoted as saying' });
  await expect(quoted.locator('blockquote')).toHaveCount(3);
  await expect(quoted).toContainText('When women are doing well, it makes communities better,');
  const reported = page.getByRole('region', { name: 'What they are reported as saying' });
  await expect(reported).toContainText('Vice President Harris announced an additional $310 million');
  await expect(quoted).not.toContainText('$310 million');
  await expect(page.getByRole('region', { name: 'Role at the time of each statement' })).toContainText(
    'Vice President of the United States',
  );
});

test('every paragraph shows its topic tags, which lead to the topic page and back', async ({ page }) => {
  await page.goto(`statements/${agn.slug}/`);
  const tags = page.getByRole('list', { name: 'Topics of paragraph 13' });
  await tags.getByRole('link', { name: 'Elections and observation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elections and observation');
  await expect(page.getByRole('region', { name: 'Not mentioned in' })).toContainText(wh.title);
  await page.getByRole('link', { name: '¶ 13', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`statements/${agn.slug}/#p13$`, 'u'));
});

test('the indexes list every entity and the issuer page lists its statements', async ({ page }) => {
  await page.goto('organizations/');
  await expect(page.getByRole('link', { name: 'Joint Task Force Alpha' })).toBeVisible();
  await page.getByRole('link', { name: 'The White House' }).click();
  await expect(
    page.getByRole('region', { name: 'Statements issued' }).getByRole('link', { name: wh.title }),
  ).toBeVisible();
  await page.goto('places/');
  await page.getByRole('link', { name: 'Honduras' }).click();
  await expect(page.getByRole('region', { name: /^Mentions/u })).toContainText('El Salvador, Guatemala, and Honduras');
  await page.goto('topics/');
  await expect(page.getByRole('link', { name: 'Narcotics' })).toBeVisible();
});

test('a statement lists related statements with what they share', async ({ page }) => {
  await page.goto(`statements/${wh.slug}/`);
  const related = page.getByRole('region', { name: 'Related statements' });
  await expect(related.getByRole('link', { name: agn.title })).toBeVisible();
  await expect(related).toContainText('Shared people:');
  await expect(related.getByRole('link', { name: 'Kamala Harris', exact: true })).toBeVisible();
});

test.describe('the comparison view', () => {
  test('says the texts record different events, and who issued each', async ({ page }) => {
    await page.goto('compare/');
    await expect(page.getByText('These two texts record different events')).toBeVisible();
    await expect(page.getByText('virtual bilateral meeting of 26 April 2021')).toBeVisible();
    await expect(page.getByText(/News article issued by Agencia Guatemalteca de Noticias \(AGN\)/u)).toBeVisible();
    await expect(page.getByText(/Statement issued by The White House/u)).toBeVisible();
  });

  test('shows both columns, passages with paragraph links, and “not mentioned” cells', async ({ page }) => {
    await page.goto('compare/');
    const chart = page.getByRole('table');
    await expect(chart.getByRole('columnheader')).toHaveText([
      'Topic',
      /The White House, 26 April 2021/u,
      /AGN\), \[26 May 2023\]/u,
    ]);
    const elections = chart.getByRole('row', { name: /Elections and observation/u });
    await expect(elections.getByRole('cell').nth(0)).toHaveText(/not mentioned/u);
    await expect(elections.getByRole('cell').nth(1)).toHaveText(/1 paragraph/u);

    const row = page.getByRole('region', { name: 'Humanitarian relief and food insecurity' });
    await expect(row.getByText('Not mentioned in this statement.')).toBeVisible();
    await row.getByRole('link', { name: '¶ 1', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`statements/${wh.slug}/#p1$`, 'u'));
  });
});

test('the timeline shows events with their precision and basis, linked to paragraphs', async ({ page }) => {
  await page.goto('timeline/');
  const election = page.locator('#guatemala-general-election-2023');
  await expect(election.locator('time')).toHaveText('[25 June 2023]');
  await expect(election).toContainText('supplied by the editors');
  await expect(election).toContainText('which says “this coming June 25”.');
  const law = page.locator('#anti-coyotaje-law-approved');
  await expect(law.locator('time')).toHaveText('February 2022');
  await expect(law).toContainText('precision: month only · given by the source');
  await law.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`statements/${agn.slug}/#p6$`, 'u'));
});

test('each year of the timeline has its own page, linked from the home page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'All statements by year' }).getByRole('link', { name: '2023' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline, 2023');
  await expect(page.locator('#guatemala-general-election-2023')).toBeVisible();
  await expect(page.getByRole('link', { name: agn.title, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Earlier: 2022' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline, 2022');
  await expect(page.locator('#anti-coyotaje-law-approved')).toBeVisible();
});

test('search can be filtered by topic and by person', async ({ page }) => {
  await page.goto('search/?q=Guatemala&topic=Elections+and+observation');
  await expect(page.getByRole('status')).toHaveText(
    '1 statement matches “Guatemala” (filtered by Elections and observation).',
  );
  await page.goto('search/?person=Symone+Sanders');
  await expect(page.getByRole('status')).toHaveText('1 statement matches the filters (filtered by Symone Sanders).');
  await expect(page.getByRole('group', { name: 'Person' }).getByLabel('Joseph R. Biden')).toBeVisible();
});
