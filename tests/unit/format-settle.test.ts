// Settling conflicts: each choice writes what it says, "keep both" on two tablets converges, file names read like a French folder.
import { describe, expect, it } from 'vitest';
import type { DeviceId, Session, SessionId, Track, TrackId } from '../../src/domain/types';
import { derivedId } from '../../src/domain/derivedId';
import { demarcheFileName, exportFileName, slugify } from '../../src/format/fileName';
import { mergeRecords } from '../../src/format/merge';
import { conflictKey, joinTexts, planImport, planImports, type ConflictChoice } from '../../src/format/settle';
import fc from 'fast-check';
import { fullRecordSets } from './format-arbitraries';
import { synthesisId } from '../../src/domain/synthesis';
import { makeSession, makeSynthesis, makeTrack } from '../factories';
import { set, SID, v } from './format-helpers';

const MARK = '— Autre version —';
const at = (deviceId: string, clock: number) => ({ now: 5000, deviceId: deviceId as DeviceId, clock });

// d1 and d2 both revised verbatim "a" (text) after rev 1, without seeing each other: a true conflict, d2 wins by updatedAt.
const base = v('a', 1, 'd1', { text: 'avant' });
const mine = v('a', 2, 'd1', { text: 'ici', at: 1000, seen: { d1: 1 } });
const theirs = v('a', 2, 'd2', { text: 'là-bas', at: 2000, seen: { d1: 1 } });

describe('planImport — a verbatim changed on both tablets', () => {
  const plan = (choice: ConflictChoice) => planImport(set({ verbatims: [mine] }), set({ verbatims: [theirs] }), new Map([[conflictKey({ kind: 'verbatims', id: 'a' }), choice]]), at('d1', 2), MARK);

  it('"incoming" (the rule\'s winner here) writes the merged record and no extra revision', () => {
    const p = plan('incoming');
    expect(p.put.verbatims.map((r) => [r.id, r.text, r.rev, r.deviceId])).toEqual([['a', 'là-bas', 2, 'd2']]);
    expect([p.settled, p.copies, p.clock]).toEqual([0, 0, 2]);
  });

  it('"local" writes a new revision of this tablet, above every rev seen, that has absorbed both', () => {
    const p = plan('local');
    expect(p.put.verbatims).toHaveLength(1);
    const r = p.put.verbatims[0]!;
    expect([r.text, r.rev, r.deviceId, r.seen]).toEqual(['ici', 3, 'd1', { d1: 3, d2: 2 }]);
    expect([p.settled, p.copies, p.clock]).toEqual([1, 0, 3]);
  });

  it('"both" keeps the winner in place and the other text as a second verbatim with the same speaker, phase and time', () => {
    const p = plan('both');
    const original = p.put.verbatims.find((r) => r.id === 'a');
    const copy = p.put.verbatims.find((r) => r.id !== 'a');
    expect(original!.text).toBe('là-bas');
    expect(copy).toMatchObject({ text: 'ici', speaker: mine.speaker, phase: mine.phase, capturedAt: mine.capturedAt, deviceId: 'd1', rev: 3, deleted: false });
    expect(copy!.id).toBe(derivedId(['copy', 'verbatims', 'a', 'd1', '2']));
    expect([p.settled, p.copies]).toEqual([0, 1]);
  });

  it('"both" chosen on both tablets makes one copy, and the next exchange shows no conflict', () => {
    const choice = new Map([[conflictKey({ kind: 'verbatims', id: 'a' }), 'both' as const]]);
    const onD1 = mergeRecords(set({ verbatims: [mine] }), planImport(set({ verbatims: [mine] }), set({ verbatims: [theirs] }), choice, at('d1', 2), MARK).put).merged;
    const onD2 = mergeRecords(set({ verbatims: [theirs] }), planImport(set({ verbatims: [theirs] }), set({ verbatims: [mine] }), choice, at('d2', 2), MARK).put).merged;
    const exchanged = mergeRecords(onD1, onD2);
    expect(exchanged.merged.verbatims.map((r) => r.text).sort()).toEqual(['ici', 'là-bas']);
    expect(exchanged.preview.verbatims.conflicts).toEqual([]);
  });

  it('an unanswered conflict keeps both', () => {
    expect(planImport(set({ verbatims: [mine] }), set({ verbatims: [theirs] }), new Map(), at('d1', 2), MARK).copies).toBe(1);
  });

  it('no conflict between a record and its descendant: nothing to settle', () => {
    expect(planImport(set({ verbatims: [base] }), set({ verbatims: [theirs] }), new Map(), at('d1', 1), MARK)).toMatchObject({ settled: 0, copies: 0 });
  });
});

