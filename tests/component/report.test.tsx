// The report screen: the secrétaire's texts autosaved per section, the restitution without names, the anonymised version.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { draftKey, readDraft, saveDraft } from '../../src/db/drafts';
import { synthesisId } from '../../src/domain/synthesis';
import { routeHref } from '../../src/ui/common/routes';
import { db, renderApp } from './render';
import { openReport, reportHref, seedReport, synthesisBox } from './reportHelpers';

const main = () => within(screen.getByRole('main'));

describe('synthèse du secrétaire', () => {
  it('typing in a section stores its synthesis under the id derived from séance and section, and the text is there after a reload', async () => {
    const { session } = await seedReport();
    const sid = session.id;
    await openReport(sid);
    // The fixture holds a deleted "context" text: the first keystroke brings the record back to life.
    const box = synthesisBox('Contexte et objectif');
    expect(box.value).toBe('');
    fireEvent.input(box, { target: { value: 'Réunion demandée par la direction après les enquêtes de satisfaction.' } });

    const id = synthesisId(sid, 'context');
    await waitFor(async () => expect((await db().syntheses.get(id))?.text).toBe('Réunion demandée par la direction après les enquêtes de satisfaction.'));
    const stored = await db().syntheses.get(id);
    expect(stored).toMatchObject({ sessionId: sid, section: 'context', deleted: false });
    await waitFor(async () => expect(await readDraft(draftKey(sid, 'synthesis.context'))).toBeUndefined());

    // A section never written before gets its own record, at the id the other tablet would derive too.
    fireEvent.input(synthesisBox('Pistes d’amélioration'), { target: { value: 'Deux pistes validées.' } });
    await waitFor(async () => expect((await db().syntheses.get(synthesisId(sid, 'tracks')))?.text).toBe('Deux pistes validées.'));
    expect(await db().syntheses.where('sessionId').equals(sid).count()).toBe(4);

    cleanup();
    await openReport(sid);
    expect(synthesisBox('Contexte et objectif').value).toBe('Réunion demandée par la direction après les enquêtes de satisfaction.');
    expect(synthesisBox('Pistes d’amélioration').value).toBe('Deux pistes validées.');
    expect(synthesisBox('Principaux enseignements').value).toBe('Alice et Bruno ont surtout parlé de l’attente et des horaires.');
    await screen.findByText('Enregistré');
  });

  it('a draft left by a killed tab comes back into its section and is saved', async () => {
    const { session } = await seedReport();
    const key = draftKey(session.id, 'synthesis.views');
    await saveDraft(key, 'Les avis sur l’accueil sont bons, ceux sur les horaires non');
    await openReport(session.id);
    await waitFor(() => expect(synthesisBox('Avis positifs et négatifs').value).toBe('Les avis sur l’accueil sont bons, ceux sur les horaires non'));
    await waitFor(async () => expect((await db().syntheses.get(synthesisId(session.id, 'views')))?.text).toBe('Les avis sur l’accueil sont bons, ceux sur les horaires non'));
    await waitFor(async () => expect(await readDraft(key)).toBeUndefined());
  });

  it('shows what the séance produced beside each text: facts, starred quotes with their speaker, the pistes table', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const learnings = within(screen.getByRole('region', { name: 'Principaux enseignements' }));
    const quote = learnings.getByText(/L’agent m’a très bien reçue, avec le sourire\./);
    expect(quote.textContent).toBe('«\u00a0L’agent m’a très bien reçue, avec le sourire.\u00a0»');
    expect(quote.closest('figure')?.querySelector('figcaption')?.textContent).toBe('— Alice');
    const table = within(screen.getByRole('table', { name: 'Pistes d’amélioration, de la plus soutenue à la moins soutenue' }));
    expect(table.getByRole('rowheader', { name: '1' })).toBeTruthy();
    expect(table.getAllByRole('columnheader').map((c) => c.textContent)).toContain('Piste');
    expect(main().getByRole('img', { name: /Temps de parole/ }).getAttribute('aria-label')).toMatch(/Alice/);
    // The animateur in the séance's facts (the En bref table names the fiches' responsables too).
    expect(within(main().getByRole('region', { name: 'La séance' })).getByText('Claire Martin')).toBeTruthy();
  });
});

