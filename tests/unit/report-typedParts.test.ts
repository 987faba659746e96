// Lists typed in a synthesis (« - », « • », « 1. ») become lists; everything else stays paragraphs with its line breaks.
import { describe, expect, it } from 'vitest';
import { typedParts } from '../../src/report/typedParts';

const p = (text: string) => ({ type: 'paragraph', text });
const ul = (...items: string[]) => ({ type: 'list', ordered: false, items });
const ol = (...items: string[]) => ({ type: 'list', ordered: true, items });

describe('typedParts', () => {
  it.each([
    ['Une phrase.', [p('Une phrase.')]],
    ['Ligne un\nligne deux\n\nAutre paragraphe', [p('Ligne un\nligne deux'), p('Autre paragraphe')]],
    ['Les attentes :\n- horaires\n- chaises\n• écran', [p('Les attentes :'), ul('horaires', 'chaises', 'écran')]],
    ['1. Ouvrir le samedi\n2) Afficher l’attente\nEnsuite on verra.', [ol('Ouvrir le samedi', 'Afficher l’attente'), p('Ensuite on verra.')]],
    ['- un\n  suite de un\n- deux', [ul('un\nsuite de un', 'deux')]],
    ['- puces\n1. puis numéros', [ul('puces'), ol('puis numéros')]],
    ['-sans espace n’est pas une puce\n2026 fut une année', [p('-sans espace n’est pas une puce\n2026 fut une année')]],
    ['- \n\n', [p('-')]],
    ['', []],
  ])('%j', (text, parts) => {
    expect(typedParts(text)).toEqual(parts);
  });
});
