// `npm run bench`: build, then print Cercle's figures against the budgets of ARCHITECTURE.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { appCases } from './app.mjs';
import { planCases } from './plan.mjs';
import { demarcheCases } from './demarche.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const rows = [];
// BENCH_CASES=app,report runs only those browser cases (the machine is shared: measure what you work on).
const only = process.env.BENCH_CASES?.split(',');
const selected = (name) => !only || only.includes(name);

function row(what, value, unit, budget, note = '') {
  const ok = budget === null ? '' : value <= budget ? 'ok' : 'OVER';
  rows.push({ what, value: `${value.toFixed(1)} ${unit}`, budget: budget === null ? '—' : `≤ ${budget} ${unit}`, status: ok, note });
}

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;

function build() {
  const vite = join(root, 'node_modules/.bin/vite');
  // BENCH_SKIP_APP_BUILD=1 measures the dist/ already built (handy while tests use it).
  if (!process.env.BENCH_SKIP_APP_BUILD) execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync(vite, ['build', '-c', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });
}

function sizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\//, ''));
  const firstJs = [...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  row('first screen JS (gzip)', firstJs.reduce((s, f) => s + gz(f), 0), 'KB', 60, firstJs.join(', '));
  row('first screen CSS (gzip)', css.reduce((s, f) => s + gz(f), 0), 'KB', null, css.join(', '));
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const workbox = [...sw.matchAll(/"\.\/(workbox-[^"]+\.js)"/g)].map((m) => m[1]);
  const all = [...new Set([...precached, 'sw.js', ...workbox])];
  boardChunk(new Set(firstJs));
  docxChunk(new Set(firstJs), new Set(precached));
  odsChunk(new Set(firstJs), new Set(precached));
  row('everything precached (gzip)', all.reduce((s, f) => s + gz(f), 0), 'KB', 400, `${precached.length} precache entries + service worker`);
}

/**
 * What opening the board loads on top of the first screen (its chunk with dnd-kit and preact/compat,
 * shared chunks, CSS, its French texts), read from the preload list Vite writes next to the board's dynamic import.
 */
