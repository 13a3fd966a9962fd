import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The bad-content tests run the real build once per fixture.
    testTimeout: 60_000,
  },
});
