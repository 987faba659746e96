// A hostile corpus generated here: every damaged or malicious file is refused with a typed error or safely read.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MUTATION_PASS, propertyRuns } from './runs';
import { LIMITS } from '../../src/domain/limits';
import { KINDS, type Kind } from '../../src/domain/types';
import { buildEnvelope } from '../../src/format/envelope';
import { mergeRecords } from '../../src/format/merge';
import { readExport, type ReadResult } from '../../src/format/read';
import { oneOfEachKind } from '../factories';
import { fixtureText } from './format-helpers';

const meta = { appVersion: '0.1.0', exportedAt: Date.UTC(2026, 10, 23, 10), deviceId: 'tablette-a' };
const records = oneOfEachKind();
const DEVICE = records.verbatims.deviceId;
// Tests bend files in ways no type allows, so the raw JSON is typed loosely on purpose.
type Raw = Record<string, any>;

function raw(): Raw {
  const withPause = { ...records.phases, pauses: [{ from: 1, to: null }] };
  const data = Object.fromEntries(KINDS.map((k) => [k, [k === 'phases' ? withPause : records[k]]]));
  return JSON.parse(JSON.stringify(buildEnvelope(data, meta))) as Raw;
}
const file = (mutate: (f: Raw) => void) => {
  const f = raw();
  mutate(f);
  return JSON.stringify(f);
};

const CODES = ['tooBig', 'tooDeep', 'notJson', 'notCercle', 'newerVersion', 'badEnvelope', 'migrationFailed', 'tooMany', 'badRecord', 'duplicateId'];

/** Never throws, and a refusal is always one of the typed errors. */
function safeRead(text: string): ReadResult {
  let result: ReadResult | undefined;
  expect(() => (result = readExport(text))).not.toThrow();
  if (!result!.ok) expect(CODES).toContain(result!.error.code);
  return result!;
}

