// Bench fixtures: a fresh database with a séance and N participants, through the real actions.
import { addParticipant } from '../../src/actions/participants';
import { createSession } from '../../src/actions/sessions';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import { participantsOf } from '../../src/db/queries';
import type { DeviceId, Participant, SessionId } from '../../src/domain/types';
import { translator } from '../../src/i18n';
import { guideTexts } from '../../src/i18n/guideTexts';

export async function freshSession(): Promise<SessionId> {
  const failure = await openDatabase(`cercle-bench-${Date.now()}-${Math.random()}`);
  if (failure) throw new Error(`IndexedDB: ${failure}`);
  setDeviceId('bench-device' as DeviceId);
  const t = translator('fr');
  return createSession('Bench', t('participants.consentWording.default'), guideTexts(t));
}

export async function seedParticipants(n: number): Promise<{ sessionId: SessionId; participants: Participant[] }> {
  const sessionId = await freshSession();
  for (let i = 0; i < n; i++) await addParticipant(sessionId, `Participant ${i + 1}`);
  return { sessionId, participants: await participantsOf(sessionId) };
}