describe('restitution aux participants', () => {
  it('shows no pseudonym and no role name, and lists the validated pistes', async () => {
    const { session } = await seedReport();
    await openReport(session.id, 'participants');
    expect(screen.getByRole('link', { name: 'Restitution aux participants' }).getAttribute('aria-current')).toBe('page');
    // What the document shows; the secrétaire's fields hold her text as typed, and name what the restitution will replace.
    const shown = screen.getByRole('main').cloneNode(true) as HTMLElement;
    for (const field of shown.querySelectorAll('.synthesis-field')) field.remove();
    const text = shown.textContent ?? '';
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Fanny', 'Claire Martin', 'Hugo Petit', 'Nadia Roux']) expect(text, name).not.toContain(name);
    const done = within(screen.getByRole('region', { name: 'Ce que nous allons faire' }));
    expect(done.getByText(/Élargir les horaires/)).toBeTruthy();
    expect(done.getByText(/Installer des chaises et un écran d’attente/)).toBeTruthy();
    expect(done.queryByText(/Rendez-vous en ligne/)).toBeNull();
    // The secrétaire's text for the learnings is the same in both documents, and the field says so.
    const box = synthesisBox('Ce que nous avons entendu');
    expect(box.value).toBe('Alice et Bruno ont surtout parlé de l’attente et des horaires.');
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toMatch(/devient\s«\sun participant\s»/);
    // A section the restitution prints only once written is still there to be written.
    expect(synthesisBox('Prochaines étapes').value).toBe('Présenter le plan d’actions en réunion d’équipe le 7 décembre.');
  });

  it('warns while a name is typed in a text the restitution carries, and only there', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const warningOf = (box: HTMLElement) => box.closest('.synthesis-field')!.querySelector('[role="status"]')!.textContent;
    // Already written with two names: the field says both will read « un participant ».
    const learnings = synthesisBox('Principaux enseignements');
    await waitFor(() => expect(warningOf(learnings)).toBe('«\u00a0Alice\u00a0» et «\u00a0Bruno\u00a0» seront remplacés par «\u00a0un participant\u00a0» dans la restitution.'));
    expect(learnings.getAttribute('aria-describedby')).toContain('synthesis-learnings-names');
    const next = synthesisBox('Prochaines étapes');
    expect(warningOf(next)).toBe('');
    fireEvent.input(next, { target: { value: 'Chloe recevra le compte rendu' } });
    await waitFor(() => expect(warningOf(next)).toBe('«\u00a0Chloé\u00a0» sera remplacé par «\u00a0un participant\u00a0» dans la restitution.'));
    fireEvent.input(next, { target: { value: 'Le service recevra le compte rendu' } });
    await waitFor(() => expect(warningOf(next)).toBe(''));
    // The context is in the team's report only: a name there is not replaced by « un participant ».
    const context = synthesisBox('Contexte et objectif');
    fireEvent.input(context, { target: { value: 'Alice avait écrit au maire.' } });
    await waitFor(() => expect(context.value).toBe('Alice avait écrit au maire.'));
    expect(warningOf(context)).toBe('');
  });
});

describe('version anonymisée', () => {
  it('the switch replaces every name by P1…, keeps the texts editable, and shows the fiches without their forms', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    expect(within(main().getByRole('region', { name: 'La séance' })).getByText('Claire Martin')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Version anonymisée' }));
    await waitFor(() => expect(window.location.hash).toBe(reportHref(session.id, 'equipe', true)));
    const learnings = within(screen.getByRole('region', { name: 'Principaux enseignements' }));
    const caption = () => learnings.getByText(/L’agent m’a très bien reçue/).closest('figure')?.querySelector('figcaption')?.textContent;
    await waitFor(() => expect(caption()).toBe('— P1'));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Version anonymisée' }).checked).toBe(true);
    const generated = [...document.querySelectorAll('.report-generated')].map((g) => g.textContent).join(' ');
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Claire Martin', 'Hugo Petit']) expect(generated, name).not.toContain(name);
    expect(main().queryByRole('textbox', { name: 'Libellé de la fiche action' })).toBeNull();
    expect(main().getByText('Version anonymisée : les fiches se modifient dans le rapport complet.')).toBeTruthy();
    // The secrétaire's own text is still editable, as written.
    expect(synthesisBox('Principaux enseignements').value).toBe('Alice et Bruno ont surtout parlé de l’attente et des horaires.');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Version anonymisée' }));
    await waitFor(() => expect(window.location.hash).toBe(reportHref(session.id)));
    await screen.findAllByRole('textbox', { name: 'Libellé de la fiche action' });
  });
});

