// Bench through the real built app (dist/): import a big séance on the import screen, type in its notes, open its report.
// Every span starts at the person's gesture (the file chosen, a click, a key) and ends at the frame after the result shows.
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';

/** In the page: resolve when `test()` holds (checked on every DOM change), then two frames later (the frame after it showed). */
export const HELPERS = () => {
  /**
   * The frame that shows a change: the next animation frame, then a message, which runs once that frame's style,
   * layout and paint are done and handed to the compositor. A second animation frame (also recorded) adds one whole
   * frame period by construction: from a change at a random moment it lands 17–33 ms later even with no work at all.
   */
  const painted = () =>
    new Promise((ok) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => ok(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
  /** Resolve when `test()` holds (checked on every DOM change) with { dom, painted, next }: the times it showed. */
  window.__until = (test) =>
    new Promise((resolve) => {
      const done = () => {
        observer.disconnect();
        const dom = performance.now();
        void painted().then(async (paint) => resolve({ dom, painted: paint, next: await nextFrame() }));
      };
      const observer = new MutationObserver(() => test() && done());
      if (test()) return done();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  /** What each span waits for (named here: the app's CSP allows no eval of strings sent by the runner). */
  window.__tests = {
    preview: () => document.getElementById('preview-title') !== null && !document.querySelector('[aria-busy]'),
    done: () => document.getElementById('import-done-title') !== null,
    prepare: () => document.querySelector('h1.prepare-title') !== null,
    verbatim: (text) => [...document.querySelectorAll('.timeline-scroll .verbatim-text')].some((p) => p.textContent === text),
    report: () => document.querySelector('.report-footer') !== null,
  };
  /** Times from the next `type` event (capture phase, before the app sees it) until `test()` holds, in ms. */
  window.__armed = (type, test) => {
    window.__span = new Promise((resolve) => {
      document.addEventListener(
        type,
        () => {
          const t0 = performance.now();
          void window.__until(test).then((t) => resolve({ dom: t.dom - t0, painted: t.painted - t0, next: t.next - t0 }));
        },
        { capture: true, once: true },
      );
    });
  };
};

const arm = (page, type, test, arg) => page.evaluate(([type, test, arg]) => window.__armed(type, () => window.__tests[test](arg)), [type, test, arg]);
const span = async (page) => (await page.evaluate(() => window.__span)).painted;
/** When the DOM first held the result (where the old bench stopped), the frame that shows it painted, the frame after that. */
const spans = (page) => page.evaluate(() => window.__span);

export async function importFile(page, file) {
  await page.goto(`${page.__base}/#/importer`);
  await page.getByRole('button', { name: 'Choisir un fichier' }).waitFor();
  await arm(page, 'change', 'preview');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  const preview = await span(page);
  await arm(page, 'click', 'done');
  await page.getByRole('button', { name: 'Importer', exact: true }).tap();
  const apply = await span(page);
  await arm(page, 'click', 'prepare');
  await page.locator('.transfer-done a.btn-primary').tap();
  const open = await span(page);
  return { preview, apply, open };
}

export async function typeNotes(page, sessionId, count) {
  await page.evaluate((id) => (location.hash = `#/seance/${id}/notes`), sessionId);
  await page.locator('.timeline-scroll li.verbatim').first().waitFor({ timeout: 60_000 });
  const samples = [];
  for (let i = 0; i < count; i++) {
    const text = `Nouveau verbatim ${i} (${Math.random().toString(36).slice(2, 8)}) — « c’est le troisième rendez-vous annulé ».`;
    await page.fill('#verbatim-field', text);
    await page.waitForTimeout(60); // the draft saved on each keystroke settles, as between two sentences
    await arm(page, 'keydown', 'verbatim', text);
    await page.keyboard.press('Enter');
    samples.push(await spans(page));
  }
  return samples;
}

export async function openReport(page, sessionId, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('main.home').waitFor();
    await page.waitForTimeout(200);
    samples.push(
      await page.evaluate(async (id) => {
        const t0 = performance.now();
        const shown = window.__until(window.__tests.report);
        location.hash = `#/seance/${id}/rapport`;
        return (await shown).painted - t0;
      }, sessionId),
    );
  }
  return samples;
}

/** `file`: { name, mimeType, buffer } of the séance; `runs` fresh browser profiles, each importing it once. */
export async function appCases({ dist, chromiumPath, file, sessionId, runs = 3, enters = 60, reports = 5 }) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const out = { preview: [], apply: [], open: [], total: [], enter: [], enterDom: [], enterNext: [], reportFirst: [], reportAgain: [] };
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh profile each time: the import goes into a tablet without the séance. No service worker in the figures.
      // A tablet: 1024×768 at two device pixels per CSS pixel, touch (taps move no mouse, so no hover hit tests).
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, serviceWorkers: 'block', locale: 'fr-FR' });
      await context.addInitScript(HELPERS);
      const page = await context.newPage();
      page.__base = server.url;
      const t = await importFile(page, file);
      out.preview.push(t.preview);
      out.apply.push(t.apply);
      out.open.push(t.open);
      out.total.push(t.preview + t.apply + t.open);
      const enter = await typeNotes(page, sessionId, enters);
      out.enter.push(...enter.map((x) => x.painted));
      out.enterDom.push(...enter.map((x) => x.dom));
      out.enterNext.push(...enter.map((x) => x.next));
      const [first, ...again] = await openReport(page, sessionId, reports);
      out.reportFirst.push(first);
      out.reportAgain.push(...again);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
