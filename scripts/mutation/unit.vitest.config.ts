// Mutation pass only (not run by npm test): the unit tests, in Node, against domain/ and format/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  define: { __APP_VERSION__: JSON.stringify('0.0.0-mutation') },
  // Instrumented code is slow: the 10 MB hostile-file test needs minutes, not the usual 20 s.
  test: { environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 180_000 },
});
