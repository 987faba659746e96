// The split view (room + notes) with ten participants, as an animateur meets it: nothing to scroll, at both orientations.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addParticipants, createSession, openHome, openTab, until, visible } from './app';
import { PORTRAIT, TABLET, checkA11y, launch, newProfile, shoot } from './browser';

const TEN = ['Jean-Édouard', 'Marie-Christine', 'Alice', 'Bilal', 'Chloé', 'Dédé', 'Élodie', 'Farid', 'Gaëlle', 'Hugo'] as const;

/** The part of `locator` that a finger can reach: inside the viewport and not hidden by a scroller or an overlay. */
async function reachable(locator: Locator): Promise<string | null> {
  if ((await locator.count()) === 0) return `${locator.toString()}: absent`;
  return locator.first().evaluate((input) => {
    // A radio chip's input is a 1 px dot inside its label: the label is what the finger taps.
    const el = input.tagName === 'INPUT' ? (input.closest('label') ?? input) : input;
    const r = el.getBoundingClientRect();
    const label = `${el.tagName.toLowerCase()} « ${(el.textContent ?? '').trim().slice(0, 40)} »`;
    if (r.width === 0 || r.height === 0) return `${label}: not drawn`;
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
      return `${label}: outside the ${innerWidth}×${innerHeight} viewport (${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)})`;
    }
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || !(el.contains(hit) || hit.contains(el))) return `${label}: covered or clipped (hit ${hit?.tagName.toLowerCase()}.${hit?.className})`;
    return null;
  });
}

/** Everything the issue names, with the page scrolled to the top and not scrollable. */
async function allReachable(page: Page, next: Locator, size: string): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const targets: Locator[] = [
    page.getByRole('timer'),
    page.getByTestId('floor'),
    ...[...TEN, 'Animateur'].map((name) => page.locator('.tiles').getByRole('button', { name: new RegExp(`^(Donner|Reprendre) la parole à\\s*${name}(?=\\s|$)`) })),
    page.getByLabel('Verbatim ou note', { exact: true }),
    ...[...TEN, 'Animateur', 'Groupe', 'Inconnu'].map((name) => page.getByRole('radio', { name, exact: true })),
    ...['Positif', 'Négatif', 'Idée', 'Attente', 'Irritant'].map((name) => page.getByRole('button', { name, exact: true })),
    page.getByRole('button', { name: /Citation clé/ }),
    next,
  ];
  const problems: string[] = [];
  for (const target of targets) {
    const problem = await reachable(target);
    if (problem) problems.push(`${size}: ${problem}`);
  }
  const scroll = await page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);
  if (scroll > 1) problems.push(`${size}: the page scrolls by ${scroll} px`);
  return problems;
}

async function checkBothSizes(page: Page, next: () => Locator): Promise<string[]> {
  const problems: string[] = [];
  for (const [size, viewport] of [['1024×768', TABLET], ['768×1024', PORTRAIT]] as const) {
    await page.setViewportSize({ ...viewport });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    problems.push(...(await allReachable(page, next(), size)));
  }
  await page.setViewportSize({ ...TABLET });
  return problems;
}

describe('vue partagée salle + notes, dix participants', () => {
  it('phases 1, 2, 4 and 5: every tile, the floor, the capture, the choices and the next action are on screen', async () => {
    const { page } = await launch(newProfile(), { timeout: 15_000 });
    await openHome(page);
    await createSession(page, 'Comité des usagers — dix personnes');
    await openTab(page, 'Participants');
    await addParticipants(page, TEN);
    await page.getByRole('button', { name: 'Démarrer la séance' }).click();
    await visible(page.getByText('Phase 1 sur 5', { exact: true }));
    await page.getByRole('button', { name: 'Afficher la prise de notes' }).click();
    await visible(page.getByLabel('Verbatim ou note', { exact: true }));
    const tile = (name: string) => page.locator('.tiles').getByRole('button', { name: new RegExp(`^(Donner|Reprendre) la parole à\\s*${name}(?=\\s|$)`) });
    await tile('Jean-Édouard').click();
    await until(() => page.getByTestId('floor').innerText(), /^La parole est à Jean-Édouard/);
    const field = page.getByLabel('Verbatim ou note', { exact: true });
    for (const text of ['Je viens pour comprendre comment ça marche.', 'On m’a dit que le guichet fermait à midi, personne ne répond au téléphone après.', 'Merci de nous écouter.']) {
      await field.fill(text);
      await field.press('Enter');
      await visible(page.getByText(text, { exact: true }));
    }

    const problems: string[] = [];
    const steps: [number, string, () => Locator][] = [
      [1, 'Présentation des objectifs', () => page.getByRole('button', { name: /Phase suivante/ })],
      [2, 'Tour de table', () => page.locator('.tour-next .btn-primary')],
      [4, 'Attentes et axes de progrès', () => page.getByRole('link', { name: 'Ouvrir le tableau de post-its' })],
      [5, 'Bilan et synthèse', () => page.getByRole('button', { name: 'Clôturer la séance' })],
    ];
    for (const [n, title, next] of steps) {
      if (n > 1) await page.getByRole('button', { name: new RegExp(`Aller à la phase ${n}`) }).click();
      await visible(page.getByText(`Phase ${n} sur 5`, { exact: true }));
      await visible(page.getByRole('heading', { level: 1, name: new RegExp(title) }));
      await shoot(page, `salle-notes-phase-${n}`);
      problems.push(...(await checkBothSizes(page, next)).map((p) => `phase ${n}, ${p}`));
    }
    await checkA11y(page, 'salle avec notes, dix participants');
    expect(problems).toEqual([]);

    // Phase 5's notes below phase 1's, the timeline scrolled so that phase 5's title is stuck at its top:
    // the title sits flush on the box's edge, and no line of a verbatim shows above or through it.
    for (let i = 1; i <= 6; i++) {
      await field.fill(`Bilan, remarque ${i} : il faudrait un numéro direct pour les rendez-vous.`);
      await field.press('Enter');
    }
    await visible(page.getByText('Bilan, remarque 6 : il faudrait un numéro direct pour les rendez-vous.', { exact: true }));
    const stuck = await page.locator('.timeline-scroll').evaluate((box: HTMLElement) => {
      const sections = box.querySelectorAll('.phase-section');
      const last = sections[sections.length - 1] as HTMLElement;
      box.scrollTop = last.offsetTop - box.offsetTop + 60;
      const title = last.querySelector('.phase-section-title')!.getBoundingClientRect();
      const edge = box.getBoundingClientRect().top + box.clientTop;
      const probes = [1, title.height / 2, title.height - 1].map((dy) => document.elementFromPoint(title.left + 40, title.top + dy)?.closest('.phase-section-title') !== null);
      return { gap: Math.round(title.top - edge), covered: probes.every(Boolean) };
    });
    expect(stuck).toEqual({ gap: 0, covered: true });
    await shoot(page, 'salle-notes-titre-colle');
  });
});
