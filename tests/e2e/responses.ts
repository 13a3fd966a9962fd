/** Checks on what the site under test answers, shared by the general and the fixture specs. */
import { expect, type APIRequestContext } from '@playwright/test';

/** The width and height in a PNG's header. */
export function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Fetches an absolute URL of the site under test and checks that it resolves. */
export async function resolves(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
}
