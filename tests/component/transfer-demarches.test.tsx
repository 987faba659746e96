// The import's words for démarches: files of different démarches (« Rattacher à … » / « Garder à part »), a séance already in another démarche, the same séance anonymised and with names.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../src/db/connection';
import type { Demarche, DemarcheId, DeviceId, Session, SessionId } from '../../src/domain/types';
import type { RecordSet } from '../../src/domain/recordSet';
import { anonymise } from '../../src/format/anonymise';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeDemarche, makeParticipant, makeSession, makeTheme, makeVerbatim, T0 } from '../factories';
import { renderApp } from './render';
import { dumpDb, pickFiles, seedRecords } from './transfer-helpers';

/** An accessible name as the catalogue writes it: no-break spaces inside « » and before a colon. */
const nb = (text: string) => text.replaceAll('« ', '«\u00a0').replaceAll(' »', '\u00a0»').replaceAll(' :', '\u00a0:');

function fileOf(name: string, records: Partial<RecordSet>, device: string, anonymised = false): File {
  const plain = buildEnvelope(records, { appVersion: '0.1.0', exportedAt: T0, deviceId: device as DeviceId });
  return new File([serialise(anonymised ? anonymise(plain) : plain)], name, { type: 'application/json' });
}

/** A site's file: its démarche (may be none), one séance with a participant and a verbatim. */
function site(place: string, demarche: Demarche | null, extra: Partial<RecordSet> = {}) {
  const session = makeSession({ id: `s-${place}` as SessionId, title: `Accueil — ${place}`, place, status: 'terminee', demarcheId: demarche?.id ?? '' });
  const p = makeParticipant(session.id, { pseudonym: 'Élise' });
  const records = { demarches: demarche ? [demarche] : [], sessions: [session], participants: [p], verbatims: [makeVerbatim(session.id, { speaker: p.id, text: `À ${place}, Élise attend.` })], ...extra };
  return { session, records, file: fileOf(`cercle-${place.toLowerCase()}.json`, records, `tab-${place}`) };
}

const region = (name: string) => screen.getByRole('region', { name });
const stored = async (id: SessionId): Promise<Session> => (await getDb().sessions.get(id))!;

