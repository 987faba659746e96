// Types for scripts/static-server.mjs, so the e2e setup (TypeScript) can use the same server as the bench.
export function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }>;
