// Mutation pass only (not run by npm test): the unit tests, in Node, against domain/ and format/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  define: { __APP_VERSION__: JSON.stringify('0.0.0-mutation') },
  // Instrumented code is slow: properties run 25 cases and the hostile file is 1 MB here (tests/unit/runs.ts).
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['scripts/mutation/setup.ts'],
    env: { CERCLE_MUTATION: '1' },
    testTimeout: 180_000,
  },
});
