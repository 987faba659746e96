// RGPD tests: a séance with names in every corner (made through the real actions), and a dump of everything stored.
import { createStore, entries } from 'idb-keyval';
import { newGroup } from '../../src/actions/board';
import { addCard } from '../../src/actions/cards';
import { addTag, removeParticipant, setConsent } from '../../src/actions/participants';
import { closeSession, giveFloor, startSession } from '../../src/actions/room';
import { createTrack } from '../../src/actions/tracks';
import { addVerbatim, setVerbatimDeleted, verbatimToCard, type VerbatimInput } from '../../src/actions/verbatims';
import { addProxyVote } from '../../src/actions/votes';
import { draftKey, saveDraft } from '../../src/db/drafts';
import { savePref, saveNotesPhase } from '../../src/db/prefs';
import { transact } from '../../src/db/write';
import type { ActionId, SessionId, VerbatimId } from '../../src/domain/types';
import { synthesisId } from '../../src/domain/synthesis';
import { newId } from '../../src/platform/ids';
import { makeActionSheet, T0 } from '../factories';
import { db, seedParticipants, seedSession, t } from './render';

export const TITLE = 'Accueil de la mairie';
/** Seats 1–4; Perrine is removed (a tombstone still holding her name). */
export const PEOPLE = ['Ghislaine', 'Anatole', 'Zoé', 'Perrine'] as const;
export const ROLES = { animateur: 'Nadège', secretaire: 'Bérénice', superviseur: 'Clothilde' } as const;
export const OTHER_TITLE = 'Séance miroir des agents';
export const OTHER_PEOPLE = ['Octave', 'Léonie'] as const;

async function say(sessionId: SessionId, input: Partial<VerbatimInput> & Pick<VerbatimInput, 'speaker' | 'text'>): Promise<VerbatimId> {
  const result = await addVerbatim(sessionId, { phase: 3, tags: [], key: false, kind: 'verbatim', ...input });
  if (!result.ok) throw new Error('verbatim refused');
  return result.id;
}

/**
 * A closed séance: participants with consent and tags, turns, verbatims naming people (one deleted),
 * post-its, a group, a piste, a vote, a fiche action, a synthesis text, an unsent verbatim draft, the device's prefs on it.
 */
export async function seedNamedSession(): Promise<{ id: SessionId; ids: Record<(typeof PEOPLE)[number], string> }> {
  const id = await seedSession({ title: TITLE, ...ROLES });
  const [ghislaine, anatole, zoe, perrine] = await seedParticipants(id, PEOPLE);
  await setConsent(ghislaine!, true, t('participants.consentWording.default'), T0);
  await addTag(anatole!, 'Voisin de Ghislaine');
  await startSession(id);
  await giveFloor(id, ghislaine!);
  const v1 = await say(id, { speaker: ghislaine!, text: 'Anatole a raison, on attend trop au guichet.', tags: ['irritant'], key: true });
  await say(id, { speaker: perrine!, text: 'Moi, Perrine, je viens tous les mois.' });
  await say(id, { speaker: 'animateur', text: 'Nadège relance Zoé sur les horaires.', kind: 'note' });
  await setVerbatimDeleted(await say(id, { speaker: 'groupe', text: 'Zoé ne veut pas être citée.' }), true);
  await removeParticipant(perrine!);
  const card = await verbatimToCard(v1);
  await addCard(id, { text: 'Ouvrir le samedi (idée de Zoé)', kind: 'idee', onBehalfOf: zoe! });
  await newGroup(id, 'Attente selon Anatole', card ? [card] : []);
  const track = await createTrack(id, { title: 'Ouvrir le samedi matin', description: 'Proposé par Zoé et Ghislaine', groupIds: [] });
  if (!track.ok) throw new Error('track refused');
  await addProxyVote(id, track.id, ghislaine!);
  const sheet = makeActionSheet(id, { trackId: track.id, owner: 'Nadège', description: 'Anatole relira le courrier.' });
  await transact(['actions', 'syntheses'], async (w) => {
    await w.create('actions', newId<ActionId>(), id, { ...sheet });
    // The report's synthesis text: a kind added after these actions were written, reached through KINDS alone.
    await w.create('syntheses', synthesisId(id, 'learnings'), id, { section: 'learnings', text: 'Ghislaine et Anatole attendent surtout d’être rappelés.' });
  });
  await closeSession(id);
  await saveDraft(draftKey(id, 'verbatim'), 'Ghislaine ajoute que le parking est loin');
  await saveNotesPhase(id, 3);
  await savePref('lastSessionId', id);
  return { id, ids: { Ghislaine: ghislaine!, Anatole: anatole!, Zoé: zoe!, Perrine: perrine! } };
}

/** The second séance that must come out of every RGPD action exactly as it went in. */
export async function seedOtherSession(): Promise<SessionId> {
  const id = await seedSession({ title: OTHER_TITLE, animateur: 'Maëlys' });
  const [octave] = await seedParticipants(id, OTHER_PEOPLE);
  await say(id, { speaker: octave!, text: 'Léonie pense pareil.' });
  await saveDraft(draftKey(id, 'verbatim'), 'Octave revient sur le délai');
  await saveNotesPhase(id, 2);
  return id;
}

export interface Dump {
  /** Every Dexie table of the database, `meta` included. */
  tables: Record<string, Record<string, unknown>[]>;
  /** Every idb-keyval store the app uses, as [key, value] pairs. */
  stores: Record<string, [IDBValidKey, unknown][]>;
}

export const KEYVAL_STORES = [
  ['cercle-drafts', 'drafts'],
  ['cercle-prefs', 'prefs'],
] as const;

export async function dump(): Promise<Dump> {
  const tables: Dump['tables'] = {};
  for (const table of db().tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
  const stores: Dump['stores'] = {};
  for (const [name, store] of KEYVAL_STORES) stores[`${name}/${store}`] = await entries(createStore(name, store));
  return { tables, stores };
}

/** Accents off, lower case: anonymisation matches names that way, so the search does too. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Which of `names` appear anywhere in the dump (keys, values, every field). */
export function namesIn(d: Dump, names: readonly string[]): string[] {
  const text = fold(JSON.stringify(d));
  return names.filter((n) => text.includes(fold(n)));
}

/** Rows of one séance in every table, by table (the séance row itself included). */
export function rowsOf(d: Dump, sessionId: SessionId): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [name, rows] of Object.entries(d.tables)) out[name] = rows.filter((r) => r.sessionId === sessionId || r.id === sessionId);
  return out;
}

/** Everything stored about one séance: its rows, its drafts and its prefs keys. */
export function traceOf(d: Dump, sessionId: SessionId) {
  const keyval = Object.fromEntries(Object.entries(d.stores).map(([s, pairs]) => [s, pairs.filter(([k, v]) => String(k).includes(sessionId) || v === sessionId)]));
  return { rows: rowsOf(d, sessionId), keyval };
}
