// The kinds table against everything else that knows a kind: record types, file schemas, catalogues, anonymisation.
import { describe, expect, it } from 'vitest';
import { anonymiseRules, BASE_KEYS, KIND_TABLE, scopeOf, textFields } from '../../src/domain/kinds';
import { LIMITS } from '../../src/domain/limits';
import { KINDS, type AnyRecord, type Kind } from '../../src/domain/types';
import { anonymiseRecords } from '../../src/format/anonymise';
import { toRecordSet } from '../../src/format/envelope';
import { parseRecord } from '../../src/format/schema';
import { enTransfer } from '../../src/i18n/en.transfer';
import { frTransfer } from '../../src/i18n/fr.transfer';
import { oneOfEachKind } from '../factories';

/**
 * Strings that are not prose: ids, enums, dates and times typed in fixed forms. Every other string
 * field of a kind must be in the kinds table, so a field a person types cannot miss its rules
 * (conflicts, « garder les deux », anonymisation) by being forgotten there.
 */
const STRUCTURED: { [K in Kind]: readonly string[] } = {
  sessions: ['date', 'startTime', 'purpose', 'themeSources', 'audience', 'status', 'purgeAfter', 'returnDate', 'demarcheId', 'mirrorOf'],
  participants: [],
  phases: ['skipped'],
  turns: ['speaker'],
  verbatims: ['speaker', 'tags', 'kind'],
  cards: ['kind', 'polarity', 'groupId', 'sourceVerbatimId', 'onBehalfOf'],
  groups: [],
  tracks: ['groupIds'],
  votes: ['trackId', 'voter', 'method'],
  actions: ['trackId', 'engagements'],
  syntheses: ['section'],
  statusChanges: ['actionId', 'status', 'on'],
  milestones: ['actionId', 'due', 'doneOn'],
  indicators: ['actionId', 'baselineOn', 'targetOn'],
  measures: ['indicatorId', 'actionId', 'on'],
  followUps: ['actionId', 'on'],
  demarches: ['engagements', 'periodStart', 'periodEnd'],
  themes: [],
  themeLinks: ['groupId', 'groupSessionId', 'themeId'],
};

const base: ReadonlySet<string> = new Set(BASE_KEYS);
// An empty list says nothing of what it holds (the sample's pauses, skipped…).
const isTexts = (value: unknown) => typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'string'));
const fieldsOf = (record: AnyRecord) => Object.entries(record).filter(([field]) => !base.has(field));

describe('the kinds table', () => {
  const records = oneOfEachKind();

  it('lists every kind, in the order of KINDS', () => {
    expect(Object.keys(KIND_TABLE)).toEqual([...KINDS]);
  });

  it.each(KINDS)('%s: every typed text and every name field is a field of the record, a text where it says text', (kind) => {
    const record: Record<string, unknown> = { ...records[kind] };
    for (const field of textFields(kind)) expect(typeof record[field], `${kind}.${field}`).toBe('string');
    for (const [field] of anonymiseRules(kind)) expect(Object.keys(record), `${kind}.${field}`).toContain(field);
  });

  it.each(KINDS)('%s: every string field is declared in the table or known as an id, enum or date', (kind) => {
    const declared = new Set([...anonymiseRules(kind).map(([field]) => field), ...STRUCTURED[kind]]);
    const undeclared = fieldsOf(records[kind]).filter(([field, value]) => isTexts(value) && !declared.has(field));
    expect(undeclared.map(([field]) => field)).toEqual([]);
  });

  it.each(KINDS.flatMap((kind) => textFields(kind).map((field) => [kind, field] as const)))('%s.%s: the file schema bounds it by its size in the table', (kind, field) => {
    const size = KIND_TABLE[kind].text[field as never] as { size: 'short' | 'long' };
    const max = LIMITS[size.size];
    expect(parseRecord(kind, { ...records[kind], [field]: 'x'.repeat(max) }).ok).toBe(true);
    expect(parseRecord(kind, { ...records[kind], [field]: 'x'.repeat(max + 1) })).toMatchObject({ ok: false, issue: { path: field } });
  });

  it.each(KINDS)('%s: has a label in both catalogues (an import preview names it)', (kind) => {
    // The labels live in the import screens' catalogue group (fr/en.transfer.ts).
    const catalogues: Record<string, string | undefined>[] = [frTransfer, enTransfer];
    for (const texts of catalogues) expect(texts[`transfer.kind.${kind}`], kind).toBeTruthy();
  });
});

describe('anonymisation, driven by the table', () => {
  // A name in every field the table says may hold one, in each field's own shape.
  const NAME = 'Élise';
  const named = oneOfEachKind();
  const participant = named.participants;
  for (const kind of KINDS) {
    const record: Record<string, unknown> = { ...named[kind] };
    const patch: Record<string, unknown> = {};
    for (const [field] of anonymiseRules(kind)) {
      const value = record[field];
      if (typeof value === 'string') patch[field] = `${NAME} (${field})`;
      else if (Array.isArray(value) && value.every((x) => typeof x === 'string')) patch[field] = [`voisine de ${NAME}`];
      else if (field === 'prompts') patch[field] = [{ id: 'q', text: `Demander à ${NAME}`, askedAt: null }];
    }
    Object.assign(named[kind], patch);
  }
  participant.pseudonym = NAME;
  named.verbatims.speaker = participant.id;
  const before = toRecordSet(Object.fromEntries(KINDS.map((k) => [k, [named[k]]])));
  const after = anonymiseRecords(before, { animateur: 'A', secretaire: 'S', superviseur: 'V', pilote: 'Pi', participant: 'un participant' });

  it.each(KINDS.flatMap((kind) => anonymiseRules(kind).map(([field, rule]) => [kind, field, rule] as const)))('%s.%s (%s) no longer holds the name', (kind, field, rule) => {
    const was: Record<string, unknown> = { ...before[kind][0] };
    const is: Record<string, unknown> = { ...after[kind][0] };
    expect(JSON.stringify(was[field]), 'the name was there').toContain(NAME);
    expect(JSON.stringify(is[field])).not.toContain(NAME);
    if (rule === 'drop') expect(is[field]).toBe('');
    // A séance's own participant is its P1; in a démarche's texts, P-numbers mean nothing: a participant is « un participant ».
    else expect(JSON.stringify(is[field])).toContain(scopeOf(kind) === 'demarche' ? 'un participant' : 'P1');
  });
});
