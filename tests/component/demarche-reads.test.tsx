// A démarche read for its screens: its séances whole (through their packs), by day, with its themes and links; nothing of other séances.
import { describe, expect, it } from 'vitest';
import { demarcheDataOf } from '../../src/db/demarcheReads';
import { importRecords } from '../../src/db/transfer';
import { transact } from '../../src/db/write';
import { mapKinds, type RecordSet } from '../../src/domain/recordSet';
import type { SessionId, VerbatimId } from '../../src/domain/types';
import { makeDemarche, makeGroup, makeSession, makeTheme, makeThemeLink, makeVerbatim, testId } from '../factories';

const importAll = (set: RecordSet) => importRecords(set, () => ({ put: set, clock: 0 }));

describe('demarcheDataOf', () => {
  it('reads the démarche’s séances whole and by day, its themes and links, a verbatim typed after the import, and leaves other séances out', async () => {
    const demarche = makeDemarche();
    const set = mapKinds(() => []);
    const late = makeSession({ id: 'seance-lyon' as SessionId, sessionId: 'seance-lyon' as SessionId, date: '2027-03-02', place: 'Lyon', demarcheId: demarche.id });
    const early = makeSession({ id: 'seance-tours' as SessionId, sessionId: 'seance-tours' as SessionId, date: '2027-02-01', place: 'Tours', demarcheId: demarche.id });
    const other = makeSession({ id: 'seance-seule' as SessionId, sessionId: 'seance-seule' as SessionId, demarcheId: '' });
    const group = makeGroup(late.id, { title: 'Attente au guichet' });
    const theme = makeTheme(demarche.id);
    set.demarches = [demarche];
    set.sessions = [late, early, other];
    set.groups = [group];
    set.verbatims = [makeVerbatim(late.id, { text: 'À Lyon' }), makeVerbatim(other.id, { text: 'Ailleurs' })];
    set.themes = [theme];
    set.themeLinks = [makeThemeLink(demarche.id, group, theme.id)];
    await importAll(set);
    await transact(['verbatims'], (w) => {
      const { id: _i, sessionId: _s, createdAt: _c, updatedAt: _u, rev: _r, deviceId: _d, seen: _n, deleted: _x, ...fields } = makeVerbatim(early.id);
      return w.create('verbatims', testId<VerbatimId>('v'), early.id, { ...fields, text: 'Tapé à Tours après l’import' });
    });

    const data = await demarcheDataOf(demarche.id);
    expect(data?.demarche.title).toBe(demarche.title);
    expect(data?.seances.map((s) => s.session.place)).toEqual(['Tours', 'Lyon']);
    expect(data?.seances.flatMap((s) => s.verbatims.map((v) => v.text)).sort()).toEqual(['Tapé à Tours après l’import', 'À Lyon'].sort());
    expect(data?.themes.map((t) => t.id)).toEqual([theme.id]);
    expect(data?.links.map((l) => l.groupId)).toEqual([group.id]);
  });

  it('an unknown or deleted démarche reads as nothing', async () => {
    const demarche = makeDemarche({ deleted: true });
    await importAll({ ...mapKinds(() => []), demarches: [demarche] });
    expect(await demarcheDataOf(demarche.id)).toBeUndefined();
  });
});
