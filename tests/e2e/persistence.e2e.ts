// Everything prepared for a séance is still there after the browser is closed and opened again.
import { describe, expect, it } from 'vitest';
import {
  PSEUDONYMS,
  addParticipants,
  addTag,
  createSession,
  giveConsent,
  goHome,
  openHome,
  openSession,
  openTab,
  participantRow,
  participantRows,
  sessionCard,
  todayInFrench,
  until,
  visible,
  waitSaved,
} from './app';
import { launch, newProfile } from './browser';

const TITLE = 'Comité des usagers de la CAF';
const PLACE = 'Salle du conseil, 2 rue des Lilas, Rennes';
const OBJECTIVE = "Comprendre pourquoi les dossiers arrivent incomplets. Nous reverrons le courrier d'accueil.";
const CONSENTED = [1, 2, 4, 7] as const; // seats
const TAG = 'Première démarche';

describe('persistance', () => {
  it('keeps title, place, objective, 8 participants in seat order, consent and tags across a restart', async () => {
    const profile = newProfile();
    {
      const { context, page } = await launch(profile);
      await openHome(page);
      await createSession(page, TITLE);
      await page.getByLabel('Lieu', { exact: true }).fill(PLACE);
      await page.getByLabel('Objectif', { exact: true }).fill(OBJECTIVE);
      await waitSaved(page);

      await openTab(page, 'Participants');
      await addParticipants(page, PSEUDONYMS);
      for (const seat of CONSENTED) await giveConsent(page, seat, PSEUDONYMS[seat - 1]!);
      const consentDate = `Consentement donné le ${todayInFrench()} à `;
      for (const seat of CONSENTED) {
        expect(await participantRow(page, seat, PSEUDONYMS[seat - 1]!).getByText(/^Consentement donné le /).innerText()).toContain(consentDate);
      }
      await addTag(page, 3, PSEUDONYMS[2], TAG);
      await waitSaved(page);
      await context.close();
    }

    const { page } = await launch(profile);
    await openHome(page);
    const card = sessionCard(page, TITLE);
    await visible(card);
    // The count comes from its own live query: wait for it rather than sample it.
    await visible(card.getByText('8 participants', { exact: true }));
    await visible(card.getByText(PLACE, { exact: true }));

    await openSession(page, TITLE);
    expect(await page.getByLabel('Titre de la séance', { exact: true }).inputValue()).toBe(TITLE);
    expect(await page.getByLabel('Lieu', { exact: true }).inputValue()).toBe(PLACE);
    expect(await page.getByLabel('Objectif', { exact: true }).inputValue()).toBe(OBJECTIVE);

    await openTab(page, 'Participants');
    await until(() => participantRows(page).count(), 8);
    expect(await page.getByRole('tab', { name: /^Participants/ }).innerText()).toMatch(/\(8\)/);
    // Seat order: row n is "Place n : <pseudonym>" and holds that pseudonym in its field.
    const rowNames = await participantRows(page).evaluateAll((rows) => rows.map((r) => r.querySelector('.seat')?.getAttribute('aria-label')));
    expect(rowNames).toEqual(PSEUDONYMS.map((name, i) => `Place ${i + 1} : ${name}`));
    const names = await participantRows(page).getByLabel('Pseudonyme ou prénom', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual([...PSEUDONYMS]);

    for (const [i, name] of PSEUDONYMS.entries()) {
      const row = participantRow(page, i + 1, name);
      const consented = (CONSENTED as readonly number[]).includes(i + 1);
      expect(await row.getByRole('checkbox', { name: 'Consentement recueilli' }).isChecked(), `consent of ${name}`).toBe(consented);
      if (consented) expect(await row.getByText(/^Consentement donné le /).innerText()).toContain(`Consentement donné le ${todayInFrench()} à `);
      else expect(await row.getByText('Pas de consentement', { exact: true }).isVisible()).toBe(true);
    }
    const missing = PSEUDONYMS.filter((_, i) => !(CONSENTED as readonly number[]).includes(i + 1));
    expect(await page.getByTestId('consent-warning').innerText()).toBe(`Consentement non recueilli : ${missing.join(', ')}.`);

    const tagged = participantRow(page, 3, PSEUDONYMS[2]);
    expect(await tagged.getByRole('listitem').filter({ hasText: TAG }).count()).toBe(1);
    expect(await tagged.getByRole('button', { name: `Retirer l'étiquette « ${TAG} »` }).isVisible()).toBe(true);
    await goHome(page);
  });
});
