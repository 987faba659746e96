// The guards inside use cases, checked on what is stored: each case was a mutant that the screens' tests let live.
import { describe, expect, it } from 'vitest';
import { createActionSheet, deleteActionSheet } from '../../src/actions/actionSheets';
import { dropOnto } from '../../src/actions/board';
import { addCard } from '../../src/actions/cards';
import { removeParticipant } from '../../src/actions/participants';
import { saveSynthesis } from '../../src/actions/report';
import { closeSession, giveFloor, goToPhase, startSession } from '../../src/actions/room';
import { updateSession } from '../../src/actions/sessionFields';
import { addVerbatim, type VerbatimInput } from '../../src/actions/verbatims';
import { addProxyVote, setDotsPerParticipant } from '../../src/actions/votes';
import type { CardId, SessionId, TrackId } from '../../src/domain/types';
import { makeTrack } from '../factories';
import { db, seedParticipants, seedSession, storedSession } from './render';

const rows = (table: 'votes' | 'turns' | 'verbatims' | 'syntheses' | 'actions' | 'groups', sessionId: SessionId) =>
  db().table(table).where('sessionId').equals(sessionId).toArray();

describe('guards of the use cases', () => {
  it('a dot by proxy for someone removed from the circle is not stored', async () => {
    const id = await seedSession();
    const [amina] = await seedParticipants(id, ['Amina', 'Bruno']);
    await setDotsPerParticipant(id, 3);
    const track = makeTrack(id, { id: 'track-1' as TrackId });
    await db().tracks.put(track);
    await removeParticipant(amina!);
    expect(await addProxyVote(id, track.id, amina!)).toBeNull();
    expect(await rows('votes', id)).toEqual([]);
  });

  it('« Démarrer » on a séance already running leaves it in its phase: no jump back to phase 1', async () => {
    const id = await seedSession();
    await startSession(id);
    await goToPhase(id, 3);
    const before = await storedSession(id);
    await startSession(id);
    expect(await storedSession(id)).toMatchObject({ currentPhase: 3, status: 'en_cours', rev: before.rev });
  });

  it('moving the date moves a default purge date, but never one set by hand', async () => {
    const id = await seedSession({ date: '2026-12-03' });
    await updateSession(id, { purgeAfter: '2027-06-30' });
    await updateSession(id, { date: '2027-01-15' });
    expect((await storedSession(id)).purgeAfter).toBe('2027-06-30');
  });

  it('two verbatims captured in the same millisecond keep their order in time', async () => {
    const id = await seedSession();
    const input: Omit<VerbatimInput, 'text'> = { phase: 3, speaker: 'groupe', tags: [], key: false, kind: 'verbatim' };
    await Promise.all([addVerbatim(id, { ...input, text: 'premier' }), addVerbatim(id, { ...input, text: 'second' })]);
    const stored = (await rows('verbatims', id)).sort((a, b) => a.capturedAt - b.capturedAt);
    expect(stored.map((v) => v.text)).toEqual(['premier', 'second']);
    expect(stored[1]!.capturedAt).toBe(stored[0]!.capturedAt + 1);
  });

  it('a new fiche action never reuses the number of a deleted one (the number may already be on paper)', async () => {
    const id = await seedSession();
    const first = await createActionSheet(id);
    await deleteActionSheet(first!);
    await createActionSheet(id);
    const live = (await rows('actions', id)).filter((a) => !a.deleted);
    expect(live.map((a) => a.number)).toEqual(['2']);
  });

  it('an empty synthesis typed in a section never written makes no record to merge', async () => {
    const id = await seedSession();
    await saveSynthesis(id, 'learnings', '');
    expect(await rows('syntheses', id)).toEqual([]);
  });

  it('no floor is given once the séance is closed', async () => {
    const id = await seedSession();
    const [amina] = await seedParticipants(id, ['Amina']);
    await startSession(id);
    await closeSession(id);
    await giveFloor(id, amina!);
    expect(await rows('turns', id)).toEqual([]);
  });

  it('a post-it dropped onto itself makes no group', async () => {
    const id = await seedSession();
    const card = await addCard(id, { text: 'Horaires', kind: 'irritant', onBehalfOf: null });
    const cardId = (card as { id: CardId }).id;
    expect(await dropOnto(id, [cardId], cardId, 'Regroupement')).toBeNull();
    expect(await rows('groups', id)).toEqual([]);
  });
});
