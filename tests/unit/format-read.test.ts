// The import reading pipeline: every typed error, unknown keys dropped, orphans set aside, warnings.
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../src/domain/types';
import { buildEnvelope, FORMAT_VERSION } from '../../src/format/envelope';
import { readExport, type ReadError, type ReadOptions } from '../../src/format/read';
import { oneOfEachKind } from '../factories';

const meta = { appVersion: '0.1.0', exportedAt: Date.UTC(2026, 10, 23, 10), deviceId: 'tablette-a' };
const records = oneOfEachKind();
const SESSION_ID = records.sessions.id;

// Tests bend files in ways no type allows, so the raw JSON is typed loosely on purpose.
type Raw = Record<string, any>;

/** A valid file as a plain JSON value, one record of each kind, to be bent by each test. */
function raw(): Raw {
  const data = Object.fromEntries(KINDS.map((k) => [k, [records[k]]]));
  return JSON.parse(JSON.stringify(buildEnvelope(data, meta))) as Raw;
}

function file(mutate: (f: Raw) => void = () => {}): string {
  const f = raw();
  mutate(f);
  return JSON.stringify(f);
}

function error(text: string, opts?: ReadOptions): ReadError {
  const result = readExport(text, opts);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function accept(text: string, opts?: ReadOptions) {
  const result = readExport(text, opts);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result;
}

describe('readExport — a valid file', () => {
  it('reads every kind back, at the current format version, with nothing migrated or reported', () => {
    const result = accept(file());
    expect(result.envelope.formatVersion).toBe(FORMAT_VERSION);
    expect(result.fromVersion).toBe(FORMAT_VERSION);
    expect(result.migrated).toEqual([]);
    expect(result.warnings).toEqual([]);
    for (const k of KINDS) expect(result.envelope.data[k]).toEqual([records[k]]);
  });

  it('accepts a byte-order mark and a file that omits some kinds', () => {
    const result = accept('\ufeff' + file((f) => delete f.data.votes));
    expect(result.envelope.data.votes).toEqual([]);
  });

  it('drops unknown keys at every level: envelope, data, record, prompt, pause', () => {
    const result = accept(
      file((f) => {
        f.comment = 'ajouté à la main';
        f.data.photos = [{ id: 'x' }];
        f.data.verbatims[0].emotion = 'colère';
        f.data.phases[0].prompts[0].note = 'à relancer';
        f.data.phases[0].pauses = [{ from: 1, to: 2, reason: 'café' }];
      }),
    );
    expect(result.envelope).not.toHaveProperty('comment');
    expect(result.envelope.data).not.toHaveProperty('photos');
    expect(result.envelope.data.verbatims[0]).toEqual(records.verbatims);
    expect(result.envelope.data.phases[0]?.prompts[0]).not.toHaveProperty('note');
    expect(result.envelope.data.phases[0]?.pauses).toEqual([{ from: 1, to: 2 }]);
  });
});

describe('readExport — typed errors', () => {
  it.each([
    ['2001 characters over a 2000-byte cap', 'x'.repeat(2001), { maxBytes: 2000 }],
    ['1500 "é" (3000 bytes of UTF-8) over a 2000-byte cap', `"${'é'.repeat(1500)}"`, { maxBytes: 2000 }],
  ])('tooBig: %s', (_name, text, opts) => {
    expect(error(text, opts)).toEqual({ code: 'tooBig', max: 2000 });
  });

  it('tooBig: the default cap is 50 MB, checked before parsing', () => {
    expect(error(' '.repeat(50 * 1024 * 1024 + 1))).toEqual({ code: 'tooBig', max: 50 * 1024 * 1024 });
  });

  it.each(['', '   ', '{', 'abc', '{"format": "cercle",}', "{'format': 'cercle'}", 'NaN', file().slice(0, -1)])('notJson: %j', (text) => {
    expect(error(text)).toMatchObject({ code: 'notJson', message: expect.any(String) });
  });

  it.each(['null', '42', '"cercle"', '[]', '{}', '{"format":"excalidraw"}', '{"format":"Cercle"}', '[{"format":"cercle"}]'])('notCercle: %s', (text) => {
    expect(error(text)).toEqual({ code: 'notCercle' });
  });

  it('newerVersion: checked before anything else of the file', () => {
    expect(error(JSON.stringify({ format: 'cercle', formatVersion: FORMAT_VERSION + 1, data: 'inconnu' }))).toEqual({ code: 'newerVersion', version: FORMAT_VERSION + 1, current: FORMAT_VERSION });
    expect(error(file((f) => (f.formatVersion = 7)), { currentFormatVersion: 1 })).toEqual({ code: 'newerVersion', version: 7, current: 1 });
  });

  it.each<[string, (f: Raw) => void, string]>([
    ['formatVersion as text', (f) => (f.formatVersion = '1'), 'formatVersion'],
    ['formatVersion 1.5', (f) => (f.formatVersion = 1.5), 'formatVersion'],
    ['formatVersion 0', (f) => (f.formatVersion = 0), 'formatVersion'],
    ['appVersion a number', (f) => (f.appVersion = 3), 'appVersion'],
    ['exportedAt missing', (f) => delete f.exportedAt, 'exportedAt'],
    ['deviceId empty', (f) => (f.deviceId = ''), 'deviceId'],
    ['anonymised "non"', (f) => (f.anonymised = 'non'), 'anonymised'],
    ['data a list', (f) => (f.data = []), 'data'],
    ['data missing', (f) => delete f.data, 'data'],
    ['a kind that is not a list', (f) => (f.data.verbatims = { 0: records.verbatims }), 'data.verbatims'],
  ])('badEnvelope: %s', (_name, mutate, path) => {
    expect(error(file(mutate))).toMatchObject({ code: 'badEnvelope', path });
  });

  it('tooMany: records per kind are counted before any is read', () => {
    const text = file((f) => (f.data.votes = [1, 2, 3]));
    expect(error(text, { maxRecordsPerKind: 2 })).toEqual({ code: 'tooMany', kind: 'votes', count: 3, max: 2 });
  });

  it('tooDeep: nesting is measured before parsing', () => {
    expect(error('['.repeat(70) + ']'.repeat(70))).toEqual({ code: 'tooDeep', max: 64 });
    expect(error(file(), { maxDepth: 3 })).toEqual({ code: 'tooDeep', max: 3 });
  });

  it('badRecord: names the kind, the index, the id and the field path', () => {
    const text = file((f) => {
      f.data.cards.push({ ...records.cards, id: 'card-b', text: 'x'.repeat(20_001) });
    });
    expect(error(text)).toEqual({ code: 'badRecord', kind: 'cards', index: 1, id: 'card-b', path: 'text', message: expect.stringMatching(/length/i) });
    const nested = file((f) => (f.data.phases[0].prompts[1].text = 42));
    expect(error(nested)).toMatchObject({ code: 'badRecord', kind: 'phases', index: 0, id: records.phases.id, path: 'prompts.1.text' });
    expect(error(file((f) => (f.data.turns[0] = 'tour')))).toMatchObject({ code: 'badRecord', kind: 'turns', index: 0, path: '' });
    expect(error(file((f) => (f.data.turns[0].id = 7)))).not.toHaveProperty('id');
  });

  it('duplicateId: two revisions of one record in one file are refused, not silently chosen', () => {
    const text = file((f) => f.data.verbatims.push({ ...records.verbatims, text: 'autre texte', rev: 9 }));
    expect(error(text)).toEqual({ code: 'duplicateId', kind: 'verbatims', id: records.verbatims.id, indexes: [0, 1] });
  });

  it('the same id in two kinds is not a duplicate', () => {
    const text = file((f) => (f.data.groups[0].id = records.cards.id));
    expect(readExport(text).ok).toBe(true);
  });
});

describe('readExport — records of a séance that is neither in the file nor here', () => {
  const orphanText = file((f) => {
    f.data.verbatims.push({ ...records.verbatims, id: 'v-orphan', sessionId: 'seance-inconnue' });
    f.data.verbatims.push({ ...records.verbatims, id: 'v-orphan-2', sessionId: 'seance-inconnue' });
    f.data.cards.push({ ...records.cards, id: 'c-orphan', sessionId: 'seance-inconnue' });
  });

  it('are set aside and reported, counted per kind', () => {
    const result = accept(orphanText);
    expect(result.envelope.data.verbatims.map((r) => r.id)).toEqual([records.verbatims.id]);
    expect(result.envelope.data.cards.map((r) => r.id)).toEqual([records.cards.id]);
    expect(result.warnings).toEqual([{ code: 'unknownSession', sessionId: 'seance-inconnue', counts: { verbatims: 2, cards: 1 } }]);
  });

  it('are kept when this tablet has the séance', () => {
    const result = accept(orphanText, { knownSessionIds: ['seance-inconnue'] });
    expect(result.envelope.data.verbatims).toHaveLength(3);
    expect(result.warnings).toEqual([]);
  });

  it('a file of notes without its séance record is fine when the séance is here', () => {
    const text = file((f) => (f.data.sessions = []));
    expect(accept(text, { knownSessionIds: [SESSION_ID] }).warnings).toEqual([]);
    const counts = accept(text).warnings[0];
    expect(counts).toMatchObject({ code: 'unknownSession', sessionId: SESSION_ID });
  });
});

describe('readExport — the kinds above the séance', () => {
  const DEMARCHE_ID = records.demarches.id;

  it('a démarche owns itself: one filed under another id is refused at its sessionId', () => {
    expect(error(file((f) => (f.data.demarches[0].sessionId = SESSION_ID)))).toMatchObject({ code: 'badRecord', kind: 'demarches', path: 'sessionId' });
  });

  it('themes and links of a démarche neither in the file nor here are set aside; kept when this tablet knows it', () => {
    const text = file((f) => (f.data.demarches = []));
    const result = accept(text);
    expect(result.envelope.data.themes).toEqual([]);
    expect(result.envelope.data.themeLinks).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'unknownSession', sessionId: DEMARCHE_ID, counts: { themes: 1, themeLinks: 1 } }]);
    // The séance's records are not touched: it is in the file, whatever its démarche.
    expect(result.envelope.data.verbatims).toEqual([records.verbatims]);
    const known = accept(text, { knownDemarcheIds: [DEMARCHE_ID] });
    expect(known.warnings).toEqual([]);
    expect(known.envelope.data.themes).toEqual([records.themes]);
  });

  it('a record filed under the wrong kind of scope is an orphan: a verbatim under a démarche, a theme under a séance', () => {
    const text = file((f) => {
      f.data.verbatims.push({ ...records.verbatims, id: 'v-demarche', sessionId: DEMARCHE_ID });
      f.data.themes.push({ ...records.themes, id: 't-seance', sessionId: SESSION_ID });
    });
    const result = accept(text, { knownSessionIds: [SESSION_ID], knownDemarcheIds: [DEMARCHE_ID] });
    expect(result.envelope.data.verbatims.map((r) => r.id)).toEqual([records.verbatims.id]);
    expect(result.envelope.data.themes.map((r) => r.id)).toEqual([records.themes.id]);
    expect(result.warnings).toEqual([
      { code: 'unknownSession', sessionId: DEMARCHE_ID, counts: { verbatims: 1 } },
      { code: 'unknownSession', sessionId: SESSION_ID, counts: { themes: 1 } },
    ]);
  });

  it('a séance naming a démarche the file does not hold is read as it is (its own export carries the démarche)', () => {
    const result = accept(file((f) => (f.data.demarches = [])));
    expect(result.envelope.data.sessions[0]!.demarcheId).toBe(DEMARCHE_ID);
  });
});

it('warns when an anonymised file is about a séance this tablet holds (its P1…Pn would overwrite names)', () => {
  const text = file((f) => (f.anonymised = true));
  expect(accept(text, { knownSessionIds: [SESSION_ID] }).warnings).toEqual([{ code: 'anonymisedKnownSession', sessionId: SESSION_ID }]);
  expect(accept(text).warnings).toEqual([]);
});

it('every kind has a schema that refuses a record of another kind', () => {
  for (const kind of KINDS) {
    // A consolidated theme is shaped like a regroupement (a title and an order): each is told from votes instead.
    const other: Kind = kind === 'groups' || kind === 'themes' ? 'votes' : 'groups';
    const text = file((f) => (f.data[kind] = [records[other]]));
    expect(error(text)).toMatchObject({ code: 'badRecord', kind });
  }
});
