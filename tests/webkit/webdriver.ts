// WebKitGTK over W3C WebDriver on Node's fetch: a private X server, WebKitWebDriver, MiniBrowser — always torn down.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const DRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';
/** The key under which W3C WebDriver hands out element references. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
export type ElementRef = { [ELEMENT]: string };
export const isElement = (value: unknown): value is ElementRef => typeof value === 'object' && value !== null && ELEMENT in value;

/** One WebDriver command never waits longer than this: a stuck browser fails the test, it does not hang it. */
const COMMAND_MS = 45_000;
const KEYS = { Enter: '\uE007', Tab: '\uE004' } as const;

const children = new Set<ChildProcess>();
// If the test process goes away without its afterAll (a crash, a timeout), its browser and X server go with it.
process.once('exit', () => children.forEach((child) => killGroup(child, 'SIGKILL')));

/** Each child leads its own process group, so MiniBrowser and WebKit's helper processes are stopped with the driver. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));
  killGroup(child, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), new Promise<boolean>((ok) => setTimeout(() => ok(false), 3_000))]);
  if (!done) killGroup(child, 'SIGKILL');
  await exited;
  children.delete(child);
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, extraFd = false): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe', ...(extraFd ? (['pipe'] as const) : [])] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => log };
}

/** Something that may never come (a display number, a listening driver) is awaited with a deadline and a reason. */
function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(what())), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  if (typeof address !== 'object' || address === null) throw new Error('webkit: no free port');
  return address.port;
}

/** Fails at once, naming the packages, when WebKit is not installed (instead of hanging on a driver that never starts). */
export function checkInstalled(): void {
  const missing = [DRIVER, MINIBROWSER, XVFB].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `webkit: ${missing.join(', ')} not found. Run 'bash scripts/ensure-browsers.sh' as root, or ` +
        `'sudo apt-get install --no-install-recommends webkit2gtk-driver xvfb x11-apps', then try again.`,
    );
  }
}

export class WebKit {
  private session: string | null = null;
  private closed = false;

  private constructor(
    private readonly xvfb: ChildProcess,
    private readonly driver: ChildProcess,
    private readonly base: string,
    /** The X display the browser draws on, e.g. `:3` (for `xwd`). */
    readonly display: string,
  ) {}

  /** Xvfb on a free display, WebKitWebDriver on a free port, a MiniBrowser session at 1024×768. Cleans up if any step fails. */
  static async launch(): Promise<WebKit> {
    checkInstalled();
    const x = start(XVFB, ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], process.env, true);
    let browser: WebKit | null = null;
    let driver: ChildProcess | null = null;
    try {
      const number = await within(
        new Promise<string>((ok, fail) => {
          let text = '';
          x.child.stdio[3]!.on('data', (chunk: Buffer) => (text += chunk.toString()).includes('\n') && ok(text.trim()));
          x.child.once('exit', (code) => fail(new Error(`webkit: Xvfb exited (${code}): ${x.output()}`)));
        }),
        15_000,
        () => `webkit: Xvfb gave no display within 15 s: ${x.output()}`,
      );
      const display = `:${number}`;
      const port = await freePort();
      const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1', WEBKIT_DISABLE_DMABUF_RENDERER: '1', LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr' };
      const d = start(DRIVER, [`--port=${port}`, '--host=local'], env);
      driver = d.child;
      browser = new WebKit(x.child, d.child, `http://127.0.0.1:${port}`, display);
      const ready = async () => {
        for (;;) {
          if (d.child.exitCode !== null) throw new Error(`webkit: WebKitWebDriver exited (${d.child.exitCode}): ${d.output()}`);
          const status = await fetch(`${browser!.base}/status`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.json() as Promise<{ value?: { ready?: boolean } }>).catch(() => null);
          if (status?.value?.ready) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await within(ready(), 15_000, () => `webkit: WebKitWebDriver not ready within 15 s: ${d.output()}`);
      // No browserName (the session is refused) and no webSocketUrl (no BiDi); without --automation it hangs.
      const created = await browser.command<{ sessionId: string }>('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            timeouts: { pageLoad: 30_000, script: 30_000, implicit: 0 },
          },
        },
      });
      browser.session = created.sessionId;
      await browser.command('POST', `/session/${browser.session}/window/rect`, { x: 0, y: 0, width: 1024, height: 768 });
      return browser;
    } catch (error) {
      if (browser) await browser.close();
      else {
        if (driver) await stop(driver);
        await stop(x.child);
      }
      throw error;
    }
  }

  private async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, ms = COMMAND_MS): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ms),
    }).catch((error: unknown) => {
      throw new Error(`webkit: ${method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok || json.value?.error) throw new Error(`webkit: ${method} ${path}: ${json.value?.error} — ${json.value?.message}`);
    return json.value;
  }

  private s<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    if (!this.session) throw new Error('webkit: no session');
    return this.command<T>(method, `/session/${this.session}${path}`, body);
  }

  go = (url: string) => this.s<null>('POST', '/url', { url });
  reload = () => this.s<null>('POST', '/refresh', {});
  back = () => this.s<null>('POST', '/back', {});
  url = () => this.s<string>('GET', '/url');

  /** Run a function in the page. Elements must be top-level arguments: nested ones arrive as plain objects. */
  exec<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> {
    const script = `return Promise.resolve((${fn.toString()}).apply(null, arguments));`;
    return this.s('POST', '/execute/sync', { script, args });
  }

  click = (element: ElementRef) => this.s<null>('POST', `/element/${element[ELEMENT]}/click`, {});
  /** Real key strokes into the element; `press` adds a special key (Enter…) at the end. */
  type = (element: ElementRef, text: string, press?: keyof typeof KEYS) =>
    this.s<null>('POST', `/element/${element[ELEMENT]}/value`, { text: text + (press ? KEYS[press] : '') });
  clear = (element: ElementRef) => this.s<null>('POST', `/element/${element[ELEMENT]}/clear`, {});

  /** End the session, then the driver (and the MiniBrowser it started), then the X server. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.session) await this.command('DELETE', `/session/${this.session}`, undefined, 10_000).catch(() => undefined);
    await stop(this.driver);
    await stop(this.xvfb);
  }
}
