// Helpers for the report screen tests: the closed fixture séance seeded as stored records, the report's routes, its fields.
import { screen } from '@testing-library/preact';
import type { SessionId } from '../../src/domain/types';
import type { ReportAudience } from '../../src/report/audience';
import { routeHref } from '../../src/ui/common/routes';
import { reportSeance } from '../reportFixture';
import { renderApp } from './render';
import { seedRecords } from './transfer-helpers';

/** "Accueil de la mairie", closed: 6 participants (2 removed), 3 pistes (2 validated, each with a fiche), 2 syntheses. */
export async function seedReport(patch: (s: ReturnType<typeof reportSeance>) => void = () => undefined) {
  const seance = reportSeance();
  patch(seance);
  const { session, names, ...records } = seance;
  await seedRecords({ sessions: [session], ...records });
  return seance;
}

export const reportHref = (id: SessionId, audience: ReportAudience = 'equipe', anonymised = false, print = false) =>
  routeHref({ name: 'report', id, audience, anonymised, print });

/** Open the report and wait for its first section. */
export async function openReport(id: SessionId, audience: ReportAudience = 'equipe', anonymised = false, print = false) {
  renderApp(reportHref(id, audience, anonymised, print));
  await screen.findByRole('heading', { level: 2, name: audience === 'participants' ? /Merci|Thank/ : audience === 'changes' ? 'Vous nous aviez dit…' : 'La séance' });
}

/** The synthesis text area of a section, found by its accessible name. */
export const synthesisBox = (heading: string) => screen.getByRole<HTMLTextAreaElement>('textbox', { name: `Synthèse du secrétaire — ${heading}` });
