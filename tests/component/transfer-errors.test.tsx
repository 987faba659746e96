// Hostile and broken files: each gets its own precise French message, and the whole database is exactly as before.
import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SessionId } from '../../src/domain/types';
import { anonymise } from '../../src/format/anonymise';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeSession, makeVerbatim } from '../factories';
import { renderApp } from './render';
import { dumpDb, FIXTURE_TEXT, fixtureFile, fixtureRecords, pickFile, seedRecords } from './transfer-helpers';

type Raw = { formatVersion: number; deviceId?: string; data: Record<string, Record<string, unknown>[]> };
/** The fixture, parsed, changed by `edit`, written again. */
function editFixture(edit: (raw: Raw) => void): string {
  const raw = JSON.parse(FIXTURE_TEXT) as Raw;
  edit(raw);
  return JSON.stringify(raw);
}

/** French punctuation and Intl units use no-break spaces; a reader sees spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const UNCHANGED = 'Rien n’a été importé : cette tablette est exactement comme avant.';

const cases: { name: string; file: () => File; message: string }[] = [
  { name: 'not JSON (cut during the transfer)', file: () => fixtureFile(FIXTURE_TEXT.slice(0, 5000)), message: 'Ce fichier ne peut pas être lu : ce n’est pas un fichier Cercle complet. Il a peut-être été coupé pendant l’envoi, ou c’est un autre type de fichier.' },
  { name: 'an empty file', file: () => fixtureFile(''), message: 'Ce fichier ne peut pas être lu : ce n’est pas un fichier Cercle complet. Il a peut-être été coupé pendant l’envoi, ou c’est un autre type de fichier.' },
  { name: 'not a Cercle file', file: () => fixtureFile('{"type":"FeatureCollection","features":[]}', 'carte.json'), message: 'Ce fichier n’a pas été créé par Cercle. Choisissez un fichier exporté depuis Cercle (son nom commence par « cercle- »).' },
  {
    name: 'made by a newer Cercle',
    file: () => fixtureFile(editFixture((r) => (r.formatVersion = 7))),
    message: 'Ce fichier vient d’une version plus récente de Cercle (format 7 ; cette tablette lit jusqu’au format 5). Mettez Cercle à jour sur cette tablette, puis importez-le à nouveau.',
  },
  {
    name: 'a damaged record (a verbatim whose text is a number)',
    file: () => fixtureFile(editFixture((r) => (r.data.verbatims![3]!.text = 42))),
    message: 'Le fichier est abîmé : dans la liste des verbatims, l’élément n° 4 a un champ « text » non valide.',
  },
  {
    name: 'a damaged record (a post-it of an unknown colour)',
    file: () => fixtureFile(editFixture((r) => (r.data.cards![0]!.kind = 'rouge'))),
    message: 'Le fichier est abîmé : dans la liste des post-its, l’élément n° 1 a un champ « kind » non valide.',
  },
  {
    name: 'a damaged header',
    file: () => fixtureFile(editFixture((r) => delete r.deviceId)),
    message: 'Le fichier est abîmé : son en-tête n’est pas valide (champ « deviceId »).',
  },
  {
    name: 'the same id twice',
    file: () => fixtureFile(editFixture((r) => r.data.participants!.push({ ...r.data.participants![1]! }))),
    message: 'Le fichier est abîmé : dans la liste des participants, les éléments n° 2 et n° 8 portent le même identifiant.',
  },
  {
    name: 'nested too deeply',
    file: () => fixtureFile(`{"format":"cercle","formatVersion":1,"x":${'['.repeat(200)}${']'.repeat(200)}}`),
    message: 'Le fichier est abîmé : ses données sont imbriquées sur plus de 64 niveaux. Ce n’est pas un export normal de Cercle.',
  },
  {
    name: 'too many records',
    file: () => fixtureFile(editFixture((r) => (r.data.votes = new Array(200_001).fill(0)))),
    message: 'Le fichier contient trop de votes : 200001, alors que Cercle en accepte au plus 200000. Ce n’est pas un export normal de Cercle.',
  },
];

async function expectRefused(file: File, message: string) {
  const data = fixtureRecords();
  await seedRecords(data);
  const before = await dumpDb();
  renderApp('#/importer');
  await pickFile(file);
  const alert = plain((await screen.findByRole('alert')).textContent ?? '');
  expect(alert).toContain('Ce fichier n’a pas été importé');
  expect(alert).toContain(message);
  expect(alert).toContain(UNCHANGED);
  expect(await dumpDb()).toEqual(before);
}

describe('files refused, database untouched', () => {
  it.each(cases)('$name', async ({ file, message }) => {
    await expectRefused(file(), message);
  });

  it('too big: refused by its size before a byte is read', async () => {
    const file = fixtureFile();
    Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    await expectRefused(file, 'Ce fichier est trop gros : Cercle accepte au plus 50 Mo. Vérifiez qu’il s’agit bien d’un export de Cercle.');
    expect(read).not.toHaveBeenCalled();
  });

  it('an anonymised file about a séance this tablet holds: refused, it would overwrite the real pseudonyms', async () => {
    const data = fixtureRecords();
    const text = serialise(anonymise(buildEnvelope(data, { appVersion: '0.1.0', exportedAt: 0, deviceId: 'autre' })));
    await expectRefused(
      fixtureFile(text),
      'Ce fichier est anonymisé (P1, P2…) et porte sur une séance déjà présente sur cette tablette : « Accueil des usagers au guichet unique ». L’importer remplacerait les vrais pseudonymes. Importez plutôt le fichier complet, non anonymisé.',
    );
  });

  it('records of a séance neither in the file nor here are set aside and said so; the rest imports', async () => {
    const known = makeSession({ title: 'Séance connue' });
    const stranger = 'seance-inconnue' as SessionId;
    const text = serialise(
      buildEnvelope({ sessions: [known], verbatims: [makeVerbatim(known.id), makeVerbatim(stranger), makeVerbatim(stranger)] }, { appVersion: '0.1.0', exportedAt: 0, deviceId: 'autre' }),
    );
    renderApp('#/importer');
    await pickFile(fixtureFile(text));
    await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    expect(screen.getByText('2 éléments d’une séance qui n’est ni dans ce fichier ni sur cette tablette seront laissés de côté (verbatims : 2).')).toBeTruthy();
    screen.getByRole('button', { name: 'Importer' }).click();
    await screen.findByRole('heading', { name: 'Import terminé' });
    const dump = await dumpDb();
    expect(dump.verbatims).toHaveLength(1);
    expect(dump.sessions).toHaveLength(1);
  });

  it('a full disk in the middle of "Importer": the transaction is undone whole, said in French, and the retry imports it all', async () => {
    const other = makeSession({ title: 'Déjà là' });
    await seedRecords({ sessions: [other] });
    const before = await dumpDb();
    renderApp('#/importer');
    await pickFile(fixtureFile());
    await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    // Séances, participants, phases and turns are written before the verbatims fail.
    const put = IDBObjectStore.prototype.put;
    const disk = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'verbatims') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    screen.getByRole('button', { name: 'Importer' }).click();
    const alert = await screen.findByText(/^L’import n’a pas pu être enregistré\s: l’espace de stockage est plein\./);
    expect(plain(alert.textContent ?? '')).toContain(UNCHANGED);
    expect(await dumpDb()).toEqual(before);

    disk.mockRestore();
    screen.getByRole('button', { name: 'Réessayer l’import' }).click();
    await screen.findByRole('heading', { name: 'Import terminé' });
    const data = fixtureRecords();
    expect((await dumpDb()).verbatims).toHaveLength(data.verbatims.length);
  });
});
