// Bench: one autosaved field edit and one participant added, through the real action and Dexie path.
import { addParticipant } from '../../src/actions/participants';
import { createSession, updateSession } from '../../src/actions/sessions';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import type { DeviceId } from '../../src/domain/types';
import { translator } from '../../src/i18n';
import { guideTexts } from '../../src/i18n/guideTexts';
import { summarise, timeEach, type Summary } from './stats';

export async function dbWrite(): Promise<Record<string, Summary>> {
  const failure = await openDatabase(`cercle-bench-${Date.now()}`);
  if (failure) throw new Error(`IndexedDB: ${failure}`);
  setDeviceId('bench-device' as DeviceId);
  const t = translator('fr');
  const id = await createSession('Bench', t('participants.consentWording.default'), guideTexts(t));
  // Warm-up: the first transactions pay for opening object stores.
  await timeEach(20, (i) => updateSession(id, { objective: `warm ${i}` }));
  const edits = await timeEach(300, (i) => updateSession(id, { objective: `Objectif ${i} `.repeat(8) }));
  const adds = await timeEach(40, (i) => addParticipant(id, `Participant ${i}`));
  return { 'field edit (updateSession)': summarise(edits), 'add participant': summarise(adds) };
}