describe('ways to the report', () => {
  it('a closed séance offers "Rapport de synthèse" on its home card, in the room and in its files', async () => {
    const { session } = await seedReport();
    const title = session.title;
    renderApp('#/');
    const fromHome = await screen.findByRole('link', { name: `Rapport de synthèse de «\u00a0${title}\u00a0»` });
    expect(fromHome.getAttribute('href')).toBe(reportHref(session.id));

    cleanup();
    renderApp(routeHref({ name: 'room', id: session.id }));
    const fromRoom = await screen.findByRole('link', { name: 'Rapport de synthèse' });
    expect(fromRoom.getAttribute('href')).toBe(reportHref(session.id));

    cleanup();
    renderApp(routeHref({ name: 'files', id: session.id }));
    fireEvent.click(await screen.findByRole('link', { name: 'Rapport de synthèse' }));
    await screen.findByRole('heading', { level: 1, name: 'Rapport de synthèse' });
    expect(screen.getByRole('link', { name: /Retour à la salle/ }).getAttribute('href')).toBe(routeHref({ name: 'room', id: session.id }));
  });

  it('opened in English, the report reads in English: its texts load with the screen, not with the app', async () => {
    const { session } = await seedReport();
    renderApp(reportHref(session.id), { locale: 'en' });
    await screen.findByRole('heading', { level: 2, name: 'The session' });
    expect(screen.getByRole('navigation', { name: 'Version of the document' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Main learnings' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Note-taker’s synthesis — Main learnings' })).toBeTruthy();
  });

  it('a séance still in préparation has no report link on its card', async () => {
    const { session } = await seedReport((s) => {
      s.session = { ...s.session, status: 'preparation', currentPhase: null, startedAt: null, closedAt: null };
    });
    renderApp('#/');
    await screen.findByRole('heading', { level: 2, name: session.title });
    expect(screen.queryByRole('link', { name: /Rapport de synthèse/ })).toBeNull();
  });
});

describe('print view', () => {
  it('shows the document alone: no app header, no field, the texts as written, a button that opens printing', async () => {
    const { session } = await seedReport();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderApp(reportHref(session.id, 'equipe', true, true));
    await screen.findByRole('heading', { level: 1, name: 'Rapport de synthèse — Accueil de la mairie' });
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).toBeNull();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    // Anonymised: the secrétaire's text is printed with P-numbers, like the rest.
    expect(within(screen.getByRole('region', { name: 'Principaux enseignements' })).getByText('P1 et P2 ont surtout parlé de l’attente et des horaires.')).toBeTruthy();
    // En bref is page 1 and quotes it too; the séance's facts start page 2; no forced page before the plan.
    expect(screen.getAllByRole('heading', { level: 2 })[0]!.textContent).toBe('En bref');
    expect(within(screen.getByRole('region', { name: 'En bref' })).getByText('P1 et P2 ont surtout parlé de l’attente et des horaires.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'La séance' }).closest('section')?.classList.contains('page-break')).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Plan d’actions' }).closest('section')?.classList.contains('page-break')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: /Retour au rapport/ }).getAttribute('href')).toBe(reportHref(session.id, 'equipe', true));
  });

  it('prints the lists typed in a synthesis as lists', async () => {
    const { session } = await seedReport((s) => {
      s.syntheses = s.syntheses.map((y) => (y.section === 'nextSteps' ? { ...y, text: 'Ensuite :\n- réunion d’équipe le 7 décembre\n- affichage en mairie' } : y));
    });
    renderApp(reportHref(session.id, 'equipe', false, true));
    const section = (await screen.findByRole('heading', { level: 2, name: 'Prochaines étapes' })).closest('section')!;
    expect(within(section).getByText('Ensuite :').tagName).toBe('P');
    expect(within(within(section).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['réunion d’équipe le 7 décembre', 'affichage en mairie']);
  });

  it.each([
    { audience: 'equipe' as const, anonymised: false, version: 'Rapport complet — document de travail de l’équipe, avec les noms', title: 'cercle-2026-11-23-accueil-de-la-mairie-rapport' },
    { audience: 'equipe' as const, anonymised: true, version: 'Rapport — version anonymisée', title: 'cercle-2026-11-23-accueil-de-la-mairie-rapport-anonyme' },
    { audience: 'participants' as const, anonymised: true, version: 'Restitution aux participants — sans aucun nom', title: 'cercle-2026-11-23-accueil-de-la-mairie-restitution' },
  ])('$version: says which version at the top of page 1, and the PDF is named like the exported files', async ({ audience, anonymised, version, title }) => {
    const { session } = await seedReport();
    renderApp(reportHref(session.id, audience, anonymised, true));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(version).closest('header')?.querySelector('h1')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(title));
    // Leaving the print view gives the app its own title back.
    window.location.hash = '#/';
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    await waitFor(() => expect(document.title).toBe("Cercle — Comités d'écoute"));
  });
});
