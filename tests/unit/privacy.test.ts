// RGPD helpers: the patch an anonymisation turns into a new revision, and the route that opens the RGPD panel.
import { describe, expect, it } from 'vitest';
import { changedFields } from '../../src/format/revisionPatch';
import { anonymiseRecords } from '../../src/format/anonymise';
import { emptyRecordSet } from '../../src/format/envelope';
import { parseRoute, routeHref } from '../../src/ui/common/routes';
import type { SessionId } from '../../src/domain/types';
import { makeParticipant, makeSession, makeVerbatim, makeVote } from '../factories';

describe('changedFields', () => {
  const session = makeSession();
  const alice = makeParticipant(session.id, { pseudonym: 'Alice', tags: ['Alice la voisine'], consentWording: 'J’accepte' });

  it('lists only the fields that changed, arrays compared by value', () => {
    expect(changedFields(alice, { ...alice, tags: ['Alice la voisine'] })).toBeNull();
    expect(changedFields(alice, { ...alice, pseudonym: 'P1', tags: ['P1 la voisine'] })).toEqual({ pseudonym: 'P1', tags: ['P1 la voisine'] });
  });

  it('never carries the mergeable base (identity, revision, tombstone)', () => {
    expect(changedFields(alice, { ...alice, rev: 99, deleted: true, seen: { x: 1 }, updatedAt: 1, pseudonym: 'P1' })).toEqual({ pseudonym: 'P1' });
  });

  it('applied to an anonymisation: the participant, the verbatim naming her and the séance change; a vote does not', () => {
    const verbatim = makeVerbatim(session.id, { text: 'Comme Alice le disait, on attend.', speaker: alice.id, speakerName: 'Alice' });
    const vote = makeVote(session.id, 'track-1' as never, { voter: alice.id });
    const before = { ...emptyRecordSet(), sessions: [session], participants: [alice], verbatims: [verbatim], votes: [vote] };
    const after = anonymiseRecords(before);
    expect(changedFields(alice, after.participants[0]!)).toEqual({ pseudonym: 'P1', tags: ['P1 la voisine'], consentWording: '' });
    expect(changedFields(verbatim, after.verbatims[0]!)).toEqual({ text: 'Comme P1 le disait, on attend.', speakerName: 'P1' });
    expect(changedFields(session, after.sessions[0]!)).toEqual({ consentWording: '', anonymised: true });
    expect(changedFields(vote, after.votes[0]!)).toBeNull();
  });
});

describe('RGPD route', () => {
  const id = 's-1' as SessionId;
  it('the purge reminder’s link opens the Séance tab at the RGPD panel, and round-trips', () => {
    const href = routeHref({ name: 'prepare', id, tab: 'seance', section: 'rgpd' });
    expect(href).toBe('#/seance/s-1/preparation/seance/rgpd');
    expect(parseRoute(href)).toEqual({ name: 'prepare', id, tab: 'seance', section: 'rgpd' });
  });

  it('an unknown section is ignored', () => {
    expect(parseRoute('#/seance/s-1/preparation/seance/autre')).toEqual({ name: 'prepare', id, tab: 'seance' });
  });
});
