// The catalogues (French source, English complete, the screens' groups loaded on demand) and the Intl formatting of days, durations and clocks.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { enBoard } from '../../src/i18n/en.board';
import { enFiche } from '../../src/i18n/en.fiche';
import { enNotes } from '../../src/i18n/en.notes';
import { enPrepare } from '../../src/i18n/en.prepare';
import { enReport } from '../../src/i18n/en.report';
import { enRoom } from '../../src/i18n/en.room';
import { enSettings } from '../../src/i18n/en.settings';
import { enTransfer } from '../../src/i18n/en.transfer';
import { fr, type MessageKey } from '../../src/i18n/fr';
import { frBoard } from '../../src/i18n/fr.board';
import { frFiche } from '../../src/i18n/fr.fiche';
import { frNotes } from '../../src/i18n/fr.notes';
import { frPrepare } from '../../src/i18n/fr.prepare';
import { frReport } from '../../src/i18n/fr.report';
import { frPlan } from '../../src/i18n/fr.plan';
import { enPlan } from '../../src/i18n/en.plan';
import { frShared } from '../../src/i18n/fr.shared';
import { enShared } from '../../src/i18n/en.shared';
import { frConsolidation } from '../../src/i18n/fr.consolidation';
import { enConsolidation } from '../../src/i18n/en.consolidation';
import { frRoom } from '../../src/i18n/fr.room';
import { frSettings } from '../../src/i18n/fr.settings';
import { frTransfer } from '../../src/i18n/fr.transfer';
import { countKey, loadLocale, loadTexts, makeI18n, translator, type TextGroup } from '../../src/i18n';
import { formatBytes, formatClock, formatDateTime, formatDay, formatMinutes, formatMoment, formatShortDay } from '../../src/i18n/format';

// English and the préparation's texts load on demand in the app; tests load them once.
beforeAll(async () => {
  await loadLocale('en');
  await loadTexts('prepare');
});

/** Intl puts (narrow) no-break spaces between a number and its unit; the reader sees a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Each screen group's French and English catalogues, loaded with its screens. */
const GROUPS: { group: TextGroup; fr: Record<string, string>; en: Record<string, string> }[] = [
  { group: 'prepare', fr: frPrepare, en: enPrepare },
  { group: 'room', fr: frRoom, en: enRoom },
  { group: 'notes', fr: frNotes, en: enNotes },
  { group: 'board', fr: frBoard, en: enBoard },
  { group: 'transfer', fr: frTransfer, en: enTransfer },
  { group: 'settings', fr: frSettings, en: enSettings },
  { group: 'report', fr: frReport, en: enReport },
  { group: 'fiche', fr: frFiche, en: enFiche },
  { group: 'plan', fr: frPlan, en: enPlan },
  { group: 'shared', fr: frShared, en: enShared },
  { group: 'consolidation', fr: frConsolidation, en: enConsolidation },
];
/** Each French catalogue with its English twin: the first screen's, and every group's. */
const PAIRS: { name: string; fr: Record<string, string>; en: Record<string, string> }[] = [
  { name: 'fr.ts', fr, en },
  ...GROUPS.map((g) => ({ name: `fr.${g.group}.ts`, fr: g.fr, en: g.en })),
];
const texts = PAIRS.flatMap(({ name, fr, en }) => Object.keys(fr).map((key) => ({ name, key, fr: fr[key]!, en: en[key]! })));

