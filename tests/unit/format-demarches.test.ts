// An import's démarche reasoning, pure: twins kept full, files of different démarches, séances the file would move, and what planImport stores for each choice.
import { describe, expect, it } from 'vitest';
import type { DemarcheId, DeviceId, SessionId } from '../../src/domain/types';
import { demarcheOffers, findTwins, withoutKnownDemarches, withoutSeances } from '../../src/format/batch';
import { demarcheChoiceKey, demarcheMoves } from '../../src/format/demarcheSettle';
import { mergeRecords } from '../../src/format/merge';
import { conflictKey, planImport, planImports, type ConflictChoice } from '../../src/format/settle';
import { makeDemarche, makeSession, makeTheme, makeVerbatim } from '../factories';
import { set } from './format-helpers';

const D1 = 'd-1' as DemarcheId;
const D2 = 'd-2' as DemarcheId;
const at = (clock: number) => ({ now: 5000, deviceId: 'd9' as DeviceId, clock });
const seance = (id: string, demarcheId: DemarcheId | '', over = {}) => makeSession({ id: id as SessionId, demarcheId, ...over });

describe('demarcheOffers', () => {
  const file = (...ds: (DemarcheId | '')[]) => set({ sessions: ds.map((d, i) => seance(`s-${i}-${d}`, d)) });
  it.each<[string, ReturnType<typeof file>[], DemarcheId | null, ReturnType<typeof demarcheOffers>]>([
    ['one démarche in every file: nothing to say', [file(D1), file(D1)], null, null],
    ['séances alone only: nothing to say', [file(''), file('')], null, null],
    ['two démarches: the first file’s is the one to join', [file(D1), file(D2)], null, { target: D1, offers: [false, true] }],
    ['a séance alone beside a démarche', [file(''), file(D2)], null, { target: D2, offers: [true, false] }],
    ['a file mixing démarches is offered for its others', [file(D1, D2), file(D1)], null, { target: D1, offers: [true, false] }],
    ['started from a démarche: every file of another, or of none', [file(D1), file('')], D2, { target: D2, offers: [true, true] }],
    ['started from the files’ own démarche: nothing to say', [file(D2)], D2, null],
  ])('%s', (_name, files, into, expected) => {
    expect(demarcheOffers(files, into)).toEqual(expected);
  });

  it('a deleted séance does not make its file of another démarche', () => {
    expect(demarcheOffers([file(D1), set({ sessions: [seance('x', D2, { deleted: true })] })], null)).toBeNull();
  });
});

describe('findTwins', () => {
  const s = seance('s-1', '', { title: 'Accueil' });
  const f = (fileName: string, anonymised: boolean, title = 'Accueil') => ({ fileName, anonymised, data: set({ sessions: [{ ...s, title }] }) });
  it('the same séance in an anonymised file and a full one, whatever the order: the full one named', () => {
    const twin = { sessionId: s.id, title: 'Accueil', full: 'full.json', anonymised: 'anon.json' };
    expect(findTwins([f('full.json', false), f('anon.json', true, 'P1')])).toEqual([twin]);
    expect(findTwins([f('anon.json', true, 'P1'), f('full.json', false)])).toEqual([twin]);
  });
  it('two anonymised files, or two full ones, are no twins', () => {
    expect(findTwins([f('a.json', true), f('b.json', true)])).toEqual([]);
    expect(findTwins([f('a.json', false), f('b.json', false)])).toEqual([]);
  });
  it('the twin séance leaves the anonymised file whole, its other séances stay; a known démarche’s record leaves it too', () => {
    const other = seance('s-2', D1);
    const data = set({ sessions: [s, other], verbatims: [makeVerbatim(s.id), makeVerbatim(other.id)], demarches: [makeDemarche({ id: D1 })] });
    const out = withoutSeances(data, new Set([s.id]));
    expect(out.sessions.map((x) => x.id)).toEqual([other.id]);
    expect(out.verbatims.map((v) => v.sessionId)).toEqual([other.id]);
    expect(withoutKnownDemarches(out, new Set([D1])).demarches).toEqual([]);
    expect(withoutKnownDemarches(out, new Set([D2])).demarches).toHaveLength(1);
  });
});

