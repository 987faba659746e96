// Pure rules of a démarche: what may be typed in its fields, the séances it gives birth to, the id of a theme link.
import { describe, expect, it } from 'vitest';
import { checkDemarcheField, mirrorSeanceFields, seanceInDemarcheFields, themeLinkId, type DemarcheTextField } from '../../src/domain/demarche';
import type { DemarcheId, GroupId } from '../../src/domain/types';
import { makeDemarche, makeSession } from '../factories';

describe('checkDemarcheField', () => {
  const period = { periodStart: '2027-01-10', periodEnd: '2027-06-30' };
  it.each<[string, DemarcheTextField, string, ReturnType<typeof checkDemarcheField>]>([
    ['a title at the limit', 'title', 'x'.repeat(200), null],
    ['a title over the limit', 'title', 'x'.repeat(201), 'tooLong'],
    ['a pilote over the limit', 'pilote', 'é'.repeat(201), 'tooLong'],
    ['a thématique over the limit', 'thematique', 'x'.repeat(201), 'tooLong'],
    ['an empty title (a draft being typed)', 'title', '', null],
    ['an end after the start', 'periodEnd', '2027-07-01', null],
    ['an end on the start day', 'periodEnd', '2027-01-10', null],
    ['an end before the start', 'periodEnd', '2027-01-09', 'endBeforeStart'],
    ['a start after the end', 'periodStart', '2027-07-01', 'endBeforeStart'],
    ['a start erased', 'periodStart', '', null],
    ['a day that is not one', 'periodEnd', '2027-02-30', 'dayInvalid'],
    ['a day half typed', 'periodStart', '2027-0', 'dayInvalid'],
  ])('%s', (_name, field, value, expected) => {
    expect(checkDemarcheField(period, field, value)).toBe(expected);
  });

  it('a period with no start yet takes any end', () => {
    expect(checkDemarcheField({ periodStart: '', periodEnd: '' }, 'periodEnd', '2020-01-01')).toBeNull();
  });
});

describe('séances of a démarche', () => {
  const demarche = makeDemarche({ id: 'd-1' as DemarcheId, title: 'Accueil 2027', thematique: 'Accueil au guichet' });

  it('a séance born in it takes its thématique as theme, its title unless one is given, the public chosen', () => {
    expect(seanceInDemarcheFields(demarche, '2026-11-23', '', 'Mention', 'agents')).toMatchObject({
      title: 'Accueil 2027',
      theme: 'Accueil au guichet',
      audience: ['agents'],
      demarcheId: 'd-1',
      mirrorOf: '',
      status: 'preparation',
      date: '2026-11-23',
    });
    expect(seanceInDemarcheFields(demarche, '2026-11-23', 'Usagers de Lyon', 'Mention', 'usagers').title).toBe('Usagers de Lyon');
  });

  it('a mirror keeps the subject, the démarche and the place, names its source, and starts afresh for another public', () => {
    const source = makeSession({
      title: 'Usagers',
      objective: 'Comprendre l’attente',
      theme: 'Accueil',
      place: 'Agence de Lyon',
      audience: ['usagers'],
      demarcheId: demarche.id,
      status: 'terminee',
      animateur: 'Claire',
      returnDate: '2027-03-01',
      anonymised: true,
    });
    const mirror = mirrorSeanceFields(source, 'Agents', '2026-12-01', 'agents');
    expect(mirror).toMatchObject({ title: 'Agents', objective: 'Comprendre l’attente', theme: 'Accueil', place: 'Agence de Lyon', audience: ['agents'], demarcheId: 'd-1', mirrorOf: source.id });
    expect(mirror).toMatchObject({ status: 'preparation', animateur: '', returnDate: '', anonymised: false, date: '2026-12-01', startedAt: null, closedAt: null });
  });
});

describe('themeLinkId', () => {
  it('is the same for the same regroupement on every tablet, and fits the file’s id bound', () => {
    expect(themeLinkId('g-1' as GroupId)).toBe('tl-g-1');
    const long = 'g'.repeat(100) as GroupId;
    expect(themeLinkId(long)).toBe(themeLinkId(long));
    expect(themeLinkId(long).length).toBeLessThanOrEqual(100);
    expect(themeLinkId(long)).not.toBe(themeLinkId('h'.repeat(100) as GroupId));
  });
});
