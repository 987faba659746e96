// The v1 export fixture (a real séance's file): read by every future version of Cercle, merged, anonymised.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/domain/types';
import { anonymise } from '../../src/format/anonymise';
import { serialise } from '../../src/format/envelope';
import { highestRevIn, mergeRecords } from '../../src/format/merge';
import { readExport } from '../../src/format/read';
import { foldName } from '../../src/format/wordReplace';
import { fixtureText } from './format-helpers';

function read(text = fixtureText()) {
  const result = readExport(text);
  if (!result.ok) throw new Error(`the v1 fixture must always be readable: ${JSON.stringify(result.error)}`);
  return result;
}

describe('tests/fixtures/export-v1.json', () => {
  const { envelope, warnings } = read();
  const data = envelope.data;

  it('reads without a warning: one séance, its guide, its circle, what was said and decided', () => {
    expect(warnings).toEqual([]);
    expect(Object.fromEntries(KINDS.map((k) => [k, data[k].length]))).toEqual({
      sessions: 1,
      participants: 7,
      phases: 5,
      turns: 10,
      verbatims: 10,
      cards: 7,
      groups: 2,
      tracks: 2,
      votes: 6,
      actions: 1,
      syntheses: 0,
      statusChanges: 0,
      milestones: 0,
      indicators: 0,
      measures: 0,
      followUps: 0,
      demarches: 0,
      themes: 0,
      themeLinks: 0,
    });
    expect(data.sessions[0]).toMatchObject({ title: 'Accueil des usagers au guichet unique', status: 'terminee', currentPhase: 5 });
    expect(data.phases.map((p) => p.index).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(data.participants.filter((p) => !p.deleted).map((p) => p.pseudonym).sort()).toEqual(['Bernard', 'Jo', 'Joël', 'Karim', 'Marie-Hélène', 'Élise']);
  });

  it('holds tombstones and a record revised on both tablets', () => {
    expect(data.participants.filter((p) => p.deleted).map((p) => p.pseudonym)).toEqual(['Thierry']);
    expect(data.verbatims.filter((v) => v.deleted)).toHaveLength(1);
    expect(data.cards.filter((c) => c.deleted)).toHaveLength(1);
    const devices = new Set(KINDS.flatMap((k) => data[k].map((r) => r.deviceId)));
    expect(devices.size).toBe(2);
    expect(data.verbatims.some((v) => Object.keys(v.seen).length === 2)).toBe(true);
  });

  it('is exactly format 1: every record has every field of its kind and no other', () => {
    const raw = JSON.parse(fixtureText()) as { data: Record<string, Record<string, unknown>[]> };
    // A v1 file has no syntheses (format 2), no plan d'actions followed (format 4), no démarche (format 5): every kind it does have is checked.
    const LATER_KINDS: readonly string[] = ['syntheses', 'statusChanges', 'milestones', 'indicators', 'measures', 'followUps', 'demarches', 'themes', 'themeLinks'];
    expect(Object.keys(raw.data).sort()).toEqual(KINDS.filter((k) => !LATER_KINDS.includes(k)).sort());
    for (const kind of KINDS) {
      (raw.data[kind] ?? []).forEach((r, i) => {
        const parsed = data[kind].find((x) => x.id === r.id)!;
        // Fields later formats added are filled by their migrations (tested in format-migrations).
        const later = kind === 'actions' ? ['engagements'] : kind === 'sessions' ? ['returnDate', 'anonymised', 'demarcheId', 'mirrorOf'] : [];
        expect(Object.keys(r).sort(), `${kind}[${i}]`).toEqual(Object.keys(parsed).filter((k) => !later.includes(k)).sort());
      });
    }
  });

  it('imports into an empty tablet: every live record new, tombstones stored silently, counter raised', () => {
    const { merged, changes, preview } = mergeRecords({}, data);
    expect(merged).toEqual(data);
    expect(changes).toEqual(data);
    for (const kind of KINDS) {
      const live = data[kind].filter((r) => !r.deleted).length;
      expect(preview[kind]).toEqual({ new: live, updated: 0, unchanged: 0, deleted: 0, conflicts: [] });
    }
    expect(highestRevIn(data)).toBe(70);
  });

  it('imported twice changes nothing the second time', () => {
    const once = mergeRecords({}, data).merged;
    const twice = mergeRecords(once, data);
    expect(twice.merged).toEqual(once);
    expect(KINDS.map((k) => twice.changes[k].length)).toEqual(KINDS.map(() => 0));
  });

  it('written again by this version, reads back the same', () => {
    expect(read(serialise(envelope)).envelope).toEqual(envelope);
  });

  it('anonymised, keeps no pseudonym, role name or consent wording anywhere in the file', () => {
    const text = serialise(anonymise(envelope));
    const folded = foldName(text);
    for (const name of data.participants.map((p) => p.pseudonym)) {
      expect(folded, name).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}_])${foldName(name)}(?![\\p{L}\\p{N}_])`, 'u'));
    }
    for (const name of ['Claire Morel', 'Hugo Lefèvre', 'Nadia Benali', 'J\'accepte de participer']) expect(text).not.toContain(name);
    expect(read(text).envelope.anonymised).toBe(true);
    expect(text).toContain('Comme P1, je trouve');
    expect(text).toContain('P4 : « Un ticket');
  });
});
