// A fiche's suivi in words: status with its day, numbers in French with their unit, an indicator's movement against its target.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import type { IndicatorLine } from '../../src/report/model';
import { indicatorText, statusText, valueText } from '../../src/report/progressWords';

beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const w = { t: translator('fr'), intl: 'fr-FR' };
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const line = (over: Partial<IndicatorLine>): IndicatorLine => ({ name: 'Attente', unit: 'min', baseline: 25, baselineOn: '2026-11-23', target: 10, targetOn: '2027-06-30', last: null, ...over });

describe('statusText', () => {
  it.each([
    [{ status: 'prevue', since: '', reason: '' }, 'Prévue'],
    [{ status: 'prevue', since: '2027-01-02', reason: '' }, 'Prévue depuis le 2 janvier 2027'],
    [{ status: 'en_cours', since: '2026-12-01', reason: '' }, 'En cours depuis le 1er décembre 2026'],
    [{ status: 'terminee', since: '2027-01-10', reason: 'inutile ici' }, 'Terminée le 10 janvier 2027'],
    [{ status: 'abandonnee', since: '2027-01-05', reason: ' Budget refusé ' }, 'Abandonnée le 5 janvier 2027 : Budget refusé'],
  ] as const)('%o → %s', (p, text) => {
    expect(plain(statusText(p, w))).toBe(text);
  });
});

describe('valueText', () => {
  it.each([
    [12.5, '%', '12,5 %'],
    [1500, 'usagers', '1 500 usagers'],
    [8, '', '8'],
    [2 / 3, 'h', '0,67 h'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(plain(valueText(value, unit, 'fr-FR'))).toBe(text);
  });
});

describe('indicatorText', () => {
  it.each<[Partial<IndicatorLine>, string]>([
    [{}, 'Attente : 25 min le 23 novembre 2026 au départ, pas encore mesuré depuis (objectif : 10 min d’ici le 30 juin 2027)'],
    [{ last: { value: 18, on: '2027-02-01' } }, 'Attente : de 25 min le 23 novembre 2026 à 18 min le 1er février 2027 (objectif : 10 min d’ici le 30 juin 2027)'],
    // Down to the target (a lower target than the baseline): reached at it or below.
    [{ last: { value: 10, on: '2027-02-01' }, targetOn: '' }, 'Attente : de 25 min le 23 novembre 2026 à 10 min le 1er février 2027 (objectif : 10 min) — objectif atteint'],
    // Up to the target.
    [{ baseline: 0, target: 40, last: { value: 41, on: '2027-02-01' }, unit: '', targetOn: '' }, 'Attente : de 0 le 23 novembre 2026 à 41 le 1er février 2027 (objectif : 40) — objectif atteint'],
    [{ baseline: 0, target: 40, last: { value: 39, on: '2027-02-01' }, unit: '', targetOn: '' }, 'Attente : de 0 le 23 novembre 2026 à 39 le 1er février 2027 (objectif : 40)'],
    // No baseline: no direction, so no claim the target is reached.
    [{ baseline: null, last: { value: 5, on: '2027-02-01' }, targetOn: '' }, 'Attente : 5 min le 1er février 2027 (objectif : 10 min)'],
    [{ baseline: null, target: null }, 'Attente : pas encore mesuré'],
    [{ name: ' ', baseline: null, target: null }, 'Indicateur sans nom : pas encore mesuré'],
  ])('%o', (over, text) => {
    expect(plain(indicatorText(line(over), w))).toBe(text);
  });
});
