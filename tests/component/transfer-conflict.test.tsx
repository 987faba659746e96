// Conflicts: a text changed on both tablets shows both versions; each choice stores exactly what it says, and is never asked again.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { updateSession } from '../../src/actions/sessionFields';
import { editVerbatim } from '../../src/actions/verbatims';
import { getDb } from '../../src/db/connection';
import { lamportClock } from '../../src/db/write';
import { reviseRecord } from '../../src/domain/records';
import type { DeviceId, Session, SessionId, Verbatim } from '../../src/domain/types';
import { formatTime } from '../../src/i18n/format';
import { setClock } from '../../src/platform/clock';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { TEST_DEVICE, T0 } from '../factories';
import { renderApp } from './render';
import { dumpDb, fixtureRecords, pickFile, seedRecords } from './transfer-helpers';

const SECRETAIRE = 'device-secretaire' as DeviceId;
const LOCAL_OBJECTIVE = 'Comprendre l’attente au guichet, vue par l’animateur.';
const FILE_OBJECTIVE = 'Comprendre l’attente au guichet, vue par la secrétaire.';
const LOCAL_QUOTE = 'On attend une heure, parfois plus, sans savoir pourquoi.';
const FILE_QUOTE = 'On attend une heure sans savoir pourquoi, et personne ne prévient.';

/** This tablet and the secrétaire's both changed the objective and the same verbatim since the fixture. */
async function setUp(pick: (v: Verbatim) => boolean = (v) => Boolean(v.speakerName)) {
  const data = fixtureRecords();
  await seedRecords(data);
  const session = data.sessions[0]!;
  const sid = session.id as SessionId;
  const quote = data.verbatims.find((v) => !v.deleted && pick(v))!;
  await updateSession(sid, { objective: LOCAL_OBJECTIVE });
  // No verbatim screen yet: this tablet's edit of the quote is written as an edit would be.
  await seedRecords({ verbatims: [reviseRecord(quote, { text: LOCAL_QUOTE }, { now: T0, deviceId: TEST_DEVICE, clock: 71 })] });
  const local = (await getDb().sessions.get(sid))!;
  // The secrétaire's revisions: made after seeing the fixture's, not this tablet's; a little later, so they win the rule.
  const later = (r: { updatedAt: number }) => Math.max(local.updatedAt, r.updatedAt) + 60_000;
  const theirs = (r: Session | Verbatim, rev: number) => ({ ...r, rev, deviceId: SECRETAIRE, updatedAt: later(r), seen: { ...r.seen, [SECRETAIRE]: rev } });
  const file = buildEnvelope(
    { sessions: [{ ...theirs(session, 71), objective: FILE_OBJECTIVE } as Session], verbatims: [{ ...theirs(quote, 72), text: FILE_QUOTE } as Verbatim] },
    { appVersion: '0.1.0', exportedAt: T0, deviceId: SECRETAIRE },
  );
  return { sid, quote, file: new File([serialise(file)], 'cercle-secretaire.json') };
}

const item = (name: RegExp) => screen.getByRole('listitem', { name });

