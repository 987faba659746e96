// The room in a real browser with a controlled clock: phases, talk turns, reload and crash mid-turn, wake lock.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addParticipants, createSession, giveConsent, openHome, openTab, until, visible } from './app';
import { baseURL, checkA11y, crash, launch, newProfile, shoot } from './browser';

const START = new Date('2026-11-23T09:30:00+01:00');
const MIN = 60_000;
const NAMES = ['Alice', 'Bilal', 'Chloé'] as const;

/** Count wake-lock requests and keep the sentinels, so the test can play the system releasing the lock. */
const WAKE_LOCK_PROBE = () => {
  type Sentinel = { release(): Promise<void> };
  const api = (navigator as unknown as { wakeLock?: { request: (t: 'screen') => Promise<Sentinel> } }).wakeLock;
  if (!api) return;
  const original = api.request.bind(api);
  const w = window as unknown as { __wake: { count: number; sentinels: { release(): Promise<void> }[] } };
  w.__wake = { count: 0, sentinels: [] };
  api.request = async (type: 'screen') => {
    const sentinel = await original(type);
    w.__wake.count += 1;
    w.__wake.sentinels.push(sentinel);
    return sentinel;
  };
};

const floor = (page: Page) => page.getByTestId('floor').innerText();
const timer = (page: Page) => page.getByRole('timer').innerText();
const tile = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^(Donner|Reprendre) la parole à\\s*${name}`) });
const phaseHeading = (page: Page, title: string) => visible(page.getByRole('heading', { level: 1, name: title }));

describe('la salle', () => {
  it('runs phases 1–3 with three speakers; a reload and a crash mid-turn resume every timer from stored times', async () => {
    const profile = newProfile();
    let roomHash = '';
    {
      const { context, page } = await launch(profile);
      await context.addInitScript(WAKE_LOCK_PROBE);
      await page.clock.install({ time: START });
      await openHome(page);
      await createSession(page, 'Comité des usagers — Rennes');
      await openTab(page, 'Participants');
      await addParticipants(page, NAMES);
      for (const [i, name] of NAMES.entries()) await giveConsent(page, i + 1, name);
      await page.getByRole('button', { name: 'Démarrer la séance' }).click();
      await phaseHeading(page, 'Présentation des objectifs');
      roomHash = new URL(page.url()).hash;
      await until(() => page.evaluate(() => (window as unknown as { __wake?: { count: number } }).__wake?.count ?? 0), 1);
      await expect.poll(() => page.getByText('Tous les participants ont donné leur accord.').isVisible()).toBe(true);
      await checkA11y(page, 'salle phase 1');

      // The system drops the wake lock when the tablet sleeps; coming back re-acquires it.
      await page.evaluate(async () => {
        const w = window as unknown as { __wake: { sentinels: { release(): Promise<void> }[] } };
        await w.__wake.sentinels[0]?.release();
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await until(() => page.evaluate(() => (window as unknown as { __wake: { count: number } }).__wake.count), 2);

      await page.clock.fastForward(8 * MIN);
      await until(() => timer(page), /^8:0\d$/);
      await page.getByRole('button', { name: /Phase suivante/ }).click();
      await phaseHeading(page, 'Tour de table');
      await until(() => timer(page), /^0:0\d$/);

      await page.getByRole('button', { name: 'Donner la parole à Alice', exact: true }).click();
      await until(() => floor(page), /^La parole est à Alice/);
      await page.clock.fastForward(MIN);
      await page.getByRole('button', { name: 'Donner la parole à Bilal', exact: true }).click();
      await until(() => floor(page), /^La parole est à Bilal/);
      await page.clock.fastForward(MIN / 2);
      await expect.poll(() => page.getByText('Prochaine présentation\u00a0: Chloé').isVisible()).toBe(true);
      await shoot(page, 'salle-tour-de-table');
      await checkA11y(page, 'salle tour de table');

      await page.getByRole('button', { name: /Phase suivante/ }).click();
      await phaseHeading(page, 'Partage d’expériences');
      await until(() => floor(page), 'Personne n’a la parole');
      await tile(page, 'Chloé').click();
      await until(() => floor(page), /^La parole est à Chloé/);
      await page.clock.fastForward(2 * MIN);
      await until(() => floor(page), /^La parole est à Chloé · 2:0\d$/);

      // Reload mid-turn: the turn goes on, its time read from the stored start.
      await page.reload();
      await phaseHeading(page, 'Partage d’expériences');
      await until(() => floor(page), /^La parole est à Chloé · 2:\d\d$/);
      await page.clock.fastForward(MIN);
      await until(() => floor(page), /^La parole est à Chloé · 3:\d\d$/);
      await until(() => timer(page), /^3:\d\d$/);
      await shoot(page, 'salle-partage');
      await checkA11y(page, 'salle partage');
      await crash(profile);
    }

    // A dead battery: relaunched ten minutes later, the turn and the phase have kept running.
    const { page } = await launch(profile);
    await page.clock.install({ time: new Date(START.getTime() + 24 * MIN) });
    await page.goto(`${baseURL()}/${roomHash}`);
    await phaseHeading(page, 'Partage d’expériences');
    await until(() => floor(page), /^La parole est à Chloé · 1[3-4]:\d\d$/);
    await until(() => timer(page), /^1[3-4]:\d\d$/);
    // Tour de table: Alice 1:00, Bilal 0:30 (ended when phase 3 began); Chloé's open turn in phase 3.
    await expect.poll(() => tile(page, 'Alice').innerText()).toMatch(/Séance\u00a0: 1:0\d/);
    await expect.poll(() => tile(page, 'Bilal').innerText()).toMatch(/Séance\u00a0: 0:3\d/);
  });

  it('closes from phase 5 with the summary of planned and actual times', async () => {
    const { context, page } = await launch(newProfile());
    await context.addInitScript(WAKE_LOCK_PROBE);
    await page.clock.install({ time: START });
    await openHome(page);
    await createSession(page, 'Clôture');
    await openTab(page, 'Participants');
    await addParticipants(page, NAMES);
    await page.getByRole('button', { name: 'Démarrer la séance' }).click();
    await phaseHeading(page, 'Présentation des objectifs');
    for (const [i, name] of NAMES.entries()) {
      await tile(page, name).click();
      await until(() => floor(page), new RegExp(`^La parole est à ${name}`));
      await page.clock.fastForward((i + 1) * MIN);
    }
    await page.getByRole('button', { name: /Aller à la phase 5/ }).click();
    await phaseHeading(page, 'Bilan et synthèse');
    await page.getByRole('button', { name: 'Clôturer la séance' }).click();
    await page.getByRole('alertdialog', { name: 'Clôturer la séance\u00a0?' }).getByRole('button', { name: 'Clôturer', exact: true }).click();
    await visible(page.getByText('Séance clôturée'));
    const table = page.getByRole('table', { name: 'Temps prévu et temps réel par phase' });
    await until(() => table.getByRole('row', { name: /Présentation des objectifs/ }).innerText(), /10\smin\s+6:0\d/);
    await visible(page.getByRole('img', { name: 'Temps de parole par personne' }));
    expect(await tile(page, 'Alice').isDisabled()).toBe(true);
    await shoot(page, 'salle-cloturee');
    await checkA11y(page, 'salle clôturée');
  });
});
