/** Only web addresses leave the archive: a static pass over every built page, export, feed and citation download. */
import { expect, test } from '@playwright/test';
import { badAddressesIn } from './addresses.ts';
import { DIST } from './site.ts';

test('no built page, export, feed or citation download holds an address other than http(s) or relative', () => {
  const { files, bad } = badAddressesIn(DIST);
  expect(files).toBeGreaterThan(10);
  expect(bad).toEqual([]);
});
