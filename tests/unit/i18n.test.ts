// The catalogues (French source, English complete) and the Intl formatting of days, durations and clocks.
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr, type MessageKey } from '../../src/i18n/fr';
import { countKey, loadLocale, makeI18n, translator } from '../../src/i18n';
import { formatBytes, formatClock, formatDateTime, formatDay, formatMinutes, formatShortDay } from '../../src/i18n/format';

// The English catalogue loads on demand in the app; tests load it once.
beforeAll(() => loadLocale('en'));

/** Intl puts (narrow) no-break spaces between a number and its unit; the reader sees a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const frKeys = Object.keys(fr) as MessageKey[];

describe('catalogues', () => {
  it('English has exactly the French keys', () => {
    expect(Object.keys(en).sort()).toEqual([...frKeys].sort());
  });

  it.each(frKeys)('%s: same {placeholders} in both languages, no empty text', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(fr[key]));
    expect(en[key].trim()).not.toBe('');
    expect(fr[key].trim()).not.toBe('');
  });

  it('the default guide has as many prompts in English as in French', () => {
    for (const i of [1, 2, 3, 4, 5]) {
      const key = `guide.p${i}.prompts` as MessageKey;
      expect(en[key].split('\n').length).toBe(fr[key].split('\n').length);
    }
  });
});

describe('translator', () => {
  const t = translator('fr');
  it.each<{ key: MessageKey; params?: Record<string, string | number>; text: string }>([
    { key: 'nav.settings', text: 'Paramètres' },
    { key: 'participants.remove', params: { name: 'Élise' }, text: 'Retirer Élise' },
    { key: 'common.tooLong', params: { max: 200 }, text: 'Texte trop long : 200 caractères au plus. La fin a été coupée.' },
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
  });

  it.each([
    { bytes: 0, text: '0 o' },
    { bytes: 1_500, text: '1,5 ko' },
    { bytes: 250_000_000, text: '250 Mo' },
  ])('formatBytes($bytes) in French → "$text"', ({ bytes, text }) => {
    expect(plain(formatBytes(bytes, 'fr-FR'))).toBe(text);
  });
});
