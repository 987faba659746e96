// The restitution's « un participant » reads as French: capitals, repeats merged, elision, quotes capitalised.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, loadTexts, translator } from '../../src/i18n';
import { makeNameFinder } from '../../src/format/wordReplace';
import { capitaliseQuote, everyoneWords, tidyEveryone, type EveryoneWords } from '../../src/report/restitutionWording';

let fr: EveryoneWords;
let en: EveryoneWords;
beforeAll(async () => {
  await loadTexts('shared');
await loadTexts('report');
  await loadLocale('en');
  fr = everyoneWords(translator('fr'));
  en = everyoneWords(translator('en'));
});

describe('tidyEveryone — French', () => {
  it.each([
    ['un participant et un participant décrivent une longue attente.', 'Deux participants décrivent une longue attente.'],
    ['L’attente revient souvent (un participant, un participant).', 'L’attente revient souvent (deux participants).'],
    ['un participant, un participant et un participant ont parlé des horaires.', 'Trois participants ont parlé des horaires.'],
    ['Horaires trop courts. un participant propose le samedi.', 'Horaires trop courts. Un participant propose le samedi.'],
    ['Vraiment ? un participant le pense.', 'Vraiment ? Un participant le pense.'],
    ['- un participant veut des chaises\n- un participant et un participant un écran', '- Un participant veut des chaises\n- Deux participants un écran'],
    ['1. un participant propose', '1. Un participant propose'],
    ['Il a dit : « un participant viendra »', 'Il a dit : « Un participant viendra »'],
    ['L’idée de un participant a plu.', 'L’idée d’un participant a plu.'],
    ['De un participant à l’autre, les avis changent.', 'D’un participant à l’autre, les avis changent.'],
    ['On a vu que un participant et un participant', 'On a vu que deux participants'],
    ['Lorsque un participant parle, on écoute.', 'Lorsqu’un participant parle, on écoute.'],
    ['Merci à un participant pour sa franchise.', 'Merci à un participant pour sa franchise.'],
    ['un participant a parlé, puis un participant a répondu.', 'Un participant a parlé, puis un participant a répondu.'],
    [
      'un participant, un participant, un participant, un participant, un participant, un participant, un participant, un participant, un participant, un participant et un participant',
      '11 participants',
    ],
    ['Rien à changer ici.', 'Rien à changer ici.'],
  ])('%s', (input, expected) => {
    expect(tidyEveryone(input.replace(/ ([:?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0'), fr)).toBe(expected.replace(/ ([:?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0'));
  });
});

describe('tidyEveryone — English', () => {
  it.each([
    ['a participant and a participant described the wait.', 'Two participants described the wait.'],
    ['The wait (a participant, a participant).', 'The wait (two participants).'],
    ['Said by a participant.', 'Said by a participant.'],
  ])('%s', (input, expected) => {
    expect(tidyEveryone(input, en)).toBe(expected);
  });
});

describe('capitaliseQuote', () => {
  it.each([
    ['on attend trop longtemps.', 'On attend trop longtemps.'],
    ['« on attend »', '« On attend »'],
    ['Déjà en majuscule', 'Déjà en majuscule'],
    ['… et puis rien', '… et puis rien'],
    ['3 heures d’attente', '3 heures d’attente'],
    ['être reçu vite', 'Être reçu vite'],
  ])('%s', (input, expected) => {
    expect(capitaliseQuote(input)).toBe(expected);
  });
});

describe('makeNameFinder — the names the restitution will replace, as the secrétaire types', () => {
  it.each([
    ['Alice et Bruno ont parlé.', ['Alice', 'Bruno']],
    ['alice, puis ALICE encore', ['Alice']],
    ['Élisabeth est venue', []],
    ['Jean-Éd a raison', ['Jean-Éd']],
    ['Chloe a parlé', ['Chloé']],
    ['', []],
  ])('%s', (text, found) => {
    expect(makeNameFinder(['Alice', 'Bruno', 'Chloé', 'Jean-Éd', 'Élise', '  '])(text)).toEqual(found);
  });
});
