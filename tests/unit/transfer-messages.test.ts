// Every reason an import is refused has its own French sentence, naming the kind, the item number and the field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../src/actions/importFile';
import { loadLocale, loadTexts, translator } from '../../src/i18n';
import { problemMessage } from '../../src/ui/transfer/messages';

// English and the import screens' texts load on demand in the app; tests load them once.
beforeAll(async () => {
  await loadLocale('en');
  await loadTexts('transfer');
});

const t = translator('fr');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const say = (p: ImportProblem) => plain(problemMessage(t, 'fr-FR', p));

describe('problemMessage (fr)', () => {
  it.each<[ImportProblem, string]>([
    [{ code: 'tooBig', max: 50 * 1024 * 1024 }, 'Cercle accepte au plus 50 Mo'],
    [{ code: 'tooDeep', max: 64 }, 'imbriquées sur plus de 64 niveaux'],
    [{ code: 'notJson', message: 'Unexpected end of JSON input' }, 'ce n’est pas un fichier Cercle complet'],
    [{ code: 'notCercle' }, 'n’a pas été créé par Cercle'],
    [{ code: 'newerVersion', version: 2, current: 1 }, 'Mettez Cercle à jour sur cette tablette'],
    [{ code: 'badEnvelope', path: 'anonymised', message: 'x' }, 'son en-tête n’est pas valide (champ « anonymised »)'],
    [{ code: 'migrationFailed', migration: 'v2: verbatims get a language', message: 'x' }, 'n’a pas pu être converti (v2: verbatims get a language)'],
    [{ code: 'tooMany', kind: 'cards', count: 300_000, max: 200_000 }, 'trop de post-its : 300000'],
    [{ code: 'badRecord', kind: 'tracks', index: 0, path: 'groupIds.2', message: 'x' }, 'dans la liste des pistes d’amélioration, l’élément n° 1 a un champ « groupIds.2 » non valide'],
    [{ code: 'duplicateId', kind: 'actions', id: 'a', indexes: [0, 4] }, 'dans la liste des fiches action, les éléments n° 1 et n° 5 portent le même identifiant'],
    [{ code: 'unreadable' }, 'n’a pas pu lire ce fichier'],
    [{ code: 'anonymisedKnown', titles: ['Accueil CAF', ''] }, '« Accueil CAF », « Séance sans titre »'],
  ])('%o', (problem, part) => {
    expect(say(problem)).toContain(part);
  });

  it('English has a sentence for each too', () => {
    expect(problemMessage(translator('en'), 'en-GB', { code: 'newerVersion', version: 2, current: 1 })).toContain('Update Cercle');
  });
});