describe('a séance the file would move to another démarche', () => {
  const here = seance('s-1', D1, { title: 'Accueil', rev: 1, deviceId: 'd1' as DeviceId, seen: { d1: 1 } });
  const there = { ...here, demarcheId: D2, title: 'Accueil (corrigé)', rev: 4, deviceId: 'd2' as DeviceId, seen: { d1: 1, d2: 4 } };

  it.each<[string, ReturnType<typeof seance>, ReturnType<typeof seance>, number]>([
    ['in another démarche after the merge: asked', here, there, 1],
    ['the file loses the merge: nothing moves, nothing asked', { ...here, rev: 9, seen: { d1: 9 } }, there, 0],
    ['alone here, the file puts it in one: an ordinary change', { ...here, demarcheId: '' }, there, 0],
    ['taken out of its démarche on the other tablet: an ordinary change', here, { ...there, demarcheId: '' }, 0],
  ])('%s', (_name, local, incoming, n) => {
    const merged = mergeRecords(set({ sessions: [local] }), set({ sessions: [incoming] })).merged;
    expect(demarcheMoves(set({ sessions: [local] }), merged, set({ sessions: [incoming] }))).toHaveLength(n);
  });

  const plan = (choice?: 'local' | 'incoming', extra: [string, ConflictChoice][] = []) =>
    planImport(set({ sessions: [here] }), set({ sessions: [there] }), new Map([...(choice ? [[demarcheChoiceKey(here.id), choice] as [string, ConflictChoice]] : []), ...extra]), at(4), '—');

  it('unanswered or kept here, it stays in its démarche with the file’s other changes, as a revision above both', () => {
    for (const p of [plan(), plan('local')]) {
      expect(p.put.sessions).toHaveLength(1);
      expect(p.put.sessions[0]).toMatchObject({ demarcheId: D1, title: 'Accueil (corrigé)', deviceId: 'd9' });
      expect(p.put.sessions[0]!.rev).toBeGreaterThan(there.rev);
      expect(p.clock).toBe(p.put.sessions[0]!.rev);
    }
  });

  it('the file’s chosen: the merge stands', () => {
    expect(plan('incoming').put.sessions).toEqual([mergeRecords(set({ sessions: [here] }), set({ sessions: [there] })).merged.sessions[0]]);
  });

  it('kept here, the same file imported again asks nothing and changes nothing', () => {
    const after = mergeRecords(set({ sessions: [here] }), plan().put).merged;
    const again = mergeRecords(after, set({ sessions: [there] }));
    expect(demarcheMoves(after, again.merged, set({ sessions: [there] }))).toEqual([]);
    expect(again.changes.sessions).toEqual([]);
  });

  it('on top of a text choice on the same séance: both decisions in one revision', () => {
    const concurrent = { ...there, seen: { d2: 4 } };
    const p = planImport(set({ sessions: [{ ...here, title: 'Accueil ici' }] }), set({ sessions: [concurrent] }), new Map([[conflictKey({ kind: 'sessions', id: here.id }), 'both']]), at(4), '—');
    expect(p.put.sessions).toHaveLength(1);
    expect(p.put.sessions[0]).toMatchObject({ demarcheId: D1, title: 'Accueil (corrigé) / Accueil ici' });
  });
});

describe('« Rattacher à … »', () => {
  const theirs = makeDemarche({ id: D2, title: 'Accueil Brest' });
  const file = set({ demarches: [theirs], themes: [makeTheme(D2)], sessions: [seance('s-b', D2), seance('s-gone', D2, { deleted: true })], verbatims: [makeVerbatim('s-b' as SessionId)] });

  it('the file’s live séances join the démarche, its records of another démarche stay out, the rest comes in', () => {
    const p = planImport({}, file, new Map(), at(1), '—', D1);
    expect(p.put.sessions.map((s) => [s.id, s.demarcheId])).toEqual([
      ['s-b', D1],
      ['s-gone', D2],
    ]);
    expect([p.put.demarches, p.put.themes]).toEqual([[], []]);
    expect(p.put.verbatims).toHaveLength(1);
  });

  it('per file in a batch: only the file attached moves', () => {
    const other = set({ sessions: [seance('s-c', D2)] });
    const batch = planImports({}, [file, other], [], at(1), '—', [D1, null]);
    expect(batch.put.sessions.map((s) => [s.id, s.demarcheId])).toEqual([
      ['s-b', D1],
      ['s-c', D2],
      ['s-gone', D2],
    ]);
  });
});

