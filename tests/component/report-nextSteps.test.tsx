// The restitution asks for its next steps where it is exported or printed, without blocking either.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { synthesisId } from '../../src/domain/synthesis';
import { db } from './render';
import { openReport, seedReport, synthesisBox } from './reportHelpers';

const withoutNextSteps = () => seedReport((s) => {
  s.syntheses = s.syntheses.filter((x) => x.section !== 'nextSteps');
});
const prompt = () => screen.queryByRole('group', { name: /^Prochaines étapes/ });

describe('prochaines étapes de la restitution', () => {
  it('the export panel says none are written and leads to their field; the files can still be made', async () => {
    const { session } = await withoutNextSteps();
    await openReport(session.id, 'participants');
    const box = within(await screen.findByRole('group', { name: /^Prochaines étapes\s: rien n’est écrit\.$/ }));
    expect(box.getByText(/quand ils auront des nouvelles, par quel canal et qui contacter/)).toBeTruthy();
    fireEvent.click(box.getByRole('button', { name: 'Écrire les prochaines étapes' }));
    expect(document.activeElement).toBe(synthesisBox('Prochaines étapes'));
    expect(screen.getByRole('button', { name: 'Word (.docx)' })).toBeTruthy();

    fireEvent.input(synthesisBox('Prochaines étapes'), { target: { value: 'Nous reviendrons vers vous par courriel le 15 janvier ; contact : accueil@mairie.fr.' } });
    await waitFor(() => expect(prompt()).toBeNull());
  });

  it('says nothing when they are written, nor in the team’s report', async () => {
    const { session } = await seedReport();
    await openReport(session.id, 'participants');
    expect(prompt()).toBeNull();
    await withoutNextSteps();
    await openReport(session.id, 'equipe');
    expect(prompt()).toBeNull();
  });

  it('the print view asks for them with the field itself, and the page shows them as they are typed', async () => {
    const { session } = await withoutNextSteps();
    await openReport(session.id, 'participants', true, true);
    const box = within(await screen.findByRole('group', { name: /^Prochaines étapes\s: rien n’est écrit\.$/ }));
    const doc = within(screen.getByRole('article'));
    expect(doc.queryByRole('heading', { name: 'Prochaines étapes' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeTruthy();

    fireEvent.input(box.getByRole('textbox', { name: 'Synthèse du secrétaire — Prochaines étapes' }), { target: { value: 'Un courriel le 15 janvier.' } });
    await waitFor(async () => expect((await db().syntheses.get(synthesisId(session.id, 'nextSteps')))?.text).toBe('Un courriel le 15 janvier.'));
    await doc.findByRole('heading', { name: 'Prochaines étapes' });
    expect(doc.getByText('Un courriel le 15 janvier.')).toBeTruthy();
    // The field stays while it is typed in; the note now says where the text goes.
    expect(screen.getByRole('group', { name: /^Prochaines étapes\s: elles figurent à la fin de la restitution\.$/ })).toBeTruthy();
  });
});
