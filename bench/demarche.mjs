// Bench of a démarche at national scale through the real built app: 50 anonymised séance files imported at once on the
// import screen, then the consolidated view, its report and its search opened, a search typed key by key. Each span starts at the person's gesture and ends at the frame after
// the result shows (bench/app.mjs's way); the JS heap is read after a garbage collection.
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { HELPERS } from './app.mjs';

/** What the démarche's spans wait for, added beside app.mjs's (the app's CSP allows no eval of strings sent by the runner). */
const DEMARCHE_TESTS = () => {
  Object.assign(window.__tests, {
    /** The batch preview lists every file. */
    batchPreview: (files) => document.getElementById('preview-title') !== null && !document.querySelector('[aria-busy]') && document.body.textContent.includes(String(files)),
    /** A démarche tab painted with its content (not the loading frame). */
    demarcheTab: (tab) => document.querySelector(`main.demarche-page-${tab}`) !== null && !document.querySelector('main[aria-busy]'),
    /** The consolidated report shown down to its footer. */
    consolidatedReport: () => document.querySelector('main.demarche-page-rapport .report-footer') !== null,
    /** The results of what is typed now: the first hit's marked words are the query (accents and case aside). */
    searchHits: (query) => {
      const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      const mark = document.querySelector('.search-hits mark');
      return mark !== null && fold(mark.textContent) === fold(query);
    },
  });
};

const arm = (page, type, test, arg) => page.evaluate(([type, test, arg]) => window.__armed(type, () => window.__tests[test](arg)), [type, test, arg]);
const span = async (page) => (await page.evaluate(() => window.__span)).painted;

/** Words a national team looks for, typed without their accents, one key at a time. */
const QUERIES = ['telephone', 'guichet', 'formulaires', 'courrier'];

/** Each keystroke's span, keydown → the frame showing that query's results painted; a person's pace between keys. */
async function typeSearch(page, queries) {
  const field = page.getByRole('textbox', { name: /^Rechercher/ });
  const spans = [];
  for (const query of queries) {
    await field.fill('');
    await field.focus();
    for (let i = 1; i <= query.length; i++) {
      await arm(page, 'keydown', 'searchHits', query.slice(0, i));
      await page.keyboard.press(query[i - 1]);
      spans.push(await span(page));
      await page.waitForTimeout(120);
    }
  }
  return spans;
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** `files`: [{ name, mimeType, buffer }]; `runs` fresh profiles, each importing them all once. */
export async function demarcheCases({ dist, chromiumPath, files, demarcheId, runs = 1 }) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const out = { preview: [], apply: [], total: [], openSaid: [], openReport: [], openSearch: [], keystroke: [], heap: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, serviceWorkers: 'block', locale: 'fr-FR' });
      await context.addInitScript(HELPERS);
      await context.addInitScript(DEMARCHE_TESTS);
      const page = await context.newPage();
      await page.goto(`${server.url}/#/importer`);
      await page.getByRole('button', { name: /Choisir (un|des) fichiers?/ }).first().waitFor();
      await arm(page, 'change', 'batchPreview', files.length);
      await page.setInputFiles('[data-testid="import-file-input"]', files);
      const preview = await span(page);
      await arm(page, 'click', 'done');
      await page.getByRole('button', { name: /^Importer/ }).first().tap();
      const apply = await span(page);
      out.preview.push(preview);
      out.apply.push(apply);
      out.total.push(preview + apply);
      // From Accueil, the démarche's « Ce qui a été dit » opened by its address (its link is the screens' business).
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('main.home').waitFor();
      await page.waitForTimeout(300);
      out.openSaid.push(
        await page.evaluate(async (id) => {
          const t0 = performance.now();
          const shown = window.__until(() => window.__tests.demarcheTab('dit'));
          location.hash = `#/demarche/${encodeURIComponent(id)}/ce-qui-a-ete-dit`;
          return (await shown).painted - t0;
        }, demarcheId),
      );
      out.heap.push(await heapMb(page));
      // Its tabs tapped as a person does: the consolidated report, then the search, typed into.
      await page.waitForTimeout(300);
      await arm(page, 'click', 'consolidatedReport');
      await page.locator('a.demarche-tab[href$="/rapport"]').tap();
      out.openReport.push(await span(page));
      await arm(page, 'click', 'demarcheTab', 'recherche');
      await page.locator('a.demarche-tab[href$="/recherche"]').tap();
      out.openSearch.push(await span(page));
      await page.waitForTimeout(300);
      out.keystroke.push(...(await typeSearch(page, QUERIES)));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