describe('a séance’s démarche through its own file, both orders (tablet A imports B’s file, B imports A’s)', () => {
  // One séance, attached to D1 on both tablets at rev 1; then each tablet may change it. `seen` says what each revision absorbed.
  const s0 = seance('s-1', D1, { title: 'Accueil', rev: 1, deviceId: 'd1' as DeviceId, seen: { d1: 1 }, updatedAt: 1000 });
  const rev = (over: Partial<ReturnType<typeof seance>>, device: 'd1' | 'd2', r: number, seen: Record<string, number>, updatedAt: number) =>
    ({ ...s0, ...over, rev: r, deviceId: device as DeviceId, seen, updatedAt }) as ReturnType<typeof seance>;
  const detachedOnA = rev({ demarcheId: '' }, 'd1', 2, { d1: 2 }, 2000);
  const movedOnA = rev({ demarcheId: D2 }, 'd1', 2, { d1: 2 }, 2000);
  const retitledOnB = rev({ title: 'Accueil du lundi' }, 'd2', 2, { d1: 1, d2: 2 }, 3000);
  const retitledOnBAfterA = rev({ title: 'Accueil du lundi', demarcheId: '' }, 'd2', 3, { d1: 2, d2: 3 }, 3000);

  const plan = (local: ReturnType<typeof seance>, file: ReturnType<typeof seance>, take = false) =>
    planImport(set({ sessions: [local] }), set({ sessions: [file] }), new Map(take ? [[demarcheChoiceKey(file.id), 'incoming' as const]] : []), at(9), '—');
  const after = (local: ReturnType<typeof seance>, file: ReturnType<typeof seance>, take = false) => (plan(local, file, take).put.sessions[0] ?? local).demarcheId;
  const asks = (local: ReturnType<typeof seance>, file: ReturnType<typeof seance>) =>
    demarcheMoves(set({ sessions: [local] }), mergeRecords(set({ sessions: [local] }), set({ sessions: [file] })).merged, set({ sessions: [file] })).length;

  // name                                   | on A        | on B               | asked: A imports B, B imports A | démarche after, unanswered: A, B
  it.each<[string, ReturnType<typeof seance>, ReturnType<typeof seance>, [number, number], [DemarcheId | '', DemarcheId | '']]>([
    ['detached on A, untouched on B          ', detachedOnA, s0, [0, 0], ['', '']],
    ['detached on A, B edited after seeing it', detachedOnA, retitledOnBAfterA, [0, 0], ['', '']],
    // Concurrent: B's newer revision would win the merge and put it back in D1 unseen; which side changed the démarche cannot be told.
    ['detached on A, B retitled it meanwhile ', detachedOnA, retitledOnB, [1, 1], ['', D1]],
    ['moved to D2 on A, untouched on B       ', movedOnA, s0, [0, 1], [D2, D1]],
  ])('%s', (_name, a, b, asked, kept) => {
    expect([asks(a, b), asks(b, a)]).toEqual(asked);
    expect([after(a, b), after(b, a)]).toEqual(kept);
    // Asked, « le fichier » chosen on a tablet gives it the other tablet's démarche (or none).
    if (asked[0] === 1) expect(after(a, b, true)).toBe(b.demarcheId);
    if (asked[1] === 1) expect(after(b, a, true)).toBe(a.demarcheId);
    // Asked or not, the title retyped on B reaches A and A's stays there: only the démarche is decided.
    if (b.title !== a.title) expect((plan(a, b).put.sessions[0] ?? a).title).toContain('Accueil du lundi');
  });
});