function boardChunk(firstScreen) {
  const entry = [...firstScreen].find((f) => readFileSync(join(dist, f), 'utf8').includes('__vite__mapDeps'));
  const code = entry ? readFileSync(join(dist, entry), 'utf8') : '';
  const all = JSON.parse(/m\.f=(\[[^\]]*\])/.exec(code)?.[1] ?? '[]');
  const deps = /import\(([`'"])\.\/BoardScreen-[^`'"]+\1\)[^_]*__vite__mapDeps\(\[([\d,]+)\]\)/.exec(code)?.[2];
  if (!deps) return row('board chunk (gzip, on demand)', 0, 'KB', null, 'BoardScreen import not found in the entry chunk');
  const files = deps.split(',').map((n) => all[Number(n)]).filter((f) => f && !firstScreen.has(f));
  // The board's French texts come through loadTexts('board'), not through the import's preload list.
  const texts = readdirSync(join(dist, 'assets')).filter((f) => /^fr\.board-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`);
  const js = [...files.filter((f) => f.endsWith('.js')), ...texts];
  const css = files.filter((f) => f.endsWith('.css'));
  row('board: JS loaded when the board opens (gzip)', js.reduce((s, f) => s + gz(f), 0), 'KB', null, js.join(', '));
  row('board: CSS loaded when the board opens (gzip)', css.reduce((s, f) => s + gz(f), 0), 'KB', null, css.join(', '));
  const leaked = [...firstScreen].filter((f) => /useDndMonitor|isReactComponent/.test(readFileSync(join(dist, f), 'utf8')));
  if (leaked.length > 0) row('first screen holds dnd-kit or preact/compat', leaked.length, 'files', 0, leaked.join(', '));
}

/** A literal of the docx library (the path of a Word file's body): whichever file holds it holds docx. */
const DOCX_MARKER = 'word/document.xml';

/** The Word export's library: on demand only, never in the first screen, but precached so it works offline. */
function docxChunk(firstScreen, precached) {
  const js = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const holders = js.filter((f) => readFileSync(join(dist, f), 'utf8').includes(DOCX_MARKER));
  const lazy = holders.filter((f) => !firstScreen.has(f));
  const leaked = holders.filter((f) => firstScreen.has(f));
  // Fails rather than passes quietly: a docx upgrade that drops the marker would blind the leak check.
  if (holders.length === 0) return row('docx library not found in the build', 1, 'files', 0, `no JS file holds "${DOCX_MARKER}": is the Word export wired?`);
  row('docx: JS loaded when a Word file is asked for (gzip)', lazy.reduce((s, f) => s + gz(f), 0), 'KB', null, lazy.join(', '));
  row('first screen holds the docx library', leaked.length, 'files', 0, leaked.join(', '));
  const offline = lazy.filter((f) => !precached.has(f));
  if (offline.length > 0) row('docx chunk left out of the precache', offline.length, 'files', 0, offline.join(', '));
}

/** A literal of the .ods writer (the OpenDocument media type it stores first): whichever file holds it holds the writer and its zip. */
const ODS_MARKER = 'application/vnd.oasis.opendocument.spreadsheet';

/** The plan's spreadsheet export: on demand only, never in the first screen, precached so it works offline. */
function odsChunk(firstScreen, precached) {
  const js = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const holders = js.filter((f) => readFileSync(join(dist, f), 'utf8').includes(ODS_MARKER));
  if (holders.length === 0) return row('.ods writer not found in the build', 1, 'files', 0, `no JS file holds "${ODS_MARKER}": is the plan's spreadsheet export wired?`);
  const lazy = holders.filter((f) => !firstScreen.has(f));
  row('ods: JS loaded when a spreadsheet is asked for (gzip)', lazy.reduce((s, f) => s + gz(f), 0), 'KB', null, lazy.join(', '));
  row('first screen holds the .ods writer', holders.length - lazy.length, 'files', 0, holders.filter((f) => firstScreen.has(f)).join(', '));
  const offline = lazy.filter((f) => !precached.has(f));
  if (offline.length > 0) row('.ods chunk left out of the precache', offline.length, 'files', 0, offline.join(', '));
}

let scale = null;
let plan = null;
let demarche = null;

async function browserCases() {
  const server = await serveStatic(join(root, 'dist-bench'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    // Each bench page runs one case in the page (or makes the data of a case run through the built app) and leaves its outcome.
    const made = async (name, { viewport, timeout = 120_000 } = {}) => {
      const context = await browser.newContext(viewport ? { viewport } : {});
      const page = await context.newPage();
      await page.goto(`${server.url}/index.html?case=${name}`);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout });
      const outcome = await page.evaluate(() => window.__bench);
      await context.close();
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error}`);
      return outcome.result;
    };
    const run = async (name, viewport) => Object.entries(await made(name, { viewport }));
    const detail = (s) => `n=${s.n} p50=${s.p50.toFixed(1)} max=${s.max.toFixed(1)}`;
    if (selected('db-write')) for (const [name, s] of await run('db-write')) {
      row(`IndexedDB write, ${name}, p95`, s.p95, 'ms', 30, `${detail(s)}; budget borrowed from "Enter on a verbatim"`);
    }
    if (selected('floor-tap')) for (const [name, s] of await run('floor-tap')) {
      row(`10 participants + 2,000 turns: ${name}, p95`, s.p95, 'ms', 16, detail(s));
    }
    if (selected('board')) {
      const board = Object.fromEntries(await run('board', { width: 1024, height: 768 }));
      row('board, 300 post-its: first render (cold, script + layout)', board.firstRender.max, 'ms', 150, `warm re-renders: ${detail(board.firstRenderWarm)}`);
      row('board, 300 post-its: drag frame (script + layout), p95', board.drag.p95, 'ms', 16, detail(board.drag));
    }
    if (selected('verbatim-enter')) for (const [name, s] of await run('verbatim-enter')) {
      row(`5,000 verbatims: ${name}, p95`, s.p95, 'ms', 30, detail(s));
    }
    if (selected('import-file')) for (const [name, s] of await run('import-file')) {
      row(`import of a ${s.megabytes.toFixed(1)} MB file (${s.records} records) end to end, ${name}, max`, s.max, 'ms', 2000, `n=${s.n} p50=${s.p50.toFixed(1)}; file → preview → one transaction`);
    }
    if (selected('merge-two')) for (const [name, s] of await run('merge-two')) {
      row(`${name} (pure, in Chromium), p95`, s.p95, 'ms', 300, detail(s));
    }
    if (selected('report')) for (const [name, s] of await run('report')) {
      row(`report, 800 verbatims + 200 post-its: ${name}, p95`, s.p95, 'ms', 200, `${detail(s)}; ${(s.bytes / 1024).toFixed(0)} KB of HTML`);
    }
    if (selected('app')) scale = await made('scale-file');
    if (selected('plan')) plan = await made('plan-file');
    if (selected('demarche')) demarche = await made('demarche-files', { timeout: 300_000 });
  } finally {
    await browser.close();
    await server.close();
  }
  if (scale) await scaleCases(scale);
  if (plan) await planCase(plan);
  if (demarche) await demarcheCase(demarche);
}

/** Issue 15's démarche at national scale: 50 anonymised séances × 500 verbatims, through the real built app (bench/demarche.mjs). */
async function demarcheCase({ files, demarcheId, verbatims, cards }) {
  const buffers = files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text, 'utf8') }));
  const mb = (buffers.reduce((n, f) => n + f.buffer.length, 0) / 1024 / 1024).toFixed(1);
  const s = await demarcheCases({ dist, chromiumPath: CHROMIUM, files: buffers, demarcheId, runs: Number(process.env.BENCH_RUNS ?? 1) });
  const detail = (x) => `n=${x.n} p50=${x.p50.toFixed(0)} p95=${x.p95.toFixed(0)} max=${x.max.toFixed(0)}`;
  const total = summarise(s.total);
  row(`démarche: ${files.length} files at once (${mb} MB, ${verbatims} verbatims, ${cards} post-its), chosen → imported, max`, total.max, 'ms', 20_000, `${detail(total)}; preview ${detail(summarise(s.preview))}; Importer → done ${detail(summarise(s.apply))}`);
  const said = summarise(s.openSaid);
  row('démarche: open « Ce qui a été dit » → painted, max', said.max, 'ms', 1000, detail(said));
  const report = summarise(s.openReport);
  row('démarche: tap « Rapport consolidé » → painted to its footer, max', report.max, 'ms', 1000, detail(report));
  const search = summarise(s.openSearch);
  row('démarche: tap « Recherche » → painted (the index folded), max', search.max, 'ms', 1000, `${detail(search)}; budget borrowed from opening the view`);
  const keys = summarise(s.keystroke);
  row('démarche: search, keystroke → its results painted, p95', keys.p95, 'ms', 50, `${detail(keys)}; 25,000 verbatims, typed without accents`);
  const heap = summarise(s.heap);
  row('démarche: JS heap after opening it (after a GC), max', heap.max, 'MB', null, detail(heap));
}

/** The plan d'actions of a tablet with 100 séances and 500 fiches, through the real built app (bench/plan.mjs). */
async function planCase({ text, sessions, actions, late }) {
  const file = { name: 'cercle-bench-plan.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const s = await planCases({ dist, chromiumPath: CHROMIUM, file, actions, runs });
  const detail = (x) => `n=${x.n} p50=${x.p50.toFixed(0)} p95=${x.p95.toFixed(0)} max=${x.max.toFixed(0)}`;
  const first = summarise(s.openFirst);
  const again = summarise(s.openAgain);
  const filter = summarise(s.filter);
  row(`plan: ${actions} fiches of ${sessions} séances (${late} late), Accueil → plan painted, first, max`, first.max, 'ms', 300, `${detail(first)}; chunk + texts fetched on the first`);
  row('plan: open the plan again, p95', again.p95, 'ms', 300, detail(again));
  row('plan: a filter chosen → the rows painted, p95', filter.p95, 'ms', 50, detail(filter));
}

/** Issue 13's séance at scale (5,000 verbatims, 2,000 turns, 300 post-its) through the real built app's screens. */
async function scaleCases({ text, sessionId, records }) {
  const file = { name: 'cercle-bench-secretaire.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
  const mb = (file.buffer.length / 1024 / 1024).toFixed(1);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const s = await appCases({ dist, chromiumPath: CHROMIUM, file, sessionId, runs });
  const stat = (list) => summarise(list);
  const detail = (x) => `n=${x.n} p50=${x.p50.toFixed(0)} p95=${x.p95.toFixed(0)} max=${x.max.toFixed(0)}`;
  const total = stat(s.total);
  row(`app: import of a ${mb} MB file (${records} records), file chosen → séance shown, max`, total.max, 'ms', 2000, `${detail(total)}; preview ${detail(stat(s.preview))}; Importer → done ${detail(stat(s.apply))}; open ${detail(stat(s.open))}`);
  const enter = stat(s.enter);
  row('app: 5,000 verbatims, Enter → the frame showing it painted (notes screen), p95', enter.p95, 'ms', 30, `${detail(enter)}; Enter → in the DOM ${detail(stat(s.enterDom))}; → one more frame (2 rAF) ${detail(stat(s.enterNext))}`);
  const first = stat(s.reportFirst);
  const again = stat(s.reportAgain);
  row('app: open the rapport de synthèse → the frame showing it painted, first, max', first.max, 'ms', 300, detail(first));
  row('app: open the rapport de synthèse again, p95', again.p95, 'ms', 300, detail(again));
}

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

build();
sizes();
await browserCases();
const width = (k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
const cols = ['what', 'value', 'budget', 'status'];
const line = (r) => cols.map((k) => String(r[k]).padEnd(width(k))).join(' | ');
console.log('\n' + line({ what: 'what', value: 'value', budget: 'budget', status: 'status' }));
console.log(cols.map((k) => '-'.repeat(width(k))).join('-|-'));
for (const r of rows) console.log(line(r) + (r.note ? `   (${r.note})` : ''));
if (rows.some((r) => r.status === 'OVER')) process.exitCode = 1;