// "Nothing typed is dropped": one tablet deleted a record while the other edited it. The deletion wins
// the rule (later updatedAt), and keeping the edit must bring back the edited text, live, whichever side deleted.
describe('planImport — an edit that lost to a concurrent deletion', () => {
  const edited = (device: string, at: number) => v('a', 2, device, { text: 'Le bus ne passe plus le samedi.', at, seen: { d0: 1 } });
  const tombstone = (device: string, at: number) => v('a', 2, device, { text: 'avant', at, seen: { d0: 1 }, deleted: true });
  const verbatim = (local: ReturnType<typeof v>, incoming: ReturnType<typeof v>, choice: ConflictChoice) =>
    planImport(set({ verbatims: [local] }), set({ verbatims: [incoming] }), new Map([[conflictKey({ kind: 'verbatims', id: 'a' }), choice]]), at('d1', 2), MARK)
      .put.verbatims.find((r) => r.id === 'a')!;

  it('« garder celle de cette tablette » when the file deleted the verbatim: the typed text is back, not deleted', () => {
    const r = verbatim(edited('d1', 1000), tombstone('d2', 2000), 'local');
    expect([r.text, r.deleted, r.deviceId, r.rev]).toEqual(['Le bus ne passe plus le samedi.', false, 'd1', 3]);
  });

  it('« garder la version du fichier » when this tablet deleted the verbatim: the file’s text is back, not deleted', () => {
    const r = verbatim(tombstone('d1', 2000), edited('d2', 1000), 'incoming');
    expect([r.text, r.deleted, r.deviceId, r.rev]).toEqual(['Le bus ne passe plus le samedi.', false, 'd1', 3]);
  });

  const track = (device: string, over: Partial<Track>): Track =>
    makeTrack(SID, { id: 't' as TrackId, rev: 2, deviceId: device as DeviceId, seen: { d0: 1, [device]: 2 }, title: 'Ouvrir le samedi', description: '', ...over });
  const keepBoth = (local: Track, incoming: Track) =>
    planImport(set({ tracks: [local] }), set({ tracks: [incoming] }), new Map([[conflictKey({ kind: 'tracks', id: 't' }), 'both']]), at('d1', 2), MARK).put.tracks[0]!;
  const renamed = { title: 'Ouvrir le samedi matin', description: 'Une permanence de 9 h à 12 h.' };

  it('« garder les deux » on a piste deleted in the file and renamed here: the renamed piste is back', () => {
    const r = keepBoth(track('d1', { ...renamed, updatedAt: 1000 }), track('d2', { deleted: true, updatedAt: 2000 }));
    expect([r.title, r.description, r.deleted]).toEqual([renamed.title, renamed.description, false]);
  });

  it('« garder les deux » on a piste deleted here and renamed in the file: the renamed piste is back', () => {
    const r = keepBoth(track('d1', { deleted: true, updatedAt: 2000 }), track('d2', { ...renamed, updatedAt: 1000 }));
    expect([r.title, r.description, r.deleted]).toEqual([renamed.title, renamed.description, false]);
  });
});

