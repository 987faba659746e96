// e2e helpers: Debian chromium on a throwaway persistent profile, CSP and origin watch, crash on purpose, service worker, axe, screenshots.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, inject } from 'vitest';
import { ALL_KEYS, bareKeysIn } from './keys';

export const CHROMIUM = '/usr/lib/chromium/chromium';
export const TABLET = { width: 1024, height: 768 } as const;
export const PORTRAIT = { width: 768, height: 1024 } as const;
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');

/** The served build, e.g. `http://localhost:41234` (see serve.ts). */
export const baseURL = (): string => inject('baseURL');

type Scope = 'test' | 'file';

interface Launched {
  context: BrowserContext;
  profileDir: string;
  errors: string[];
  /** Content-Security-Policy violations and requests to another origin: the app talks to nothing but itself. */
  leaks: string[];
  closed: boolean;
}

const profiles: { dir: string; scope: Scope }[] = [];
const launched: Launched[] = [];

/**
 * A fresh, empty profile directory under the system temp dir. It is deleted after the current test
 * (`scope: 'test'`, the default) or after the file (`'file'`, for a browser shared by a file's tests).
 */
export function newProfile(scope: Scope = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-e2e-'));
  profiles.push({ dir, scope });
  return dir;
}

export interface LaunchOptions {
  /** Another first viewport than 1024×768. */
  viewport?: { width: number; height: number };
  /** Default timeout for Playwright actions and waits, in ms. */
  timeout?: number;
  /** More command-line switches, e.g. `--app=<url>` (an installed app's window: display-mode standalone). */
  args?: readonly string[];
}

/** Launch chromium on `profileDir` as a French tablet in Paris. The first page is `context.pages()[0]`. */
export async function launch(profileDir: string, opts: LaunchOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: opts.viewport ?? { ...TABLET },
    hasTouch: true,
    // Date and time inputs follow the browser's UI language, not `locale`: French needs LANGUAGE=fr and
    // Debian's chromium-l10n (fr.pak); without that package they fall back to en-US (12/03/2026, 02:00 PM).
    env: { ...process.env, LANGUAGE: 'fr' },
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=fr-FR', ...(opts.args ?? [])],
  });
  context.setDefaultTimeout(opts.timeout ?? 10_000);
  const entry: Launched = { context, profileDir, errors: [], leaks: [], closed: false };
  const watch = (page: Page) => {
    page.on('pageerror', (error) => entry.errors.push(`${page.url()}: ${error.stack || `${error.name}: ${error.message}`}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  await watchLeaks(context, entry.leaks);
  context.on('close', () => {
    entry.closed = true;
  });
  launched.push(entry);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * Every page of the context reports its CSP violations (an init script runs before the app's own), and
 * every request is checked against the served origin. Context-level request events include the service
 * worker's own fetches in Chromium, which no page CSP covers.
 */
async function watchLeaks(context: BrowserContext, leaks: string[]): Promise<void> {
  const origin = new URL(baseURL()).origin;
  await context.exposeBinding('__cercleCspViolation', ({ page }, text: string) => leaks.push(`CSP violation on ${page?.url() ?? '?'}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cercleCspViolation: (text: string) => void }).__cercleCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || 'page'}:${e.lineNumber}) ${e.sample}`);
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) {
      leaks.push(`request to another origin (${request.serviceWorker() ? 'service worker' : request.resourceType()}): ${request.url()}`);
    }
  });
}

/** The CSP violations and foreign requests seen in this context so far, taken (the end-of-test check will not see them again). */
export function takeLeaks(context: BrowserContext): string[] {
  return launched.filter((e) => e.context === context).flatMap((e) => e.leaks.splice(0));
}

function pidsOf(profileDir: string): number[] {
  try {
    const pattern = `user-data-dir=${profileDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    const out = execFileSync('pgrep', ['-f', '--', pattern], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** SIGKILL every process of the browser running on `profileDir` (a crash, a dead battery), then wait until they are gone. */
export async function crash(profileDir: string): Promise<void> {
  const pids = pidsOf(profileDir);
  if (pids.length === 0) throw new Error(`crash(): no chromium process found for ${profileDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 10_000;
  while (pidsOf(profileDir).length > 0) {
    if (Date.now() > deadline) throw new Error(`crash(): chromium processes for ${profileDir} still alive after SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const entry of launched) if (entry.profileDir === profileDir) entry.closed = true;
}

/**
 * Wait until a service worker is `activated` and controls this page. `navigator.serviceWorker.ready`
 * alone can resolve while the worker is still `activating` (TOOLCHAIN pitfall 3).
 */
export async function waitForServiceWorker(page: Page, timeout = 15_000): Promise<void> {
  await page.evaluate(async (ms) => {
    const sw = navigator.serviceWorker;
    const within = <T,>(p: Promise<T>, what: string) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`service worker: ${what} after ${ms} ms`)), ms))]);
    const registration = await within(sw.ready, 'no registration ready');
    const worker = registration.active;
    if (!worker) throw new Error('service worker: ready but no active worker');
    if (worker.state !== 'activated') {
      await within(
        new Promise<void>((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok())),
        `still ${worker.state}`,
      );
    }
    if (!sw.controller) {
      await within(new Promise<void>((ok) => sw.addEventListener('controllerchange', () => ok(), { once: true })), 'page not controlled');
    }
  }, timeout);
}

