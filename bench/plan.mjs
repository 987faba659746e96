// Bench of the plan d'actions through the real built app: 500 fiches of 100 séances imported, the screen opened from Accueil, filters applied.
// Each span starts at the person's gesture (a tap, a choice in a select) and ends at the frame after the result shows (bench/app.mjs's way).
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { HELPERS } from './app.mjs';

/** What the plan's spans wait for, added beside app.mjs's (the app's CSP allows no eval of strings sent by the runner). */
const PLAN_TESTS = () => {
  Object.assign(window.__tests, {
    /** The table shows its first `rows` rows (the screen draws a page of them, more on request). */
    planShown: (rows) => document.querySelectorAll('.plan-table tbody tr').length === rows,
    /** The count line changed from `before`: the same render draws the rows. */
    planFiltered: (before) => {
      const now = document.querySelector('.plan-count')?.textContent;
      return !!now && now !== before;
    },
  });
};

/** Rows the plan screen draws at once (src/ui/plan/PlanScreen.tsx, PAGE). */
const PAGE = 25;

const arm = (page, type, test, arg) => page.evaluate(([type, test, arg]) => window.__armed(type, () => window.__tests[test](arg)), [type, test, arg]);
const span = async (page) => (await page.evaluate(() => window.__span)).painted;

async function importAll(page, file) {
  await page.goto(`${page.__base}/#/importer`);
  await page.getByRole('button', { name: 'Choisir un fichier' }).waitFor();
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: 'Importer', exact: true }).tap();
  await page.getByRole('heading', { name: 'Import terminé' }).waitFor({ timeout: 120_000 });
}

/** From Accueil (its late count shown), a tap on « Plan d’actions » until the 500 rows are painted. */
async function openPlan(page, rows) {
  await page.evaluate(() => (location.hash = '#/'));
  await page.locator('a.plan-link .plan-link-late').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(200);
  await arm(page, 'click', 'planShown', rows);
  await page.locator('a.plan-link').tap();
  return span(page);
}

/** Filters as an animateur uses them: one chosen, then back to all, on each of the four selects in turn. */
const CHOICES = [
  ['#plan-filter-status', { label: 'En retard' }],
  ['#plan-filter-status', { label: 'Tous' }],
  ['#plan-filter-status', { label: 'En cours' }],
  ['#plan-filter-status', { label: 'Tous' }],
  ['#plan-filter-owner', { label: 'Nadia Roux' }],
  ['#plan-filter-owner', { label: 'Tous' }],
  ['#plan-filter-engagement', { index: 2 }],
  ['#plan-filter-engagement', { index: 0 }],
  ['#plan-filter-session', { index: 5 }],
  ['#plan-filter-session', { index: 0 }],
];

async function applyFilters(page, rounds) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const [select, option] of CHOICES) {
      const before = await page.locator('.plan-count').textContent();
      await arm(page, 'change', 'planFiltered', before);
      await page.locator(select).selectOption(option);
      samples.push(await span(page));
      await page.waitForTimeout(50);
    }
  }
  return samples;
}

/** `file`: { name, mimeType, buffer } of the plan; `runs` fresh profiles, each importing it, opening the plan `opens` times and filtering. */
export async function planCases({ dist, chromiumPath, file, actions, runs = 3, opens = 5, rounds = 3 }) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const out = { openFirst: [], openAgain: [], filter: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, serviceWorkers: 'block', locale: 'fr-FR' });
      await context.addInitScript(HELPERS);
      await context.addInitScript(PLAN_TESTS);
      const page = await context.newPage();
      page.__base = server.url;
      await importAll(page, file);
      for (let i = 0; i < opens; i++) (i === 0 ? out.openFirst : out.openAgain).push(await openPlan(page, Math.min(PAGE, actions)));
      out.filter.push(...(await applyFilters(page, rounds)));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