describe('files of different démarches given together', () => {
  const lyonD = makeDemarche({ id: 'd-lyon' as DemarcheId, title: 'Accueil Lyon' });
  const brestD = makeDemarche({ id: 'd-brest' as DemarcheId, title: 'Accueil Brest' });

  it('says so, offers per file « Rattacher à … » or « Garder à part », and stores what was chosen', async () => {
    const lyon = site('Lyon', lyonD);
    const brest = site('Brest', brestD, { themes: [makeTheme(brestD.id, { title: 'Attente' })] });
    const paris = site('Paris', null);
    renderApp('#/importer');
    await pickFiles([lyon.file, brest.file, paris.file]);
    await screen.findByRole('heading', { level: 2, name: 'Ce que les 3 fichiers apportent' });
    expect(screen.getByText('Ces fichiers sont de démarches différentes. Pour chaque fichier qui n’est pas de la démarche « Accueil Lyon », choisissez : le rattacher à « Accueil Lyon », ou le garder à part, tel qu’il est.')).toBeTruthy();
    // The first file's démarche is the one the others may join: nothing asked of it.
    expect(within(region('cercle-lyon.json')).queryByRole('radio')).toBeNull();
    const b = region('cercle-brest.json');
    expect(within(b).getByText('Les séances de ce fichier sont dans une autre démarche : « Accueil Brest ».')).toBeTruthy();
    expect((within(b).getByRole('radio', { name: 'Garder à part' }) as HTMLInputElement).checked).toBe(true);
    const p = region('cercle-paris.json');
    expect(within(p).getByText('Les séances de ce fichier ne sont dans aucune démarche.')).toBeTruthy();

    fireEvent.click(within(b).getByRole('radio', { name: nb('Rattacher à « Accueil Lyon »') }));
    expect(within(b).getByText('Ses séances rejoindront « Accueil Lyon ». La démarche « Accueil Brest » de ce fichier et ses thèmes ne seront pas importés.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Importer les 3 fichiers' }));
    await screen.findByRole('heading', { name: 'Import terminé' });

    expect((await stored(brest.session.id)).demarcheId).toBe(lyonD.id);
    expect((await stored(paris.session.id)).demarcheId).toBe('');
    expect((await stored(lyon.session.id)).demarcheId).toBe(lyonD.id);
    expect((await getDb().demarches.toArray()).map((d) => d.title)).toEqual(['Accueil Lyon']);
    expect(await getDb().themes.count()).toBe(0);
    // Everything else the files brought is there.
    expect(await getDb().verbatims.count()).toBe(3);
  });

  it('kept apart, each file stays as it is: two démarches, their themes', async () => {
    const brest = site('Brest', brestD, { themes: [makeTheme(brestD.id, { title: 'Attente' })] });
    renderApp('#/importer');
    await pickFiles([site('Lyon', lyonD).file, brest.file]);
    fireEvent.click(await screen.findByRole('button', { name: 'Importer les 2 fichiers' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect((await stored(brest.session.id)).demarcheId).toBe(brestD.id);
    expect((await getDb().demarches.toArray()).map((d) => d.title).sort()).toEqual(['Accueil Brest', 'Accueil Lyon']);
    expect(await getDb().themes.count()).toBe(1);
  });

  it('cancelled after choosing, the tablet does not change', async () => {
    await seedRecords({ demarches: [lyonD], sessions: [makeSession({ title: 'Déjà là', demarcheId: lyonD.id })] });
    const before = await dumpDb();
    renderApp('#/importer');
    await pickFiles([site('Lyon', lyonD).file, site('Brest', brestD).file]);
    fireEvent.click(within(await screen.findByRole('region', { name: 'cercle-brest.json' })).getByRole('radio', { name: nb('Rattacher à « Accueil Lyon »') }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    expect(await dumpDb()).toEqual(before);
  });
});

describe('a séance already in another démarche here', () => {
  const national = makeDemarche({ id: 'd-national' as DemarcheId, title: 'Accueil national', rev: 1 });
  const lyonD = makeDemarche({ id: 'd-lyon' as DemarcheId, title: 'Accueil Lyon' });

  /** This tablet holds the séance in « Accueil national »; the site's newer file puts it in « Accueil Lyon ». */
  async function setUp() {
    const here = makeSession({ id: 's-lyon' as SessionId, title: 'Accueil — Lyon', demarcheId: national.id, rev: 1 });
    await seedRecords({ demarches: [national], sessions: [here] });
    const newer = { ...here, title: 'Accueil — Lyon (corrigé)', demarcheId: lyonD.id, rev: 5, deviceId: 'tab-lyon' as DeviceId, seen: { 'tab-lyon': 5 } };
    const file = fileOf('cercle-lyon.json', { demarches: [lyonD], sessions: [newer], verbatims: [makeVerbatim(here.id, { text: 'Nouveau.' })] }, 'tab-lyon');
    renderApp('#/importer');
    await pickFiles([file]);
    await screen.findByRole('heading', { level: 2, name: 'Ce que le fichier apporte' });
    return here.id;
  }

  it('asks which démarche keeps it; left as it is, it stays here, the file’s other changes taken', async () => {
    const id = await setUp();
    expect(screen.getByRole('heading', { name: 'Séances dont la démarche diffère (1)' })).toBeTruthy();
    const item = screen.getByRole('listitem', { name: nb('Séance « Accueil — Lyon (corrigé) »') });
    expect(within(item).getByText('Sur cette tablette, elle est dans la démarche « Accueil national ». Le fichier la met dans « Accueil Lyon ».')).toBeTruthy();
    expect((within(item).getByRole('radio', { name: nb('« Accueil national » (cette tablette)') }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(await stored(id)).toMatchObject({ demarcheId: national.id, title: 'Accueil — Lyon (corrigé)' });
    expect(await getDb().verbatims.count()).toBe(1);
  });

  it('the file’s démarche chosen, the séance goes there', async () => {
    const id = await setUp();
    fireEvent.click(screen.getByRole('radio', { name: nb('« Accueil Lyon » (le fichier)') }));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect((await stored(id)).demarcheId).toBe(lyonD.id);
  });

  it('cancelled, the tablet does not change', async () => {
    const before = await dumpDb();
    await setUp();
    // setUp seeds first: compare with what it seeded.
    const seeded = await dumpDb();
    expect(seeded).not.toEqual(before);
    fireEvent.click(screen.getByRole('radio', { name: nb('« Accueil Lyon » (le fichier)') }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    expect(await dumpDb()).toEqual(seeded);
  });
});

describe('an anonymised and a full file of the same séance given together', () => {
  const lyon = site('Lyon', null);
  const full = lyon.file;
  const anonymised = fileOf('cercle-lyon-anonymise.json', lyon.records, 'tab-Lyon', true);
  // Text queries read whitespace normalised: no-break spaces are plain spaces there.
  const sentence =
    '« cercle-lyon.json » et « cercle-lyon-anonymise.json » contiennent la même séance, « Accueil — Lyon » : le premier avec les noms des participants, le second anonymisé. Cercle garde le fichier complet, « cercle-lyon.json », celui qui a les noms. Cette séance n’est pas reprise de « cercle-lyon-anonymise.json ».';

  it.each([
    ['full first', [full, anonymised]],
    ['anonymised first', [anonymised, full]],
  ])('%s: says plainly that the full one is kept, and the names are what is stored', async (_order, files) => {
    renderApp('#/importer');
    await pickFiles(files);
    await screen.findByRole('heading', { level: 2, name: 'Ce que les 2 fichiers apportent' });
    expect(screen.getByText(sentence)).toBeTruthy();
    expect(within(region('cercle-lyon-anonymise.json')).getByText('Rien de nouveau dans ce fichier', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Importer les 2 fichiers' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect((await getDb().participants.toArray()).map((p) => p.pseudonym)).toEqual(['Élise']);
    expect((await getDb().verbatims.toArray()).map((v) => v.text)).toEqual(['À Lyon, Élise attend.']);
    expect((await stored(lyon.session.id)).anonymised).toBe(false);
  });

  it('cancelled, the tablet does not change', async () => {
    const before = await dumpDb();
    renderApp('#/importer');
    await pickFiles([anonymised, full]);
    await screen.findByText(sentence);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    expect(await dumpDb()).toEqual(before);
  });
});

describe('an anonymised file about a démarche held here', () => {
  it('brings its new séance into the démarche, and leaves the démarche’s texts as they are here', async () => {
    // Same revision on both sides: without the rule, the merge's tie-break would keep the larger text, here « Ce que P1 attend ».
    const here = makeDemarche({ id: 'd-nat' as DemarcheId, title: 'Accueil', thematique: 'Ce que Nadia attend', pilote: '', rev: 3, deviceId: 'tab-nat' as DeviceId, seen: { 'tab-nat': 3 } });
    await seedRecords({ demarches: [here] });
    // The site received the démarche with the séance's export and sends its own séance back, anonymised (same revision of the démarche).
    const s = makeSession({ id: 's-site' as SessionId, title: 'Accueil — Brest', demarcheId: here.id });
    const p = makeParticipant(s.id, { pseudonym: 'Nadia' });
    renderApp('#/importer');
    await pickFiles([fileOf('cercle-brest-anonymise.json', { demarches: [here], sessions: [s], participants: [p] }, 'tab-brest', true)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(await getDb().demarches.get(here.id)).toEqual(here);
    expect(await stored(s.id)).toMatchObject({ demarcheId: here.id, anonymised: true });
  });
});