/**
 * Run axe (WCAG 2.1 A/AA) on the page as it is; fail with one readable line per violation and node. A catalogue key
 * shown as text (a screen drawn before its group of texts loaded) fails it too: nobody can read « settings.title ».
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const bare = await page.evaluate(bareKeysIn, ALL_KEYS);
  if (bare.length > 0) throw new Error(`bare catalogue key(s) on « ${label} »:\n${bare.join('\n')}`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // What axe could not decide (e.g. contrast over an overlay) is kept for a human to look at.
  mkdirSync(RESULTS_DIR, { recursive: true });
  const slug = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  const summary = (list: typeof results.violations) => list.map((r) => ({ id: r.id, impact: r.impact, help: r.help, targets: r.nodes.map((n) => n.target.join(' ')) }));
  writeFileSync(
    join(RESULTS_DIR, `axe-${slug}.json`),
    JSON.stringify({ label, url: results.url, passes: results.passes.length, violations: summary(results.violations), incomplete: summary(results.incomplete) }, null, 2),
  );
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
    ...v.nodes.map((n) => `    at ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').trim()}` : ''}`),
  ]);
  throw new Error(`axe: ${results.violations.length} violation(s) on « ${label} »:\n${lines.join('\n')}`);
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));

/**
 * Full-page screenshots at 1024×768 (landscape) and 768×1024 (portrait), under test-results/.
 * Scrolled to the top first, or the sticky header is drawn in the middle of a full-page capture.
 * What the screen leaves unrendered until scrolled to (content-visibility: auto: the report's sections, the notes'
 * timeline) is rendered for the capture, as a reader scrolling through would see it.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Through the CSSOM: the app's CSP refuses an added style sheet.
  const render = (on: boolean) =>
    page.evaluate((on) => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (on && getComputedStyle(el).contentVisibility === 'auto') el.dataset.shot = '1';
        if (el.dataset.shot) el.style.contentVisibility = on ? 'visible' : '';
        if (!on) delete el.dataset.shot;
      }
    }, on);
  await render(true);
  await shootWhole(page, name);
  await render(false);
  await nextFrame(page);
}

async function shootWhole(page: Page, name: string): Promise<void> {
  const top = () => page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ ...TABLET });
  await top();
  await nextFrame(page);
  await page.screenshot({ path: join(RESULTS_DIR, `${name}-1024x768.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  await page.setViewportSize({ ...PORTRAIT });
  await top();
  await nextFrame(page);
  await page.screenshot({ path: join(RESULTS_DIR, `${name}-768x1024.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  await page.setViewportSize({ ...TABLET });
  await nextFrame(page);
}

/** Close every context still open for the given scope, kill leftovers, delete the profiles. */
async function cleanUp(scope: Scope): Promise<void> {
  const dirs = profiles.filter((p) => p.scope === scope || scope === 'file').map((p) => p.dir);
  for (const entry of launched.filter((e) => dirs.includes(e.profileDir))) {
    if (!entry.closed) {
      await Promise.race([entry.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
    }
  }
  for (const dir of dirs) {
    if (pidsOf(dir).length > 0) await crash(dir).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  for (let i = profiles.length - 1; i >= 0; i--) if (dirs.includes(profiles[i]!.dir)) profiles.splice(i, 1);
  for (let i = launched.length - 1; i >= 0; i--) if (dirs.includes(launched[i]!.profileDir)) launched.splice(i, 1);
}

/** Uncaught errors, CSP violations and foreign requests in any page since the last check; the test that saw them fails. */
function takePageErrors(): string[] {
  const errors = launched.flatMap((e) => e.errors.splice(0));
  const leaks = launched.flatMap((e) => e.leaks.splice(0));
  return [...(errors.length > 0 ? [`Uncaught error(s) in the page:\n${errors.join('\n\n')}`] : []), ...(leaks.length > 0 ? [`Beyond the app's own origin:\n${leaks.join('\n')}`] : [])];
}

afterEach(async () => {
  const problems = takePageErrors();
  await cleanUp('test');
  if (problems.length > 0) throw new Error(problems.join('\n\n'));
});

afterAll(async () => {
  const problems = takePageErrors();
  await cleanUp('file');
  if (problems.length > 0) throw new Error(problems.join('\n\n'));
});
