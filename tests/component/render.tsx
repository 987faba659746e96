// Helpers for component tests: render the whole app at a route, seed séances through the real actions, read the database.
import { render, screen, within } from '@testing-library/preact';
import { addParticipant } from '../../src/actions/participants';
import { createSession } from '../../src/actions/sessions';
import { updateSession } from '../../src/actions/sessionFields';
import { App } from '../../src/app/App';
import { getDb } from '../../src/db/connection';
import type { Prefs } from '../../src/db/prefs';
import type { ParticipantId, Session, SessionId } from '../../src/domain/types';
import { translator } from '../../src/i18n';
import { fr } from '../../src/i18n/fr';
import { guideTexts } from '../../src/i18n/guideTexts';
import { routeHref, type PrepareTab } from '../../src/ui/common/routes';
import { TEST_DEVICE } from '../factories';

export const t = translator('fr');
export { fr };

/** Render <App/> as the boot code would, at `hash`. */
export function renderApp(hash = '#/', prefs: Partial<Prefs> = {}) {
  window.location.hash = hash;
  return render(<App prefs={{ deviceId: TEST_DEVICE, locale: 'fr', role: 'animateur', lastSessionId: null, ...prefs }} />);
}

export const prepareHref = (id: SessionId, tab: PrepareTab = 'seance') => routeHref({ name: 'prepare', id, tab });

/** The live database of the current test. */
export const db = () => getDb();

/** A séance made as "Nouvelle séance" makes it (French guide and consent wording), then patched. */
export async function seedSession(patch: Partial<Session> = {}): Promise<SessionId> {
  const id = await createSession("Comité d'écoute du 23 novembre 2026", t('participants.consentWording.default'), guideTexts(t));
  if (Object.keys(patch).length > 0) await updateSession(id, patch);
  return id;
}

export async function seedParticipants(sessionId: SessionId, names: readonly string[]): Promise<ParticipantId[]> {
  const ids: ParticipantId[] = [];
  for (const name of names) {
    const result = await addParticipant(sessionId, name);
    if (!result.ok) throw new Error(`could not add ${name}: ${result.problem}`);
    ids.push(result.id);
  }
  return ids;
}

export async function storedSession(id: SessionId): Promise<Session> {
  const s = await db().sessions.get(id);
  if (!s) throw new Error(`no session ${id}`);
  return s;
}

/** Participants of a séance as stored, tombstones included, in seat order. */
export async function storedParticipants(sessionId: SessionId) {
  return (await db().participants.where('sessionId').equals(sessionId).toArray()).sort((a, b) => a.seat - b.seat);
}

/** What the save indicator in the header says. */
export const saveIndicator = () => screen.getByTestId('save-indicator').textContent?.trim() ?? '';

/** The toast area at the bottom of the screen (a polite live region). */
export function toasts() {
  const area = document.querySelector<HTMLElement>('.toasts[aria-live="polite"]');
  if (!area) throw new Error('no toast area');
  return within(area);
}
