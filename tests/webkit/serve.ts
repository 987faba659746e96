// The built app for the WebKit smoke: a copy of dist/ whose entry script first installs an error probe, on its own server.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../scripts/static-server.mjs';
import type { WebKit } from './webdriver';

const DIST = resolve(import.meta.dirname, '../../dist');

/**
 * Runs first in the entry module (after the chunks it imports), on every load, online or from the service worker's
 * cache: WebKit under automation prints nothing of the console, so the page keeps its own list of errors.
 */
function probe(): void {
  const w = window as unknown as { __errors?: string[] };
  if (w.__errors) return;
  const errors: string[] = (w.__errors = []);
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
  addEventListener('error', (e) => {
    const target = e.target as { src?: string; href?: string } | null;
    errors.push(`error: ${e.error instanceof Error ? e.error.stack || e.error.message : e.message || `failed to load ${target?.src ?? target?.href ?? '?'}`}`);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.stack : String(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) => errors.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
}

/** Errors the page recorded since it was loaded (each load starts a new list). */
export const pageErrors = (browser: WebKit) => browser.exec(() => (window as unknown as { __errors?: string[] }).__errors ?? ['the error probe is not installed']);

/** Serve a probed copy of dist/ on localhost (a secure context, so the service worker runs); `close` also deletes the copy. */
export async function serveProbedApp(): Promise<{ url: string; stop: () => Promise<void>; dispose: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`webkit: ${DIST}/index.html is missing. Build the app first: npx vite build (npm test does it).`);
  const dir = mkdtempSync(join(tmpdir(), 'cercle-webkit-'));
  cpSync(DIST, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('webkit: no entry module in dist/index.html');
  // Import declarations are hoisted, so a statement in front keeps the module valid; the CSP stays untouched.
  writeFileSync(join(dir, entry), `(${probe.toString()})();\n${readFileSync(join(dir, entry), 'utf8')}`);
  // An interrupted run (Ctrl+C) skips afterAll: the copy still goes.
  const forget = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', forget);
  const server = await serveStatic(dir);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return {
    url: server.url,
    stop,
    dispose: async () => {
      await stop();
      process.off('exit', forget);
      forget();
    },
  };
}