afterEach(() => {
  // No file may ever reach Object.prototype.
  expect(({} as Raw).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('truncated files', () => {
  const text = fixtureText();
  const end = text.trimEnd().length;
  const offsets = [...Array.from({ length: 200 }, (_, i) => i), ...Array.from({ length: 300 }, (_, i) => Math.floor(((i + 1) * end) / 301)), end - 1];

  it.each(offsets.map((n) => [n]))('cut after %i characters: notJson', (n) => {
    const result = safeRead(text.slice(0, n));
    expect(result).toMatchObject({ ok: false, error: { code: 'notJson' } });
  });

  it('the whole file without its final newline still reads', () => {
    expect(safeRead(text.slice(0, end)).ok).toBe(true);
  });
});

/** Every value of a record, nested ones included, with its dot path. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return [...(path.length ? [path] : []), ...entries.flatMap(([k, v]) => leaves(v, [...path, k]))];
  }
  return [path];
}

function wrong(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'douze';
  if (typeof value === 'boolean') return 1;
  if (value === null) return {};
  if (Array.isArray(value)) return 'liste';
  return 7;
}

describe('wrong types in every field of every kind', () => {
  const cases = KINDS.flatMap((kind) => leaves(raw().data[kind][0]).map((path) => [kind, path.join('.'), path] as const));

  it.each(cases)('%s.%s', (kind, dotted, path) => {
    const text = file((f) => {
      let target = f.data[kind][0];
      for (const key of path.slice(0, -1)) target = target[key];
      target[path.at(-1)!] = wrong(target[path.at(-1)!]);
    });
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'badRecord', kind, index: 0, path: dotted } });
  });

  it.each(KINDS.flatMap((kind) => Object.keys(records[kind]).map((field) => [kind, field] as const)))('%s without %s', (kind, field) => {
    const text = file((f) => delete f.data[kind][0][field]);
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'badRecord', kind, path: field } });
  });
});

describe('values out of bounds', () => {
  const over = (n: number) => 'é'.repeat(n);
  const manyDevices = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`d${i}`, 1]));
  it.each<[string, Kind, (r: Raw) => void, string]>([
    ['rev 0', 'verbatims', (r) => (r.rev = 0), 'rev'],
    ['rev 1.5', 'verbatims', (r) => (r.rev = 1.5), 'rev'],
    ['rev 10^13 (would wreck the Lamport counter)', 'verbatims', (r) => (r.rev = 1e13), 'rev'],
    ['negative time', 'verbatims', (r) => (r.updatedAt = -1), 'updatedAt'],
    ['time after the end of Date', 'turns', (r) => (r.startedAt = 9e15), 'startedAt'],
    ['empty id', 'cards', (r) => (r.id = ''), 'id'],
    ['id of 101 characters', 'cards', (r) => (r.id = 'x'.repeat(101)), 'id'],
    ['verbatim of 20,001 characters', 'verbatims', (r) => (r.text = over(LIMITS.long + 1)), 'text'],
    ['pseudonym of 201 characters', 'participants', (r) => (r.pseudonym = over(LIMITS.short + 1)), 'pseudonym'],
    ['tag of 41 characters', 'participants', (r) => (r.tags = [over(LIMITS.tag + 1)]), 'tags.0'],
    ['13 tags', 'participants', (r) => (r.tags = Array(13).fill('a')), 'tags'],
    ['21 prompts', 'phases', (r) => (r.prompts = Array(21).fill({ id: 'p', text: '', askedAt: null })), 'prompts'],
    ['phase 6', 'turns', (r) => (r.phase = 6), 'phase'],
    ['current phase 0', 'sessions', (r) => (r.currentPhase = 0), 'currentPhase'],
    ['601 planned minutes', 'phases', (r) => (r.plannedMinutes = 601), 'plannedMinutes'],
    ['negative seat', 'participants', (r) => (r.seat = -1), 'seat'],
    ['order 10^13', 'cards', (r) => (r.order = 1e13), 'order'],
    ['unknown purpose', 'sessions', (r) => (r.purpose = 'autre'), 'purpose'],
    ['unknown verbatim tag', 'verbatims', (r) => (r.tags = ['colere']), 'tags.0'],
    ['four theme sources', 'sessions', (r) => (r.themeSources = ['enquetes', 'enquetes', 'enquetes', 'enquetes']), 'themeSources'],
    ['a séance whose sessionId is not its id', 'sessions', (r) => (r.sessionId = 'autre'), 'sessionId'],
    ['65 devices in seen', 'cards', (r) => (r.seen = manyDevices), 'seen'],
    ['seen as a list', 'cards', (r) => (r.seen = [1, 2]), 'seen'],
    ['seen with an empty device', 'cards', (r) => (r.seen = { '': 1 }), 'seen.'],
    ['seen with a negative rev', 'cards', (r) => (r.seen = { d: -1 }), 'seen.d'],
  ])('%s', (_name, kind, mutate, path) => {
    expect(safeRead(file((f) => mutate(f.data[kind][0])))).toMatchObject({ ok: false, error: { code: 'badRecord', kind, path } });
  });

  it('a number written 1e999 (Infinity once parsed) is refused', () => {
    const text = file(() => {}).replace(`"updatedAt":${records.votes.updatedAt}`, '"updatedAt":1e999');
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'badRecord', path: 'updatedAt' } });
  });

  it('a 10 MB string inside a record is refused by its field, not by the parser', () => {
    // 1 MB under the mutation pass: still 500 times the field's limit, and each mutant's rerun stays in seconds.
    const text = file((f) => (f.data.cards[0].text = 'x'.repeat((MUTATION_PASS ? 1 : 10) * 1024 * 1024)));
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'badRecord', kind: 'cards', path: 'text' } });
  });
});

describe('__proto__, constructor and prototype keys', () => {
  const POISON = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},';
  /** The poison goes in front of a key, so it lands inside every object holding that key. */
  const poisonBefore = (text: string, key: string) => text.split(`"${key}":`).join(`${POISON}"${key}":`);
  const base = file(() => {});
  const places: [string, string][] = [
    ['at the top of the file', poisonBefore(base, 'format')],
    ['inside data', poisonBefore(base, 'sessions')],
    ['inside every record', poisonBefore(base, 'sessionId')],
    ['inside prompts and pauses', poisonBefore(poisonBefore(base, 'askedAt'), 'from')],
    ['inside seen', base.split('"seen":{').join(`"seen":{${POISON}`)],
  ];

  it.each(places)('%s: read, keys dropped, nothing polluted', (_name, text) => {
    expect(text.split('__proto__').length).toBeGreaterThan(1);
    const result = safeRead(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const data = result.envelope.data;
    const objects: object[] = [result.envelope, data, ...KINDS.flatMap((k) => data[k].flatMap((r) => [r, r.seen]))];
    objects.push(...data.phases.flatMap((ph) => [...ph.prompts, ...ph.pauses]));
    for (const target of objects) {
      expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
      for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.prototype.hasOwnProperty.call(target, key)).toBe(false);
      expect((target as Raw).polluted).toBeUndefined();
    }
    expect(data.verbatims[0]?.seen).toEqual({ [DEVICE]: records.verbatims.rev });
  });

  it('a device named __proto__ in seen with a number is dropped too', () => {
    const result = safeRead(base.split('"seen":{').join('"seen":{"__proto__":99,"constructor":5,'));
    expect(result.ok && result.envelope.data.cards[0]?.seen).toEqual({ [DEVICE]: records.cards.rev });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('an id, a reference or a device named %s is refused (ids become keys elsewhere)', (name) => {
    for (const [kind, field] of [['groups', 'id'], ['cards', 'groupId'], ['turns', 'speaker'], ['votes', 'deviceId']] as const) {
      const text = file((f) => (f.data[kind][0][field] = name));
      expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'badRecord', kind, path: field, message: 'Reserved name' } });
    }
  });

  it('merging records keyed by any id never touches a prototype', () => {
    const group = { ...records.groups, id: '__proto__' as never };
    const { merged, preview } = mergeRecords({}, { groups: [group] });
    expect(merged.groups).toEqual([group]);
    expect(preview.groups.new).toBe(1);
  });
});

