// Bench: one autosaved field edit and one participant added, through the real action and Dexie path.
import { addParticipant } from '../../src/actions/participants';
import { updateSession } from '../../src/actions/sessionFields';
import { freshSession } from './seed';
import { summarise, timeEach, type Summary } from './stats';

export async function dbWrite(): Promise<Record<string, Summary>> {
  const id = await freshSession();
  // Warm-up: the first transactions pay for opening object stores.
  await timeEach(20, (i) => updateSession(id, { objective: `warm ${i}` }));
  const edits = await timeEach(300, (i) => updateSession(id, { objective: `Objectif ${i} `.repeat(8) }));
  const adds = await timeEach(40, (i) => addParticipant(id, `Participant ${i}`));
  return { 'field edit (updateSession)': summarise(edits), 'add participant': summarise(adds) };
}