describe('conflicts in the preview', () => {
  it.each([
    { choice: 'Garder la version du fichier', objective: FILE_OBJECTIVE, quotes: [FILE_QUOTE] },
    { choice: 'Garder celle de cette tablette', objective: LOCAL_OBJECTIVE, quotes: [LOCAL_QUOTE] },
    // The file's revisions win the merge rule, so theirs come first; the quote is kept twice as two verbatims.
    { choice: 'Garder les deux', objective: `${FILE_OBJECTIVE}\n\n— Autre version —\n${LOCAL_OBJECTIVE}`, quotes: [FILE_QUOTE, LOCAL_QUOTE] },
  ])('"$choice" shows both texts and stores what it says', async ({ choice, objective, quotes }) => {
    const { sid, quote, file } = await setUp();
    renderApp('#/importer');
    await pickFile(file);
    await screen.findByRole('heading', { name: 'Modifié des deux côtés (2)' });

    const objectiveItem = item(/^Séance — Objectif/);
    expect(within(objectiveItem).getByText(FILE_OBJECTIVE)).toBeTruthy();
    expect(within(objectiveItem).getByText(LOCAL_OBJECTIVE)).toBeTruthy();
    const quoteItem = item(new RegExp(`^Verbatim — Texte \\(${quote.speakerName}, ${formatTime(quote.capturedAt, 'fr-FR')}\\)`));
    expect(within(quoteItem).getByText(FILE_QUOTE)).toBeTruthy();
    expect(within(quoteItem).getByText(LOCAL_QUOTE)).toBeTruthy();
    // Unanswered, a conflict keeps both.
    expect(within(objectiveItem).getByRole<HTMLInputElement>('radio', { name: 'Garder les deux' }).checked).toBe(true);

    for (const it of [objectiveItem, quoteItem]) fireEvent.click(within(it).getByRole('radio', { name: choice }));
    expect(within(quoteItem).getByRole<HTMLInputElement>('radio', { name: choice }).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });

    const stored = (await getDb().sessions.get(sid))!;
    expect(stored.objective).toBe(objective);
    const sameQuote = (await getDb().verbatims.where('sessionId').equals(sid).toArray()).filter((v) => v.capturedAt === quote.capturedAt && v.speaker === quote.speaker && !v.deleted);
    expect(sameQuote.map((v) => v.text).sort()).toEqual([...quotes].sort());
    expect((await getDb().verbatims.get(quote.id))!.text).toBe(quotes[0]);
    expect(await lamportClock()).toBeGreaterThanOrEqual(72);

    // The same file again: its revisions are absorbed, so nothing is asked and nothing changes.
    const after = await dumpDb();
    await pickFile(file);
    await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    expect(screen.queryByRole('heading', { name: /Modifié des deux côtés/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    expect(await dumpDb()).toEqual(after);
  });

  it.each([
    { speaker: 'groupe', label: 'Groupe' },
    { speaker: 'inconnu', label: 'Intervenant non identifié' },
  ])('a verbatim of « $label » in conflict says who and when', async ({ speaker, label }) => {
    const { quote, file } = await setUp((v) => v.speaker === speaker);
    renderApp('#/importer');
    await pickFile(file);
    await screen.findByRole('heading', { name: 'Modifié des deux côtés (2)' });
    expect(screen.getByRole('heading', { level: 3, name: `Verbatim — Texte (${label}, ${formatTime(quote.capturedAt, 'fr-FR')})` })).toBeTruthy();
  });

  it('says in the summary how many conflicts were settled and texts kept twice', async () => {
    const { file } = await setUp();
    renderApp('#/importer');
    await pickFile(file);
    await screen.findByRole('heading', { name: 'Modifié des deux côtés (2)' });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(screen.getByText('1 conflit réglé selon votre choix.')).toBeTruthy();
    expect(screen.getByText('1 texte gardé en double, dans son propre verbatim ou sur son propre post-it.')).toBeTruthy();
  });
});

describe('a change on this tablet between the preview and « Importer »', () => {
  it('is merged again when applying: the newer edit stays in place, the file’s correction is kept beside it', async () => {
    const data = fixtureRecords();
    await seedRecords(data);
    const quote = data.verbatims.find((v) => !v.deleted && v.speakerName)!;
    // The secrétaire corrected the quote after seeing this tablet's version: at preview time the file's revision simply wins.
    const corrected: Verbatim = { ...quote, text: FILE_QUOTE, rev: 71, deviceId: SECRETAIRE, updatedAt: T0 + 60_000, seen: { ...quote.seen, [SECRETAIRE]: 71 } };
    const file = buildEnvelope({ verbatims: [corrected] }, { appVersion: '0.1.0', exportedAt: T0 + 60_000, deviceId: SECRETAIRE });
    renderApp('#/importer');
    await pickFile(new File([serialise(file)], 'cercle-secretaire.json'));
    await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    expect(screen.queryByRole('heading', { name: /Modifié des deux côtés/ })).toBeNull();

    // The preview is still open when the animateur edits the same quote on this tablet.
    setClock(() => T0 + 120_000);
    await editVerbatim(quote.id, { text: LOCAL_QUOTE });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });

    // The two revisions are concurrent and this tablet's is later: it stays, and the unanswered conflict keeps both.
    expect((await getDb().verbatims.get(quote.id))!.text).toBe(LOCAL_QUOTE);
    const sameQuote = (await getDb().verbatims.where('sessionId').equals(quote.sessionId).toArray()).filter((v) => v.capturedAt === quote.capturedAt && !v.deleted);
    expect(sameQuote.map((v) => v.text).sort()).toEqual([FILE_QUOTE, LOCAL_QUOTE].sort());
    expect(screen.getByText('1 texte gardé en double, dans son propre verbatim ou sur son propre post-it.')).toBeTruthy();
  });
});
