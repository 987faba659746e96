// The exported HTML report on a 390 px phone (no sideways scroll) and the restitution's HTML printed on one A4 page.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { documentFor, modelFor, type ReportView } from '../../src/report/audience';
import { renderHtml } from '../../src/report/html';
import { makeSynthesis } from '../factories';
import { REPORT_AT, reportSeance } from '../reportFixture';
import { RESULTS_DIR, launch, newProfile } from './browser';

const PHONE = { width: 390, height: 844 };
const t = translator('fr');
const htmlOf = (view: ReportView, seance = reportSeance()) => renderHtml(documentFor(modelFor(seance, view, REPORT_AT, t), view, t, 'fr-FR'));

/** A restitution as full as a secrétaire makes one: a message, a synthesis of what was heard, next steps, long quotes. */
function fullSeance() {
  const s = reportSeance();
  const sid = s.session.id;
  const more = ' Et ce n’est pas la première fois que cela arrive, on nous l’a déjà dit plusieurs fois sans que rien ne change.';
  s.verbatims = s.verbatims.map((v) => ({ ...v, text: v.text + more }));
  s.syntheses = [
    makeSynthesis(sid, 'restitution', { text: 'Merci d’être venus un soir de semaine et d’avoir parlé franchement, y compris de ce qui fâche. Vos propos ont été présentés à l’équipe d’accueil et au maire ; ils servent déjà à décider de ce qui changera en premier à l’accueil de la mairie.' }),
    makeSynthesis(sid, 'learnings', { text: 'Alice et Bruno ont surtout parlé de l’attente et des horaires. Tous saluent l’accueil humain ; l’attente debout, l’absence d’information sur le temps d’attente et la fermeture à 17 h reviennent chez presque tous.' }),
    makeSynthesis(sid, 'nextSteps', { text: 'Nous vous écrirons par courriel avant le 15 janvier pour vous dire ce qui a été décidé, puis à la mise en place du samedi matin. Une question d’ici là : Claire Martin, à l’accueil, ou accueil@mairie.fr.' }),
  ];
  return s;
}

describe('the HTML report on a phone and on paper', () => {
  let page: Page;
  beforeAll(async () => {
    await loadTexts('shared');
    await loadTexts('report');
    ({ page } = await launch(newProfile('file'), { viewport: PHONE }));
    mkdirSync(RESULTS_DIR, { recursive: true });
  });

  it.each<[string, ReportView]>([
    ['rapport', { audience: 'equipe', anonymised: false }],
    ['restitution', { audience: 'participants', anonymised: true }],
  ])('%s: nothing wider than a 390 px screen', async (name, view) => {
    await page.setContent(htmlOf(view));
    const widest = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tables: Math.max(0, ...[...document.querySelectorAll('table')].map((x) => x.getBoundingClientRect().right)),
    }));
    await page.screenshot({ path: join(RESULTS_DIR, `html-${name}-390.png`), fullPage: true });
    // The widest part of the team's report, the pistes table, as the phone shows it.
    const pistes = page.locator('table').last();
    if ((await pistes.count()) > 0) {
      await pistes.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(RESULTS_DIR, `html-${name}-390-table.png`) });
    }
    expect(widest.page).toBeLessThanOrEqual(PHONE.width);
    expect(widest.tables).toBeLessThanOrEqual(PHONE.width);
  });

  it('the restitution prints on one A4 page, even written in full', async () => {
    await page.setContent(htmlOf({ audience: 'participants', anonymised: true }, fullSeance()));
    const pdf = join(RESULTS_DIR, 'html-restitution.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(RESULTS_DIR, 'html-restitution-page')]);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  });
});
