// A démarche through the real UI: made from Accueil, a séance born in it, its mirror with the agents; each démarche screen checked with axe and photographed at both sizes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemarcheId, SessionId } from '../../src/domain/types';
import { buildEnvelope, emptyRecordSet, serialise } from '../../src/format/envelope';
import { makeActionSheet, makeCard, makeDemarche, makeGroup, makeSession, makeStatusChange, makeTheme, makeThemeLink, makeTrack, makeVerbatim, makeVote } from '../factories';
import { openHome, until, visible, waitSaved } from './app';
import { PORTRAIT, TABLET, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile } from './transfer';

const D = 'demarche-multi-sites' as DemarcheId;

/** No sideways scrolling at either size, then the screenshots at both (shoot takes each size). */
async function look(page: Page, name: string): Promise<void> {
  for (const size of [TABLET, PORTRAIT]) {
    await page.setViewportSize({ ...size });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await page.setViewportSize({ ...TABLET });
  await shoot(page, name);
}

describe('la démarche', () => {
  let page: Page;
  let fiche = '';

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
  });

  it('is reached from Accueil; the list explains a démarche, then makes one', async () => {
    await visible(page.getByRole('link', { name: 'Démarches', exact: true }));
    await look(page, 'demarche-accueil');
    await page.getByRole('link', { name: 'Démarches', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Démarches' }));
    await visible(page.getByRole('heading', { name: 'Aucune démarche sur cette tablette' }));
    await checkA11y(page, 'Démarches (vide)');
    await look(page, 'demarches-vide');
    await page.getByLabel('Titre de la nouvelle démarche').fill('Accueil des usagers 2027');
    await page.getByRole('button', { name: /Nouvelle démarche/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'La démarche' }));
    fiche = new URL(page.url()).hash;
    expect(fiche).toMatch(/^#\/demarche\/[^/]+$/);
    await page.getByLabel('Thématique', { exact: true }).fill('Accueil au guichet');
    await page.getByLabel('Pilote', { exact: true }).fill('Mission qualité');
    await visible(page.getByRole('group', { name: 'Engagements Services Publics + concernés par la démarche' }));
    await waitSaved(page);
  });

  it('gives birth to a séance, then to its mirror with the agents, each opening its préparation', async () => {
    await page.getByRole('button', { name: /Nouvelle séance dans cette démarche/ }).click();
    await visible(page.getByRole('tab', { name: 'La séance', selected: true }));
    await page.getByLabel('Lieu', { exact: true }).fill('Lille');
    await waitSaved(page);
    await page.goto(new URL(fiche, page.url()).href);
    const mirror = page.getByRole('button', { name: 'Séance miroir de «\u00a0Accueil des usagers 2027\u00a0»' });
    await mirror.click();
    expect(await page.getByRole('radio', { name: 'Agents' }).isChecked()).toBe(true);
    await checkA11y(page, 'Démarche, choix du public miroir');
    await page.getByRole('button', { name: 'Créer la séance miroir' }).click();
    await visible(page.getByRole('tab', { name: 'La séance', selected: true }));
    expect(await page.getByLabel('Titre de la séance', { exact: true }).inputValue()).toBe('Accueil des usagers 2027 — Agents');
    await page.goto(new URL(fiche, page.url()).href);
    const seances = page.getByRole('region', { name: 'Séances de la démarche' });
    await until(() => seances.getByRole('listitem').count(), 2);
    expect(await seances.innerText()).toContain('Miroir de «\u00a0Accueil des usagers 2027\u00a0»');
    await checkA11y(page, 'La démarche');
    await look(page, 'demarche-fiche');
  });

  it('shows Ce qui a été dit and the Pistes, even before anything was said', async () => {
    await page.getByRole('link', { name: 'Ce qui a été dit' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ce qui a été dit' }));
    await visible(page.getByText(/Aucun thème consolidé pour l’instant/));
    await checkA11y(page, 'Ce qui a été dit');
    await look(page, 'demarche-dit');
    await page.getByRole('link', { name: 'Pistes' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Pistes de toutes les séances' }));
    await checkA11y(page, 'Pistes');
    await look(page, 'demarche-pistes');
    await page.goto(new URL('#/demarches', page.url()).href);
    await visible(page.getByRole('link', { name: 'Accueil des usagers 2027' }));
    await checkA11y(page, 'Démarches');
    await look(page, 'demarches');
  });
});

/**
 * A démarche of two sites heard in mirror: usagers in Lille, agents in Roubaix; tagged verbatims, post-its, one theme, votes, a fiche action.
 * Lille's four quotes on the theme go past the mirror's first three; its 80 later untagged verbatims put the first one pages back in its notes.
 */
function demarcheFile(dir: string): string {
  const demarche = makeDemarche({ id: D, title: 'Accueil multi-sites', thematique: 'Accueil', pilote: '' });
  const u = makeSession({ id: 's-lille' as SessionId, title: 'Usagers de Lille', place: 'Lille', date: '2027-01-12', audience: ['usagers'], demarcheId: D, status: 'terminee' });
  const a = makeSession({ id: 's-roubaix' as SessionId, title: 'Agents de Roubaix', place: 'Roubaix', date: '2027-01-19', audience: ['agents'], demarcheId: D, mirrorOf: u.id, status: 'terminee' });
  const vu = [
    makeVerbatim(u.id, { text: 'On attend debout près d’une heure, sans savoir quand ce sera notre tour.', tags: ['irritant'], key: true }),
    makeVerbatim(u.id, { text: 'Un rendez-vous par SMS, ça changerait tout.', tags: ['idee'] }),
    makeVerbatim(u.id, { text: 'L’agent a pris le temps de tout m’expliquer.', tags: ['positif'] }),
  ];
  const waits = ['Personne ne nous dit combien de temps il reste.', 'On voudrait un ticket avec l’heure de passage.', 'Il faudrait plus de guichets le lundi.'].map((text, i) =>
    makeVerbatim(u.id, { text, tags: ['attente'], capturedAt: Date.UTC(2027, 0, 12, 9, 10 + i) }),
  );
  const filler = Array.from({ length: 80 }, (_, i) => makeVerbatim(u.id, { text: `Échange n° ${i + 1} du tour de table.`, tags: [], capturedAt: Date.UTC(2027, 0, 12, 10, i) }));
  const va = [makeVerbatim(a.id, { text: 'Le lundi matin, la file déborde jusque sur le trottoir.', tags: ['irritant'] }), makeVerbatim(a.id, { text: 'Il nous faudrait un écran d’appel.', tags: ['attente'] })];
  const gu = makeGroup(u.id, { title: 'L’attente' });
  const ga = makeGroup(a.id, { title: 'Affluence du lundi' });
  const cards = [
    makeCard(u.id, { text: 'Attente debout', groupId: gu.id, sourceVerbatimId: vu[0]!.id }),
    ...waits.map((v, i) => makeCard(u.id, { text: `Attente ${i + 1}`, kind: 'attente', polarity: 'negative', groupId: gu.id, order: i + 1, sourceVerbatimId: v.id })),
    makeCard(a.id, { text: 'Lundi chargé', groupId: ga.id, sourceVerbatimId: va[0]!.id }),
    makeCard(a.id, { text: 'Équipe soudée', kind: 'positif', polarity: 'positive', order: 1 }),
  ];
  const theme = makeTheme(D, { title: 'Le temps d’attente' });
  const tu = [makeTrack(u.id, { title: 'Prendre rendez-vous par SMS', order: 0 }), makeTrack(u.id, { title: 'Des chaises dans la file', order: 1 })];
  const ta = [makeTrack(a.id, { title: 'Un écran d’appel', order: 0 })];
  const votes = [makeVote(u.id, tu[0]!.id), makeVote(u.id, tu[0]!.id), makeVote(u.id, tu[0]!.id), makeVote(u.id, tu[1]!.id), makeVote(a.id, ta[0]!.id), makeVote(a.id, ta[0]!.id)];
  const sheet = makeActionSheet(u.id, { number: '1', title: 'Envoyer un SMS de rendez-vous', trackId: tu[0]!.id });
  const data = {
    ...emptyRecordSet(),
    demarches: [demarche],
    sessions: [u, a],
    verbatims: [...vu, ...waits, ...filler, ...va],
    groups: [gu, ga],
    cards,
    themes: [theme],
    themeLinks: [makeThemeLink(D, gu, theme.id), makeThemeLink(D, ga, theme.id)],
    tracks: [...tu, ...ta],
    votes,
    actions: [sheet],
    statusChanges: [makeStatusChange(u.id, sheet.id, { status: 'en_cours', on: '2027-02-01' })],
  };
  const path = join(dir, 'cercle-demarche-accueil-multi-sites.json');
  writeFileSync(path, serialise(buildEnvelope(data, { appVersion: '0.1.0', exportedAt: Date.now(), deviceId: 'tablette-nationale' })));
  return path;
}

describe('a démarche with what its séances said', () => {
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'cercle-demarche-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
    await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    await chooseFile(page, page.getByRole('button', { name: 'Choisir un fichier' }), demarcheFile(dir));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Import terminé' }));
  });

  it('Ce qui a été dit: counts, quotes by public and place, the mirror side by side', async () => {
    await page.goto(new URL(`#/demarche/${D}/ce-qui-a-ete-dit`, page.url()).href);
    const irritants = page.getByRole('region', { name: /^Irritants/ });
    await until(() => irritants.getByRole('heading', { level: 2 }).innerText(), /Irritants\s+4/);
    const mirror = page.getByRole('region', { name: 'Le temps d’attente' });
    expect(await mirror.innerText()).toContain('Agent, séance de Roubaix');
    await checkA11y(page, 'Ce qui a été dit, avec un thème');
    await look(page, 'demarche-dit-plein');
  });

  it('the mirror unfolds every quote of a public from the keyboard, and folds them again', async () => {
    const mirror = page.getByRole('region', { name: 'Le temps d’attente' });
    const more = mirror.getByRole('button', { name: 'Voir tout (4)' });
    await visible(more);
    expect(await mirror.locator('blockquote').count()).toBe(4);
    expect((await more.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await more.focus();
    await page.keyboard.press('Enter');
    await until(() => mirror.locator('blockquote').count(), 5);
    const less = mirror.getByRole('button', { name: 'Voir moins' });
    expect(await less.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkA11y(page, 'Ce qui a été dit, miroir déplié');
    await look(page, 'demarche-dit-miroir-deplie');
    await page.keyboard.press('Enter');
    await until(() => mirror.locator('blockquote').count(), 4);
  });

  it('a search result opens its séance’s notes at that verbatim, in view and marked, pages back from the latest', async () => {
    await page.getByRole('link', { name: 'Recherche' }).click();
    await page.getByLabel('Rechercher dans tous les verbatims').fill('debout');
    const open = page.getByRole('link', { name: 'Ouvrir les notes de la séance' });
    await visible(open);
    await checkA11y(page, 'Recherche, un résultat');
    await look(page, 'demarche-recherche-plein');
    await open.click();
    const target = page.locator('.verbatim.is-target');
    await visible(target);
    expect(await target.locator('.verbatim-text').innerText()).toBe('On attend debout près d’une heure, sans savoir quand ce sera notre tour.');
    expect(await target.innerText()).toContain('Résultat de la recherche');
    await until(() => target.evaluate((el) => el === document.activeElement), true);
    // In the timeline's view, which did not open at the latest (80 later verbatims below it).
    const where = () =>
      target.evaluate((el) => {
        const box = el.closest('.timeline-scroll')!;
        const r = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return { inside: r.top >= b.top - 1 && r.bottom <= b.bottom + 1, atBottom: box.scrollTop + box.clientHeight >= box.scrollHeight - 48 };
      });
    await until(where, { inside: true, atBottom: false });
    await checkA11y(page, 'Notes, au résultat de la recherche');
    await shoot(page, 'demarche-recherche-notes');
    // Back to the same results (an installed app has no back button of its own).
    await page.getByRole('link', { name: 'Retour aux résultats' }).click();
    await visible(page.getByRole('link', { name: 'Ouvrir les notes de la séance' }));
    expect(await page.getByLabel('Rechercher dans tous les verbatims').inputValue()).toBe('debout');
  });

  it('Pistes: ranked by share, the rule said, the fiche action with its status', async () => {
    await page.goto(new URL(`#/demarche/${D}/ce-qui-a-ete-dit`, page.url()).href);
    await page.getByRole('link', { name: 'Pistes' }).click();
    const list = page.getByRole('list', { name: 'Pistes classées' });
    await visible(list);
    expect(await list.getByRole('heading').allInnerTexts()).toEqual(['Un écran d’appel', 'Prendre rendez-vous par SMS', 'Des chaises dans la file']);
    await checkA11y(page, 'Pistes, classées');
    await look(page, 'demarche-pistes-plein');
  });

  it('Thèmes and the Rapport consolidé of the same démarche, at both sizes', async () => {
    await page.getByRole('link', { name: 'Thèmes' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /Thèmes/ }));
    await visible(page.getByText('Affluence du lundi').first());
    await look(page, 'demarche-themes-plein');
    await page.getByRole('link', { name: 'Rapport consolidé' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'En bref' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Pistes de toutes les séances' }));
    await look(page, 'demarche-rapport-plein');
  });

  it('« Supprimer la démarche » asks first, says its séances stay detached, then goes and comes back with « Annuler »', async () => {
    await page.goto(new URL(`#/demarche/${D}`, page.url()).href);
    await page.getByRole('button', { name: 'Supprimer la démarche' }).click();
    const dialog = page.getByRole('alertdialog');
    await visible(dialog);
    expect(await dialog.innerText()).toMatch(/Les \d+ séances restent, détachées de la démarche\./);
    await checkA11y(page, 'Supprimer la démarche, confirmation');
    await look(page, 'demarche-supprimer');
    await dialog.getByRole('button', { name: 'Supprimer la démarche' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Démarches' }));
    await page.getByRole('button', { name: 'Annuler' }).click();
    await visible(page.getByRole('link', { name: /Accueil multi-sites/ }));
  });
});
