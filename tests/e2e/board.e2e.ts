// The post-it board in Chromium with a finger: touch drag into a group survives a reload; pistes; vote by proxy and hands; validate; axe; screenshots.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card, Group, Track, Vote } from '../../src/domain/types';
import { PSEUDONYMS, addParticipants, createSession, openHome, openTab, until, visible, waitSaved } from './app';
import { heard, postIt, putRecords, sessionIdOf, stored, touchDrag, touchSwipe } from './board';
import { NAUGHTY, sixtyPostIts } from './boardFixture';
import { RESULTS_DIR, checkA11y, launch, newProfile, shoot } from './browser';

const NAMES = PSEUDONYMS.slice(0, 6);
const heading = (page: Page, name: string) => visible(page.getByRole('heading', { level: 1, name }));
const group = (page: Page, name: string) => page.getByRole('list', { name, exact: true });
const unsorted = (page: Page) => page.getByRole('list', { name: 'Post-its non classés', exact: true });

describe('tableau de post-its', () => {
  let page: Page;

  // One browser for the file: the board, then the pistes, then the vote, as in phases 4 and 5.
  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
  });

  it('from the room in phase 4, writes post-its fast (text, then kind), refuses an empty one, shows hostile text as text', async () => {
    await openHome(page);
    await createSession(page, 'Comité des usagers — accueil de la mairie');
    await openTab(page, 'Participants');
    await addParticipants(page, NAMES);
    await page.getByRole('button', { name: 'Démarrer la séance' }).click();
    await heading(page, 'Présentation des objectifs');
    await page.getByRole('button', { name: /^Aller à la phase 4/ }).click();
    await visible(page.getByRole('link', { name: 'Ouvrir le tableau de post-its' }));
    await shoot(page, 'salle-phase-4');
    await page.getByRole('link', { name: 'Ouvrir le tableau de post-its' }).click();
    await heading(page, 'Tableau de post-its');

    const field = page.getByLabel('Nouveau post-it', { exact: true });
    await page.getByRole('button', { name: 'Irritant', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Écrivez d’abord le texte du post-it.' }));
    await field.fill('Le standard sonne dans le vide');
    await page.getByRole('button', { name: 'Irritant', exact: true }).click();
    await visible(postIt(unsorted(page), 'Le standard sonne dans le vide'));
    expect(await field.inputValue()).toBe('');
    await field.fill('Une carte des services à l’entrée');
    await field.press('Enter');
    await visible(postIt(unsorted(page), 'Une carte des services à l’entrée'));
    await waitSaved(page);

    await putRecords(page, sixtyPostIts(sessionIdOf(page), 58));
    await page.reload();
    await heading(page, 'Tableau de post-its');
    await until(() => page.getByRole('link', { name: /^Post-its/ }).innerText(), /^Post-its\s+60$/);
    await visible(postIt(group(page, 'Information et courriers'), NAUGHTY.markup));
    expect(await page.locator('.board img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await postIt(page, 'الانتظار').locator('.postit-text').getAttribute('dir')).toBe('auto');
    await visible(postIt(page, NAUGHTY.emoji));
  });

  it('a finger drags a post-it into a group (long press), a quick swipe only scrolls; after a reload the grouping is there', async () => {
    const card = postIt(unsorted(page), 'Le parking est toujours plein le matin');
    const before = await page.evaluate(() => document.querySelector('.board-side')?.scrollTop ?? window.scrollY);
    await touchSwipe(page, postIt(unsorted(page), 'Une boîte à idées à l’entrée'), 120);
    await until(async () => (await page.evaluate(() => document.querySelector('.board-side')?.scrollTop ?? window.scrollY)) !== before, true);
    // Scrolled, and nothing was picked up: dnd-kit never announced a drag.
    expect(await heard(page)).toBe('');
    expect((await stored<Card>(page, 'cards')).find((c) => c.text.startsWith('Une boîte à idées'))?.groupId).toBeNull();

    // The finger still down over the group: the preview under it, the post-it faded in place, the group outlined.
    const shot = () => page.screenshot({ path: `${RESULTS_DIR}/tableau-glisser-1024x768.png`, animations: 'disabled' }).then(() => undefined);
    await touchDrag(page, card, group(page, 'Accueil et écoute'), { beforeDrop: shot });
    await visible(postIt(group(page, 'Accueil et écoute'), 'Le parking est toujours plein le matin'));
    // Dropped on another unsorted post-it: the two start a new group.
    await touchDrag(page, postIt(unsorted(page), 'Pas d’ascenseur pour aller au premier étage'), postIt(unsorted(page), 'Des documents en français facile à lire'));
    await visible(postIt(group(page, 'Regroupement 7'), 'Pas d’ascenseur'));
    await waitSaved(page);

    await page.reload();
    await heading(page, 'Tableau de post-its');
    await visible(postIt(group(page, 'Accueil et écoute'), 'Le parking est toujours plein le matin'));
    await visible(postIt(group(page, 'Regroupement 7'), 'Des documents en français'));
    const cards = await stored<Card>(page, 'cards');
    const groups = await stored<Group>(page, 'groups');
    const accueil = groups.find((g) => g.title === 'Accueil et écoute')!;
    expect(cards.find((c) => c.text.startsWith('Le parking'))?.groupId).toBe(accueil.id);
    expect(cards.filter((c) => !c.deleted)).toHaveLength(60);
  });

  it('the same move without dragging: select, « Déplacer vers… »; undo puts it back', async () => {
    await postIt(unsorted(page), 'Une permanence dans les villages').getByRole('button', { pressed: false }).first().click();
    await page.getByRole('button', { name: 'Déplacer vers…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Déplacer le post-it vers…' });
    await dialog.getByRole('radio', { name: /^Horaires d'ouverture/ }).check();
    await dialog.getByRole('button', { name: 'Déplacer', exact: true }).click();
    await visible(postIt(group(page, "Horaires d'ouverture"), 'Une permanence dans les villages'));
    await page.getByRole('button', { name: /^Annuler : déplacement/ }).click();
    await visible(postIt(unsorted(page), 'Une permanence dans les villages'));

    // And with the keyboard only: the grip, Space, an arrow to the group beside it, Space; Ctrl+Z undoes it.
    const grip = postIt(unsorted(page), 'Une permanence dans les villages').getByRole('button', { name: /^Déplacer le post-it/ });
    await grip.focus();
    await page.keyboard.press('Space');
    // What a screen reader hears says where the drag stands: picked up over its own area, then over the group beside it.
    await until(() => heard(page), 'Au-dessus de : Post-its non classés.');
    await page.keyboard.press('ArrowRight');
    await until(() => heard(page), /^Au-dessus de : (?!Post-its non classés)/);
    const over = /^Au-dessus de : (.+)\.$/.exec(await heard(page))![1]!;
    await page.keyboard.press('Space');
    // It lands in the group nearest to its right, whichever that is at this scroll position.
    await until(() => heard(page), `Post-it « Une permanence dans les villages une fois par mois » déposé sur : ${over}.`);
    await until(async () => (await stored<Card>(page, 'cards')).find((c) => c.text.startsWith('Une permanence'))?.groupId !== null, true);
    const moved = (await stored<Card>(page, 'cards')).find((c) => c.text.startsWith('Une permanence'))!;
    const into = (await stored<Group>(page, 'groups')).find((g) => g.id === moved.groupId)!;
    expect(into.title).toBe(over);
    await visible(postIt(group(page, into.title), 'Une permanence dans les villages'));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await visible(postIt(unsorted(page), 'Une permanence dans les villages'));
    await waitSaved(page);
    await checkA11y(page, 'Tableau de post-its (60)');
    await page.evaluate(() => document.querySelectorAll('.board-side, .board-groups').forEach((pane) => pane.scrollTo(0, 0)));
    await shoot(page, 'tableau-60-postits');
  });

  it('pistes from groups, then dots by proxy (allowance enforced), raised hands, validated priorities', async () => {
    await page.getByRole('link', { name: /^Pistes/ }).click();
    await heading(page, "Pistes d'amélioration");
    await page.getByRole('checkbox', { name: /^Horaires d'ouverture/ }).check();
    await page.getByLabel('Titre de la nouvelle piste', { exact: true }).fill('Ouvrir un soir par semaine et le samedi matin');
    await page.getByRole('button', { name: 'Créer la piste' }).click();
    await page.getByRole('checkbox', { name: /^Accueil téléphonique/ }).check();
    await page.getByRole('checkbox', { name: /^Démarches en ligne/ }).check();
    await page.getByRole('button', { name: 'Créer la piste' }).click();
    await visible(page.getByRole('heading', { level: 3, name: /Accueil téléphonique · Démarches en ligne/ }));
    await page.getByLabel('Titre de la nouvelle piste', { exact: true }).fill('Des courriers en français clair');
    await page.getByRole('button', { name: 'Créer la piste' }).click();
    await until(() => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).count(), 3);
    await waitSaved(page);
    await checkA11y(page, "Pistes d'amélioration");
    await shoot(page, 'pistes');

    await page.getByRole('link', { name: /^Vote/ }).click();
    await heading(page, 'Vote et priorités');
    await page.getByRole('radio', { name: /^Alice/ }).check();
    const plus = (track: RegExp) => page.getByRole('button', { name: new RegExp(`^\\+1 point : Alice pour « ${track.source}`) });
    await plus(/Des courriers/).click();
    await plus(/Des courriers/).click();
    await plus(/Ouvrir un soir/).click();
    await until(() => page.getByRole('status').filter({ hasText: 'Alice a placé tous ses points.' }).count(), 1);
    await plus(/Ouvrir un soir/).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Alice a déjà placé ses 3 points' }));
    await page.getByRole('radio', { name: /^À main levée/ }).check();
    await page.getByRole('button', { name: /^Une main de plus pour « Ouvrir un soir/ }).click();
    await page.getByRole('button', { name: /^Une main de plus pour « Ouvrir un soir/ }).click();
    await page.getByRole('spinbutton', { name: /^Mains levées pour « Accueil téléphonique/ }).fill('9');
    await page.getByRole('spinbutton', { name: /^Mains levées pour « Accueil téléphonique/ }).press('Tab');
    await visible(page.getByRole('alert').filter({ hasText: 'Pas plus de 6 mains levées' }));
    await page.getByRole('button', { name: 'Classer selon le vote' }).click();
    await page.getByRole('checkbox', { name: /^Validée : Ouvrir un soir/ }).check();
    await page.getByRole('checkbox', { name: /^Validée : Des courriers/ }).check();
    await waitSaved(page);
    await page.reload();
    await heading(page, 'Vote et priorités');
    const tracks = (await stored<Track>(page, 'tracks')).sort((a, b) => a.order - b.order);
    expect(tracks.map((t) => [t.title.slice(0, 13), t.validated])).toEqual([
      ['Ouvrir un soi', true],
      ['Des courriers', true],
      ['Accueil télép', false],
    ]);
    const votes = (await stored<Vote>(page, 'votes')).filter((v) => !v.deleted);
    expect(votes.filter((v) => v.method === 'proxy')).toHaveLength(3);
    expect(votes.filter((v) => v.method === 'mains')).toHaveLength(2);
    await visible(page.getByText('Rang 3', { exact: true }));
    await checkA11y(page, 'Vote et priorités');
    await shoot(page, 'vote-priorites');
  });
});