describe('deep nesting', () => {
  it.each([
    ['100,000 nested lists', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['100,000 nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['100,000 nested lists inside a verbatim', file((f) => (f.data.verbatims[0].text = 'X')).replace('"X"', '['.repeat(100_000) + ']'.repeat(100_000))],
    ['unclosed: 100,000 opening brackets', '['.repeat(100_000)],
  ])('%s: tooDeep, no stack overflow', (_name, text) => {
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'tooDeep' } });
  });

  it('nesting within the limit but where a string belongs is a bad record', () => {
    const text = file((f) => (f.data.verbatims[0].text = 'X')).replace('"X"', '['.repeat(40) + ']'.repeat(40));
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'badRecord', kind: 'verbatims', path: 'text' } });
  });

  it('brackets and escaped quotes inside strings do not count as nesting', () => {
    const tricky = '\\"[[[' + '['.repeat(5000) + '{{{"';
    const result = safeRead(file((f) => (f.data.verbatims[0].text = tricky)));
    expect(result.ok && result.envelope.data.verbatims[0]?.text).toBe(tricky);
  });
});

describe('duplicates and strangers', () => {
  it('two records with one id in a kind: refused, naming both places', () => {
    const text = file((f) => f.data.cards.push({ ...f.data.cards[0], text: 'autre' }));
    expect(safeRead(text)).toMatchObject({ ok: false, error: { code: 'duplicateId', kind: 'cards', indexes: [0, 1] } });
  });

  it('records of an unknown séance in every kind: set aside and reported, the rest is read', () => {
    const text = file((f) => {
      // Séances and démarches own themselves: their sessionId is their id, never another's.
      for (const kind of KINDS) if (kind !== 'sessions' && kind !== 'demarches') f.data[kind].push({ ...f.data[kind][0], id: `etranger-${kind}`, sessionId: 'ailleurs' });
    });
    const result = safeRead(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(KINDS.flatMap((k) => result.envelope.data[k].filter((r) => r.sessionId === 'ailleurs'))).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'unknownSession', sessionId: 'ailleurs', counts: Object.fromEntries(KINDS.filter((k) => k !== 'sessions' && k !== 'demarches').map((k) => [k, 1])) }]);
  });
});

describe('fuzz', () => {
  it('any JSON text is read or refused with a typed error, never a throw', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => void safeRead(text)), { numRuns: propertyRuns(300) });
  });

  it('any JSON value in place of any field of any record is read or refused, never a throw', () => {
    const targets = KINDS.flatMap((kind) => Object.keys(records[kind]).map((field) => ({ kind, field })));
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.jsonValue({ maxDepth: 4 }), ({ kind, field }, value) => {
        const result = safeRead(file((f) => (f.data[kind][0][field] = value)));
        if (!result.ok) expect(result.error).toMatchObject({ code: 'badRecord', kind });
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('bracket and quote damage anywhere in a real file is read or refused, never a throw', () => {
    const text = fixtureText();
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.constantFrom('', '{', '}', '[', ']', '"', ',', ':', '\\', 'null'), (at, insert) => {
        void safeRead(text.slice(0, at) + insert + text.slice(at + 1));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