describe('catalogues', () => {
  it.each(PAIRS)('$name: English has exactly the French keys', ({ fr, en }) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it.each(texts)('$name $key: same {placeholders} in both languages, no empty text', ({ fr, en }) => {
    expect(placeholders(en)).toEqual(placeholders(fr));
    expect(en.trim()).not.toBe('');
    expect(fr.trim()).not.toBe('');
  });

  it('no key is in two catalogues (the one loaded last would hide the other)', () => {
    const keys = PAIRS.flatMap((p) => Object.keys(p.fr));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('the report catalogue holds only report texts', () => {
    expect(Object.keys(frReport).filter((key) => !/^(report|reportScreen|action\.field|action\.engagements|engagement)\./.test(key))).toEqual([]);
  });

  // Every catalogue, the screen groups' included.
  it.each(texts)('$key: French typography, a no-break space inside « » and before : ; ! ?', ({ fr }) => {
    expect(fr).not.toMatch(/ [:;!?»]|« /);
  });

  it('the default guide has as many prompts in English as in French', () => {
    for (const i of [1, 2, 3, 4, 5]) {
      const key = `guide.p${i}.prompts` as keyof typeof fr;
      expect(en[key].split('\n').length).toBe(fr[key].split('\n').length);
    }
  });
});

describe('translator', () => {
  const t = translator('fr');
  it.each<{ key: MessageKey; params?: Record<string, string | number>; text: string }>([
    { key: 'nav.settings', text: 'Paramètres' },
    { key: 'participants.remove', params: { name: 'Élise' }, text: 'Retirer Élise' },
    { key: 'home.mirrorTitle', params: { title: 'Accueil' }, text: 'Accueil (miroir)' },
    { key: 'guide.total', params: { planned: '2 h', session: '2 h' }, text: 'Total prévu : 2 h pour une séance de 2 h.' },
    { key: 'participants.remove', params: {}, text: 'Retirer {name}' },
    { key: 'participants.remove', params: { name: '$& {name}' }, text: 'Retirer $& {name}' },
  ])('fr $key with $params', ({ key, params, text }) => {
    expect(t(key, params)).toBe(text);
  });

  it('English fills the same parameters', () => {
    expect(translator('en')('home.mirrorTitle', { title: 'Town hall' })).toBe('Town hall (mirror)');
  });

  it('makeI18n pairs the locale with its Intl locale', () => {
    expect(makeI18n('fr').intl).toBe('fr-FR');
    expect(makeI18n('en').intl).toBe('en-GB');
  });
});

describe('countKey', () => {
  const t = translator('fr');
  it.each([
    { n: 0, key: 'participants.count.zero', text: 'Aucun participant' },
    { n: 1, key: 'participants.count.one', text: '1 participant' },
    { n: 2, key: 'participants.count', text: '2 participants' },
    { n: 12, key: 'participants.count', text: '12 participants' },
  ])('$n → $key', ({ n, key, text }) => {
    expect(countKey('participants.count', n)).toBe(key);
    expect(t(countKey('participants.count', n), { n })).toBe(text);
  });

  it('falls back to the key when it has no variant', () => {
    expect(countKey('guide.phase', 0)).toBe('guide.phase');
    expect(countKey('guide.phase', 1)).toBe('guide.phase');
  });
});

describe('screen groups, loaded with their screens', () => {
  it.each(GROUPS)('$group: absent from a fresh page, there in French after loadTexts, then in English with the language', async ({ group, fr: frTexts, en: enTexts }) => {
    vi.resetModules();
    const i18n = await import('../../src/i18n/core');
    const keys = Object.keys(frTexts) as MessageKey[];
    const t = i18n.translator('fr');
    expect(keys.filter((key) => t(key) !== key)).toEqual([]);
    await i18n.loadTexts(group);
    expect(keys.filter((key) => t(key) !== frTexts[key])).toEqual([]);
    await i18n.loadLocale('en');
    const tEn = i18n.translator('en');
    expect(keys.filter((key) => tEn(key) !== enTexts[key])).toEqual([]);
  });
});

describe('report texts, loaded with the report screens', () => {
  /** The i18n core as a fresh page has it: nothing loaded but the first screen's French. */
  async function freshCore() {
    vi.resetModules();
    return import('../../src/i18n/core');
  }

  it('a translator made before loadTexts reads the report after it, plural variants included', async () => {
    const i18n = await freshCore();
    const t = i18n.translator('fr');
    expect(t('report.learnings.keyQuotes')).toBe('report.learnings.keyQuotes');
    expect(i18n.countKey('report.count.cards', 1)).toBe('report.count.cards');
    await i18n.loadTexts('shared');
    await i18n.loadTexts('report');
    expect(t('report.learnings.keyQuotes')).toBe('Verbatims marqués d’une étoile');
    expect([0, 1, 7].map((n) => t(i18n.countKey('report.count.cards', n), { n }))).toEqual(['aucun post-it', '1 post-it', '7 post-its']);
    expect(t('nav.settings')).toBe('Paramètres');
  });

  it('English chosen after the report was opened brings the report in English', async () => {
    const i18n = await freshCore();
    const t = i18n.translator('en');
    await i18n.loadTexts('shared');
    await i18n.loadTexts('report');
    expect(t('report.section.ideas')).toBe('Idées et attentes');
    await i18n.loadLocale('en');
    expect(t('report.section.ideas')).toBe(enReport['report.section.ideas']);
    expect(t('nav.settings')).toBe('Settings');
  });

  it('the report opened in English loads its English at once', async () => {
    const i18n = await freshCore();
    await i18n.loadLocale('en');
    await i18n.loadTexts('shared');
    await i18n.loadTexts('report');
    const t = i18n.translator('en');
    expect([0, 1, 3].map((n) => t(i18n.countKey('report.count.turns', n), { n }))).toEqual(['no speaking turn', '1 speaking turn', '3 speaking turns']);
  });
});

describe('format', () => {
  it.each([
    { minutes: 90, intl: 'fr-FR', text: '1 h 30 min' },
    { minutes: 45, intl: 'fr-FR', text: '45 min' },
    { minutes: 120, intl: 'fr-FR', text: '2 h' },
    { minutes: 0, intl: 'fr-FR', text: '0 min' },
    { minutes: -15, intl: 'fr-FR', text: '−15 min' },
    { minutes: -75, intl: 'fr-FR', text: '−1 h 15 min' },
    { minutes: 29.6, intl: 'fr-FR', text: '30 min' },
    { minutes: 90, intl: 'en-GB', text: '1 hr 30 mins' },
  ])('formatMinutes($minutes, $intl) → "$text"', ({ minutes, intl, text }) => {
    expect(plain(formatMinutes(minutes, intl))).toBe(text);
  });

  it('never lets a duration wrap between the number and its unit', () => {
    expect(formatMinutes(90, 'fr-FR')).not.toMatch(/\d /);
  });

  it.each([
    { ms: 0, text: '0:00' },
    { ms: 999, text: '0:00' },
    { ms: 59_999, text: '0:59' },
    { ms: 65_000, text: '1:05' },
    { ms: 45 * 60_000, text: '45:00' },
    { ms: 3_723_000, text: '1:02:03' },
    { ms: 10 * 3_600_000, text: '10:00:00' },
    { ms: -5_000, text: '0:00' },
  ])('formatClock($ms) → "$text"', ({ ms, text }) => {
    expect(formatClock(ms)).toBe(text);
  });

  it.each([
    { day: '2026-11-23', intl: 'fr-FR', text: 'lundi 23 novembre 2026' },
    { day: '2028-02-29', intl: 'fr-FR', text: 'mardi 29 février 2028' },
    { day: '2026-12-01', intl: 'fr-FR', text: 'mardi 1er décembre 2026' },
    { day: '2026-12-11', intl: 'fr-FR', text: 'vendredi 11 décembre 2026' },
    { day: '2026-12-21', intl: 'fr-FR', text: 'lundi 21 décembre 2026' },
    { day: '2026-12-01', intl: 'en-GB', text: 'Tuesday, 1 December 2026' },
    { day: '2026-11-23', intl: 'en-GB', text: 'Monday, 23 November 2026' },
    { day: '', intl: 'fr-FR', text: '' },
    { day: 'demain', intl: 'fr-FR', text: '' },
    { day: '2026-02-30', intl: 'fr-FR', text: '' },
  ])('formatDay($day, $intl) → "$text"', ({ day, intl, text }) => {
    expect(formatDay(day, intl)).toBe(text);
  });

  it('formatShortDay and formatDateTime read like a French date', () => {
    expect(formatShortDay('2026-11-23', 'fr-FR')).toBe('23 novembre 2026');
    expect(formatDateTime(new Date(2026, 10, 23, 10, 15).getTime(), 'fr-FR')).toBe('23 novembre 2026 à 10:15');
    expect(formatShortDay('2027-01-01', 'fr-FR')).toBe('1er janvier 2027');
    expect(formatDateTime(new Date(2026, 11, 1, 9, 5).getTime(), 'fr-FR')).toBe('1er décembre 2026 à 09:05');
  });

  it.each([
    { bytes: 0, text: '0 o' },
    { bytes: 1_500, text: '1,5 ko' },
    { bytes: 250_000_000, text: '250 Mo' },
  ])('formatBytes($bytes) in French → "$text"', ({ bytes, text }) => {
    expect(plain(formatBytes(bytes, 'fr-FR'))).toBe(text);
  });
});

describe('formatMoment', () => {
  const at = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();
  const NOW = at(2026, 12, 3, 9, 0);
  it.each([
    { ms: at(2026, 12, 1, 14, 5), intl: 'fr-FR', day: '1er décembre', time: '14 h 05' },
    { ms: at(2026, 11, 23, 9, 30), intl: 'fr-FR', day: '23 novembre', time: '9 h 30' },
    { ms: at(2025, 1, 1, 0, 0), intl: 'fr-FR', day: '1er janvier 2025', time: '0 h 00' },
    { ms: at(2026, 12, 1, 14, 5), intl: 'en-GB', day: '1 December', time: '14:05' },
  ])('$intl $day $time', ({ ms, intl, day, time }) => {
    const m = formatMoment(ms, intl, NOW);
    expect({ day: plain(m.day), time: plain(m.time) }).toEqual({ day, time });
  });
});