describe('planImport — a séance objective changed on both tablets', () => {
  const sid = 's' as SessionId;
  const session = (device: string, objective: string, updatedAt: number): Session =>
    makeSession({ id: sid, rev: 2, deviceId: device as DeviceId, updatedAt, objective, seen: { d0: 1, [device]: 2 } });
  const here = session('d1', 'Comprendre l’attente.', 1000);
  const there = session('d2', 'Réduire l’attente.', 2000);
  const run = (choice: ConflictChoice) =>
    planImport(set({ sessions: [here] }), set({ sessions: [there] }), new Map([[conflictKey({ kind: 'sessions', id: sid }), choice]]), at('d1', 2), MARK).put.sessions[0]!.objective;

  it.each<[ConflictChoice, string]>([
    ['incoming', 'Réduire l’attente.'],
    ['local', 'Comprendre l’attente.'],
    ['both', `Réduire l’attente.\n\n${MARK}\nComprendre l’attente.`],
  ])('%s → stored objective', (choice, objective) => {
    expect(run(choice)).toBe(objective);
  });

  it('joins short texts with a slash and never repeats a text already inside the other', () => {
    expect(joinTexts('Alice', 'Alicia', false, MARK)).toBe('Alice / Alicia');
    expect(joinTexts('Alice B.', 'Alice', false, MARK)).toBe('Alice B.');
    expect(joinTexts('', 'Alicia', false, MARK)).toBe('Alicia');
  });
});

describe('export file names', () => {
  it.each([
    [{ day: '2026-11-23', title: 'Accueil CAF', role: 'secretaire' as const }, 'cercle-2026-11-23-accueil-caf-secretaire.json'],
    [{ day: '2026-11-23', title: 'Comité d’écoute : Élus & œuvres !', role: 'animateur' as const }, 'cercle-2026-11-23-comite-d-ecoute-elus-oeuvres-animateur.json'],
    [{ day: '2026-11-23', role: 'animateur' as const }, 'cercle-2026-11-23-tout-animateur.json'],
    [{ day: '', title: '', role: 'animateur' as const, anonymised: true }, 'cercle-animateur-anonymise.json'],
  ])('%o → %s', (parts, name) => {
    expect(exportFileName(parts)).toBe(name);
  });

  it('ends with the export time to the second, so the newest of two files is plain to see', () => {
    const parts = { day: '2026-11-23', title: 'Accueil CAF', role: 'secretaire' as const };
    const first = exportFileName({ ...parts, exportedAt: new Date(2026, 10, 30, 9, 5, 7).getTime() });
    const second = exportFileName({ ...parts, exportedAt: new Date(2026, 10, 30, 14, 32, 5).getTime() });
    expect(first).toBe('cercle-2026-11-23-accueil-caf-secretaire-exporte-2026-11-30-09h05-07.json');
    expect(second).toBe('cercle-2026-11-23-accueil-caf-secretaire-exporte-2026-11-30-14h32-05.json');
    expect([second, first].sort()).toEqual([first, second]);
  });

  it('names a démarche’s file after the démarche, anonymised said, with the export time', () => {
    const at = new Date(2026, 10, 30, 14, 32, 5).getTime();
    expect(demarcheFileName({ title: 'Accueil des usagers 2027', anonymised: true, exportedAt: at })).toBe('cercle-demarche-accueil-des-usagers-2027-anonymise-exporte-2026-11-30-14h32-05.json');
    expect(demarcheFileName({ title: 'Accueil des usagers 2027', anonymised: false, exportedAt: at })).toBe('cercle-demarche-accueil-des-usagers-2027-exporte-2026-11-30-14h32-05.json');
    expect(demarcheFileName({ title: '', anonymised: true, exportedAt: at })).toBe('cercle-demarche-anonymise-exporte-2026-11-30-14h32-05.json');
  });

  it('cuts a long title on a word boundary', () => {
    const slug = slugify('Comité d’écoute des usagers du service des cartes grises et des permis de conduire');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('comite-d-ecoute-des-usagers-du-service-des-cartes-grises-et');
  });

  it('derived ids are uuid-shaped and depend on every part', () => {
    expect(derivedId(['a', 'b'])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId(['a', 'b'])).toBe(derivedId(['a', 'b']));
    expect(derivedId(['a', 'b'])).not.toBe(derivedId(['ab', '']));
  });
});

