// vitest globalSetup for the e2e project: serve the built app (dist/) on a random port and hand its URL to the tests.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://localhost:<port>`: localhost, so the page is a secure context and the service worker runs. */
    baseURL: string;
  }
}

const DIST = resolve(import.meta.dirname, '../../dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`e2e: ${join(DIST, 'index.html')} is missing. Build the app first: npx vite build (npm test does it).`);
  }
  if (!existsSync(join(DIST, 'sw.js'))) {
    throw new Error(`e2e: ${join(DIST, 'sw.js')} is missing: the build did not produce the service worker.`);
  }
  const server = await serveStatic(DIST);
  project.provide('baseURL', server.url);
  return server.close;
}
