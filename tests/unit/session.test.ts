// Séance rules: purge date, calendar days, the mirror copy, the home screen order, purge due.
import { describe, expect, it } from 'vitest';
import { defaultPurgeAfter, isoDay, mirrorSessionFields, newSessionFields, parseDay, purgeDue, sortSessions } from '../../src/domain/session';
import type { Fields, Session, SessionStatus } from '../../src/domain/types';
import { makeSession } from '../factories';

describe('defaultPurgeAfter', () => {
  it.each([
    { day: '2026-11-23', purge: '2027-02-23', why: 'three months later, across a year' },
    { day: '2026-11-30', purge: '2027-02-28', why: 'clamped to the end of February' },
    { day: '2027-11-30', purge: '2028-02-29', why: 'leap year' },
    { day: '2026-08-31', purge: '2026-11-30', why: 'clamped to a 30-day month' },
    { day: '2026-01-31', purge: '2026-04-30', why: 'clamped in April' },
    { day: '2026-03-15', purge: '2026-06-15', why: 'plain case' },
    { day: '', purge: '', why: 'no date yet' },
    { day: '2026-02-30', purge: '', why: 'not a day' },
  ])('$day → "$purge" ($why)', ({ day, purge }) => {
    expect(defaultPurgeAfter(day)).toBe(purge);
  });
});

describe('parseDay', () => {
  it.each([
    { day: '2026-11-23', ok: true },
    { day: '2028-02-29', ok: true },
    { day: '2026-02-30', ok: false },
    { day: '2027-02-29', ok: false },
    { day: '2026-13-01', ok: false },
    { day: '2026-00-10', ok: false },
    { day: '2026-1-5', ok: false },
    { day: '23/11/2026', ok: false },
    { day: '', ok: false },
    { day: '2026-11-23T10:00', ok: false },
  ])('$day valid: $ok', ({ day, ok }) => {
    const date = parseDay(day);
    expect(date !== null).toBe(ok);
    if (date) expect(isoDay(date)).toBe(day);
  });
});

describe('mirrorSessionFields', () => {
  const source: Fields<Session> = {
    ...newSessionFields('2026-11-23', 'Accueil de la CAF', 'Mention lue'),
    purpose: 'tester',
    objective: 'Comprendre pourquoi les usagers rappellent',
    theme: 'Accueil téléphonique',
    themeSources: ['enquetes', 'problemes'],
    themeNote: 'Baisse du taux de décroché',
    audience: ['agents'],
    plannedMinutes: 150,
    dotsPerParticipant: 5,
    place: 'Salle du conseil',
    startTime: '14:00',
    animateur: 'Nadia',
    secretaire: 'Paul',
    superviseur: 'Mme Roche',
    status: 'terminee',
    currentPhase: 5,
    startedAt: 1,
    closedAt: 2,
    purgeAfter: '2026-12-01',
  };
  const mirror = mirrorSessionFields(source, 'Accueil de la CAF (miroir)', '2026-12-07');

  it('keeps the topic and the guide settings', () => {
    expect(mirror).toMatchObject({
      title: 'Accueil de la CAF (miroir)',
      purpose: 'tester',
      objective: source.objective,
      theme: source.theme,
      themeSources: ['enquetes', 'problemes'],
      themeNote: source.themeNote,
      audience: ['agents'],
      plannedMinutes: 150,
      dotsPerParticipant: 5,
      place: 'Salle du conseil',
      consentWording: 'Mention lue',
    });
  });

  it('drops the people, the status and everything that happened', () => {
    expect(mirror).toMatchObject({
      animateur: '',
      secretaire: '',
      superviseur: '',
      status: 'preparation',
      currentPhase: null,
      startedAt: null,
      closedAt: null,
      startTime: '',
      date: '2026-12-07',
      purgeAfter: '2027-03-07',
    });
  });

  it('copies the lists instead of sharing them', () => {
    expect(mirror.themeSources).not.toBe(source.themeSources);
    expect(mirror.audience).not.toBe(source.audience);
  });
});

describe('sortSessions', () => {
  const s = (title: string, status: SessionStatus, date: string, updatedAt: number) => makeSession({ title, status, date, updatedAt });
  it('running first, then newest date, then last changed; undated last within a status', () => {
    const list = [
      s('ancienne', 'preparation', '2026-10-01', 5),
      s('close', 'terminee', '2026-12-01', 1),
      s('sans date', 'preparation', '', 9),
      s('demain (modifiée avant)', 'preparation', '2026-11-24', 1),
      s('en cours', 'en_cours', '2026-01-01', 1),
      s('demain (modifiée après)', 'preparation', '2026-11-24', 2),
    ];
    expect(sortSessions(list).map((x) => x.title)).toEqual([
      'en cours',
      'demain (modifiée après)',
      'demain (modifiée avant)',
      'ancienne',
      'sans date',
      'close',
    ]);
  });
});

describe('purgeDue', () => {
  it.each([
    { purgeAfter: '', today: '2030-01-01', due: false },
    { purgeAfter: '2027-02-23', today: '2027-02-22', due: false },
    { purgeAfter: '2027-02-23', today: '2027-02-23', due: false },
    { purgeAfter: '2027-02-23', today: '2027-02-24', due: true },
  ])('purge after "$purgeAfter", today $today → $due', ({ purgeAfter, today, due }) => {
    expect(purgeDue({ purgeAfter }, today)).toBe(due);
  });
});

describe('newSessionFields', () => {
  it('a new séance is in preparation, two hours long, purge date set from its day', () => {
    expect(newSessionFields('2026-11-23', 'Titre', 'Mention')).toMatchObject({
      status: 'preparation',
      date: '2026-11-23',
      plannedMinutes: 120,
      dotsPerParticipant: 3,
      purgeAfter: '2027-02-23',
      consentWording: 'Mention',
      audience: ['usagers'],
    });
  });
});