describe('the report’s synthesis texts written on two tablets', () => {
  const sid = 'seance-1' as SessionId;
  const text = (deviceId: string, body: string, at: number) =>
    makeSynthesis(sid, 'learnings', { text: body, deviceId: deviceId as DeviceId, rev: 1, seen: { [deviceId]: 1 }, createdAt: at, updatedAt: at });

  it('meet in one record (the id comes from séance and section), shown as a conflict; « both » keeps both texts', () => {
    const animateur = text('d1', 'Les horaires reviennent sans cesse.', 1000);
    const secretaire = text('d2', 'Beaucoup de colère contre l’attente debout.', 2000);
    expect(animateur.id).toBe(secretaire.id);
    expect(animateur.id).toBe(synthesisId(sid, 'learnings'));
    const merged = mergeRecords(set({ syntheses: [animateur] }), set({ syntheses: [secretaire] }));
    expect(merged.preview.syntheses.conflicts).toHaveLength(1);
    const plan = planImport(set({ syntheses: [animateur] }), set({ syntheses: [secretaire] }), new Map(), at('d1', 1), MARK);
    expect(plan.put.syntheses.map((s) => s.text)).toEqual([`Beaucoup de colère contre l’attente debout.\n\n${MARK}\nLes horaires reviennent sans cesse.`]);
  });

  it('for different sections merge without a conflict', () => {
    const other = makeSynthesis(sid, 'views', { text: 'Accueil salué.', deviceId: 'd2' as DeviceId, rev: 1, seen: { d2: 1 } });
    const merged = mergeRecords(set({ syntheses: [text('d1', 'Horaires.', 1000)] }), set({ syntheses: [other] }));
    expect(merged.preview.syntheses.conflicts).toEqual([]);
    expect(merged.merged.syntheses).toHaveLength(2);
  });
});

describe('planImports — several files in one go', () => {
  const stampOf = (clock: number) => ({ now: 9000, deviceId: 'd9' as DeviceId, clock });

  it('stores what importing them one after the other would, whatever the files hold', () => {
    fc.assert(
      fc.property(fullRecordSets, fullRecordSets, fullRecordSets, (local, a, b) => {
        const one = planImport(local, a, new Map(), stampOf(3), MARK);
        const afterA = mergeRecords(local, one.put).merged;
        const two = planImport(afterA, b, new Map(), stampOf(one.clock), MARK);
        const sequential = mergeRecords(afterA, two.put).merged;
        const batch = planImports(local, [a, b], [], stampOf(3), MARK);
        expect(mergeRecords(local, batch.put).merged).toEqual(sequential);
        expect(batch.clock).toBe(two.clock);
        expect(batch.files.map((f) => f.merge.preview)).toEqual([one.merge.preview, two.merge.preview]);
      }),
      { numRuns: 60 },
    );
  });

  it('plans the second file against what the first left: the same verbatim, newer, is an update, not a new one', () => {
    const batch = planImports({}, [set({ verbatims: [base] }), set({ verbatims: [mine] })], [], at('d9', 2), MARK);
    expect(batch.files.map((f) => [f.merge.preview.verbatims.new, f.merge.preview.verbatims.updated])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(batch.put.verbatims.map((x) => x.text)).toEqual(['ici']);
  });

  it('applies each file’s choices to that file only', () => {
    const key = conflictKey({ kind: 'verbatims', id: 'a' });
    const batch = planImports(set({ verbatims: [mine] }), [set({ verbatims: [theirs] })], [new Map([[key, 'local' as ConflictChoice]])], at('d1', 2), MARK);
    expect(mergeRecords(set({ verbatims: [mine] }), batch.put).merged.verbatims.find((x) => x.id === 'a')?.text).toBe('ici');
    const none = planImports(set({ verbatims: [mine] }), [set({ verbatims: [theirs] })], [new Map(), new Map([[key, 'local' as ConflictChoice]])], at('d1', 2), MARK);
    expect(mergeRecords(set({ verbatims: [mine] }), none.put).merged.verbatims.filter((x) => !x.deleted).map((x) => x.text).sort()).toEqual(['ici', 'là-bas']);
  });
});
