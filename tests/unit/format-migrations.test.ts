// File-format migrations: named, ordered, contiguous; every one runs, in order, on the v1 fixture.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/format/envelope';
import { checkMigrations, migrate, MIGRATIONS, type Migration, type RawFile } from '../../src/format/migrations';
import { readExport } from '../../src/format/read';
import { fixtureText } from './format-helpers';

const v1 = (): RawFile => JSON.parse(fixtureText()) as RawFile;

describe('the shipped migrations', () => {
  it('go 2, 3, … up to the current format version, with no gap and no duplicate name', () => {
    expect(() => checkMigrations(MIGRATIONS, FORMAT_VERSION)).not.toThrow();
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('all run, in order, when the v1 fixture is read', () => {
    const result = readExport(fixtureText());
    expect(result.ok && result.migrated).toEqual(MIGRATIONS.map((m) => m.name));
    expect(result.ok && result.fromVersion).toBe(1);
    expect(result.ok && result.envelope.formatVersion).toBe(FORMAT_VERSION);
  });
});

describe('v2: the report’s synthesis texts', () => {
  it('gives a v1 file an empty list of syntheses and keeps every other record', () => {
    const file = v1();
    const { file: out, ran } = migrate(file, 1, MIGRATIONS.slice(0, 1), 2);
    expect(ran).toEqual(['v2: the report’s synthesis texts (syntheses)']);
    const data = out.data as Record<string, unknown[]>;
    expect(data.syntheses).toEqual([]);
    expect(data.verbatims).toEqual((file.data as Record<string, unknown[]>).verbatims);
  });

  it('never overwrites syntheses a file already holds, and leaves a file without data for validation to refuse', () => {
    const kept = migrate({ ...v1(), data: { ...(v1().data as object), syntheses: [{ id: 'x' }] } }, 1).file.data as Record<string, unknown[]>;
    expect(kept.syntheses).toEqual([{ id: 'x' }]);
    expect(migrate({ format: 'cercle', formatVersion: 1, data: null }, 1).file.data).toBeNull();
    const refused = readExport(JSON.stringify({ ...v1(), data: 'rien' }));
    expect(refused.ok).toBe(false);
  });
});

describe('v3: fiches action name their Services Publics + engagements', () => {
  const v2 = () => migrate(v1(), 1, MIGRATIONS.slice(0, 1), 2).file;
  const actions = (f: RawFile) => (f.data as Record<string, Record<string, unknown>[]>).actions!;

  it('gives each v2 fiche an empty list of engagements and keeps its free texts as typed', () => {
    const before = v2();
    const { file: out, ran } = migrate(before, 2);
    expect(ran[0]).toBe('v3: fiches action name their Services Publics + engagements (engagements)');
    expect(actions(before).length).toBeGreaterThan(0);
    actions(out).forEach((a, i) => {
      expect(a.engagements).toEqual([]);
      const { engagements: _added, ...rest } = a;
      expect(rest).toEqual(actions(before)[i]);
    });
    expect(actions(out)[0]).toMatchObject({ theme: actions(before)[0]!.theme, commitment: actions(before)[0]!.commitment });
  });

  it('never overwrites engagements a fiche already has, and leaves odd data for validation to refuse', () => {
    const file = v2();
    const data = file.data as Record<string, unknown>;
    const withOne = { ...file, data: { ...data, actions: [{ ...actions(file)[0], engagements: ['avis'] }, 'pas une fiche'] } };
    const out = migrate(withOne, 2).file;
    expect(actions(out)[0]!.engagements).toEqual(['avis']);
    expect(actions(out)[1]).toBe('pas une fiche');
    expect(migrate({ ...file, data: { ...data, actions: 'rien' } }, 2).file.data).toMatchObject({ actions: 'rien' });
    expect(readExport(JSON.stringify({ ...withOne, formatVersion: 2 })).ok).toBe(false);
  });

  it('a v2 file’s fiche reads back from an export as serving no engagement yet', () => {
    const result = readExport(JSON.stringify(v2()));
    expect(result.ok && result.fromVersion).toBe(2);
    expect(result.ok && result.envelope.data.actions.map((a) => a.engagements)).toEqual([[]]);
  });
});

describe('v4: the plan d’actions followed after the séance', () => {
  const v3 = (anonymised = false): RawFile => ({ ...migrate(v1(), 1, MIGRATIONS.slice(0, 2), 3).file, anonymised });
  const kinds = (f: RawFile) => f.data as Record<string, unknown[]>;
  const PLAN = ['statusChanges', 'milestones', 'indicators', 'measures', 'followUps'];

  it('gives a v3 file an empty plan, its séances no date de retour, and keeps every record as it was', () => {
    const before = v3();
    const { file: out, ran } = migrate(before, 3, MIGRATIONS.slice(0, 3), 4);
    expect(ran).toEqual([MIGRATIONS[2]!.name]);
    for (const kind of PLAN) expect(kinds(out)[kind], kind).toEqual([]);
    const sessions = kinds(out).sessions as Record<string, unknown>[];
    expect(sessions.map((s) => [s.returnDate, s.anonymised])).toEqual([['', false]]);
    const { returnDate: _r, anonymised: _a, ...rest } = sessions[0]!;
    expect(rest).toEqual(kinds(before).sessions![0]);
    for (const kind of Object.keys(kinds(before)).filter((k) => k !== 'sessions')) expect(kinds(out)[kind], kind).toEqual(kinds(before)[kind]);
  });

  it('marks the séances of an anonymised file as anonymised, so their plan is not followed there', () => {
    const out = migrate(v3(true), 3, MIGRATIONS.slice(0, 3), 4).file;
    expect((kinds(out).sessions as Record<string, unknown>[]).map((s) => s.anonymised)).toEqual([true]);
    const read = readExport(JSON.stringify(v3(true)));
    expect(read.ok && read.envelope.data.sessions.map((s) => s.anonymised)).toEqual([true]);
  });

  it('never overwrites what a file already holds, and leaves odd data for validation to refuse', () => {
    const file = v3();
    const data = file.data as Record<string, unknown[]>;
    const session = { ...(data.sessions![0] as object), returnDate: '2027-03-01' };
    const out = migrate({ ...file, data: { ...data, milestones: [{ id: 'm' }], sessions: [session, 'pas une séance'] } }, 3, MIGRATIONS.slice(0, 3), 4).file;
    expect(kinds(out).milestones).toEqual([{ id: 'm' }]);
    expect((kinds(out).sessions![0] as Record<string, unknown>).returnDate).toBe('2027-03-01');
    expect(kinds(out).sessions![1]).toBe('pas une séance');
    expect(migrate({ ...file, data: { ...data, sessions: 'rien' } }, 3, MIGRATIONS.slice(0, 3), 4).file.data).toMatchObject({ sessions: 'rien' });
    expect(migrate({ ...file, data: null }, 3, MIGRATIONS.slice(0, 3), 4).file.data).toBeNull();
  });
});

describe('v5: the démarche above the séance', () => {
  const v4 = (): RawFile => migrate(v1(), 1, MIGRATIONS.slice(0, 3), 4).file;
  const kinds = (f: RawFile) => f.data as Record<string, unknown[]>;

  it.each<[string, (f: RawFile) => RawFile, Record<string, unknown>[]]>([
    ['a v4 séance stands alone and mirrors none', (f) => f, [{ demarcheId: '', mirrorOf: '' }]],
    ['a séance already carrying the fields keeps them', (f) => ({ ...f, data: { ...kinds(f), sessions: [{ ...(kinds(f).sessions![0] as object), demarcheId: 'd', mirrorOf: 's' }] } }), [{ demarcheId: 'd', mirrorOf: 's' }]],
    ['two séances, each filled', (f) => ({ ...f, data: { ...kinds(f), sessions: [kinds(f).sessions![0], { ...(kinds(f).sessions![0] as object), id: 'b', sessionId: 'b' }] } }), [{ demarcheId: '', mirrorOf: '' }, { demarcheId: '', mirrorOf: '' }]],
  ])('%s', (_name, shape, expected) => {
    const before = shape(v4());
    const { file: out, ran } = migrate(before, 4);
    expect(ran).toEqual([MIGRATIONS[3]!.name]);
    const sessions = kinds(out).sessions as Record<string, unknown>[];
    expect(sessions.map((s) => ({ demarcheId: s.demarcheId, mirrorOf: s.mirrorOf }))).toEqual(expected);
    // Nothing else of a séance changes, and the other kinds are as they were.
    sessions.forEach((s, i) => {
      const { demarcheId: _d, mirrorOf: _m, ...rest } = s;
      const { demarcheId: _d0, mirrorOf: _m0, ...was } = kinds(before).sessions![i] as Record<string, unknown>;
      expect(rest).toEqual(was);
    });
    for (const kind of ['demarches', 'themes', 'themeLinks']) expect(kinds(out)[kind], kind).toEqual([]);
    for (const kind of Object.keys(kinds(before)).filter((k) => k !== 'sessions')) expect(kinds(out)[kind], kind).toEqual(kinds(before)[kind]);
  });

  it('never overwrites démarches a file holds, and leaves odd data for validation to refuse', () => {
    const file = v4();
    const data = kinds(file);
    const out = migrate({ ...file, data: { ...data, themes: [{ id: 't' }], sessions: [data.sessions![0], 'pas une séance'] } }, 4).file;
    expect(kinds(out).themes).toEqual([{ id: 't' }]);
    expect(kinds(out).sessions![1]).toBe('pas une séance');
    expect(migrate({ ...file, data: { ...data, sessions: 'rien' } }, 4).file.data).toMatchObject({ sessions: 'rien' });
    expect(migrate({ ...file, data: null }, 4).file.data).toBeNull();
    expect(readExport(JSON.stringify({ ...file, data: { ...data, themes: 'rien' } })).ok).toBe(false);
  });

  it('a v4 file reads back with its séance alone and no démarche', () => {
    const result = readExport(JSON.stringify(v4()));
    expect(result.ok && result.fromVersion).toBe(4);
    expect(result.ok && result.envelope.data.sessions.map((s) => [s.demarcheId, s.mirrorOf])).toEqual([['', '']]);
    expect(result.ok && result.envelope.data.demarches).toEqual([]);
  });
});

/** Three later versions, each recording that it ran: the pattern a real v2 will follow. */
function future(log: string[]): Migration[] {
  const step = (to: number, name: string, up: (f: RawFile) => RawFile): Migration => ({
    to,
    name,
    up: (f) => {
      log.push(name);
      return up(f);
    },
  });
  const data = (f: RawFile) => f.data as Record<string, Record<string, unknown>[]>;
  return [
    step(2, 'v2: verbatims.text becomes verbatims.body', (f) => {
      const g = MIGRATIONS[0]!.up(f);
      return { ...g, data: { ...data(g), verbatims: data(g).verbatims!.map(({ text, ...r }) => ({ ...r, body: text })) } };
    }),
    step(3, 'v3: envelope gains a language', (f) => ({ ...MIGRATIONS[1]!.up(f), language: 'fr' })),
    step(4, 'v4: verbatims.body back to verbatims.text', (f) => {
      const g = MIGRATIONS[2]!.up(f);
      return { ...g, data: { ...data(g), verbatims: data(g).verbatims!.map(({ body, ...r }) => ({ ...r, text: body })) } };
    }),
  ];
}

describe('migrate', () => {
  it('runs every migration above the file version, in order, and stamps each version', () => {
    const log: string[] = [];
    const { file, ran } = migrate(v1(), 1, future(log), 4);
    expect(ran).toEqual(['v2: verbatims.text becomes verbatims.body', 'v3: envelope gains a language', 'v4: verbatims.body back to verbatims.text']);
    expect(log).toEqual(ran);
    expect(file).toMatchObject({ formatVersion: 4, language: 'fr' });
  });

  it('runs only the migrations newer than the file', () => {
    const log: string[] = [];
    expect(migrate({ ...v1(), formatVersion: 3 }, 3, future(log), 4).ran).toEqual(['v4: verbatims.body back to verbatims.text']);
    expect(migrate(v1(), 4, future([]), 4).ran).toEqual([]);
  });

  it('a v1 file read through rewritten migrations gives the same records once migrated and validated', () => {
    const log: string[] = [];
    // The shipped versions after 4 follow the three rewritten ones unchanged.
    const later = readExport(fixtureText(), { currentFormatVersion: FORMAT_VERSION, migrations: [...future(log), ...MIGRATIONS.slice(3)] });
    const now = readExport(fixtureText());
    expect(later.ok && now.ok).toBe(true);
    expect(later.ok && later.migrated).toHaveLength(FORMAT_VERSION - 1);
    expect(later.ok && now.ok && later.envelope.data).toEqual(now.ok && now.envelope.data);
  });

  it.each<[string, Migration[]]>([
    ['a gap', [{ to: 3, name: 'v3', up: (f) => f }]],
    ['a wrong order', [{ to: 3, name: 'v3', up: (f) => f }, { to: 2, name: 'v2', up: (f) => f }]],
  ])('refuses a list with %s', (_name, list) => {
    expect(() => migrate(v1(), 1, list, 3)).toThrow(/expected/);
  });

  it('a migration that throws becomes a typed migrationFailed error naming it', () => {
    const broken: Migration[] = [{ to: 2, name: 'v2: cassée', up: () => { throw new Error('champ absent'); } }];
    const result = readExport(fixtureText(), { currentFormatVersion: 2, migrations: broken });
    expect(result).toEqual({ ok: false, error: { code: 'migrationFailed', migration: 'v2: cassée', message: 'champ absent' } });
  });
});
