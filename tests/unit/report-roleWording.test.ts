// A role put in place of a name reads as French in the consolidated report: « dit le secrétaire », « du secrétaire », « L’animateur », and a role that is already a noun left as typed.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, loadTexts, translator } from '../../src/i18n';
import { roleWords, rolesInText } from '../../src/report/roleWording';

beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('consolidation')]));

const fr = (text: string) => rolesInText(text, roleWords(translator('fr')));

describe('rolesInText', () => {
  it.each([
    ['Deux participants trouvent l’attente trop longue, dit Secrétaire.', 'Deux participants trouvent l’attente trop longue, dit le secrétaire.'],
    ['Secrétaire a noté les horaires.', 'Le secrétaire a noté les horaires.'],
    ['Animateur relance le groupe. Superviseur viendra.', 'L’animateur relance le groupe. Le superviseur viendra.'],
    ['La question de Secrétaire, puis celle de Animateur.', 'La question du secrétaire, puis celle de l’animateur.'],
    ['Je l’ai dit à Secrétaire.', 'Je l’ai dit au secrétaire.'],
    ['- Secrétaire : rien à ajouter', '- Le secrétaire : rien à ajouter'],
  ])('%s → %s', (typed, read) => {
    expect(fr(typed)).toBe(read);
  });

  it('leaves a role that is already a noun, a word that only contains it, and a text without it as typed', () => {
    for (const typed of ['La Secrétaire générale est venue.', 'Notre Animateur était là.', 'l’Animateur', 'Les secrétaires de mairie', 'Secrétariat fermé le lundi.', 'Rien à signaler.']) {
      expect(fr(typed)).toBe(typed);
    }
  });

  it('speaks English with the English texts', async () => {
    await loadLocale('en');
    expect(rolesInText('Waiting is too long, said Note taker.', roleWords(translator('en')))).toBe('Waiting is too long, said the note taker.');
    expect(rolesInText('Our Facilitator was there.', roleWords(translator('en')))).toBe('Our Facilitator was there.');
  });
});
