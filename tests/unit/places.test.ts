import { describe, expect, it } from 'vitest';
import { placeKindLabels, placeKinds, placeSchema } from '../../src/lib/entities.ts';

describe('place kinds', () => {
  it('include a venue, such as a room where a meeting is held', () => {
    const venue = placeSchema.parse({
      id: 'vice-presidents-ceremonial-office',
      name: 'Vice President’s Ceremonial Office',
      aliases: ['Vice President’s Ceremonial Office'],
      kind: 'venue',
    });
    expect(venue.kind).toBe('venue');
  });

  it('still reject a kind the archive does not know', () => {
    expect(placeSchema.safeParse({ id: 'x', name: 'X', kind: 'planet' }).success).toBe(false);
  });

  it('each have a label for the place pages', () => {
    for (const kind of placeKinds) expect(placeKindLabels[kind]).toMatch(/\S/u);
    expect(placeKindLabels.venue).toContain('venue');
  });
});
