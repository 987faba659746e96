// A whole démarche in one file: its record, themes and links, every séance attached with all their records; anonymised unless the full version is chosen.
import { describe, expect, it } from 'vitest';
import { buildDemarcheExport, exportDemarche } from '../../src/actions/exportData';
import { loadCopyDates } from '../../src/db/prefs';
import { KINDS, type DemarcheId, type SessionId } from '../../src/domain/types';
import { exportStamp } from '../../src/format/fileName';
import { readExport } from '../../src/format/read';
import { foldName } from '../../src/format/wordReplace';
import { makeDemarche, makeGroup, makeParticipant, makeSession, makeTheme, makeThemeLink, makeVerbatim, T0 } from '../factories';
import { captureDownloads, dumpDb, seedRecords } from './transfer-helpers';

const D = 'demarche-accueil' as DemarcheId;

/** A démarche of two séances (usagers and their agents mirror, one removed since), a séance outside it, themes and links. */
async function seedDemarche() {
  const demarche = makeDemarche({ id: D, title: 'Accueil 2027', pilote: 'Nadia Roux' });
  const usagers = makeSession({ id: 's-usagers' as SessionId, title: 'Usagers de Lyon', demarcheId: D, animateur: 'Claire Morel', consentWording: 'J’accepte' });
  const agents = makeSession({ id: 's-agents' as SessionId, title: 'Agents de Lyon', audience: ['agents'], demarcheId: D, mirrorOf: usagers.id });
  const removed = makeSession({ id: 's-removed' as SessionId, title: 'Retirée', demarcheId: D, deleted: true, rev: 2 });
  const outside = makeSession({ id: 's-outside' as SessionId, title: 'Hors démarche' });
  const people = [makeParticipant(usagers.id, { pseudonym: 'Élise', seat: 0 }), makeParticipant(agents.id, { pseudonym: 'Karim', seat: 0 }), makeParticipant(outside.id, { pseudonym: 'Bernard' })];
  const verbatims = [
    makeVerbatim(usagers.id, { speaker: people[0]!.id, speakerName: 'Élise', text: 'Élise attend depuis une heure.' }),
    makeVerbatim(agents.id, { speaker: people[1]!.id, speakerName: 'Karim', text: 'Karim voit la file grandir.' }),
    makeVerbatim(outside.id, { text: 'Rien à voir.' }),
  ];
  const group = makeGroup(usagers.id, { title: 'Attente' });
  const theme = makeTheme(D, { title: 'Ce qu’Élise attend' });
  const link = makeThemeLink(D, group, theme.id);
  const otherDemarche = makeDemarche({ id: 'demarche-autre' as DemarcheId, title: 'Autre' });
  await seedRecords({ demarches: [demarche, otherDemarche], sessions: [usagers, agents, removed, outside], participants: people, verbatims, groups: [group], themes: [theme, makeTheme(otherDemarche.id)], themeLinks: [link] });
  return { usagers, agents, removed, outside, people, verbatims, theme, link };
}

function read(text: string) {
  const result = readExport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

describe('export of a whole démarche', () => {
  it('is anonymised by default: every séance of it with its records, its themes and links, no name anywhere, nothing stored changed', async () => {
    const { usagers, agents, removed, theme, link } = await seedDemarche();
    const before = await dumpDb();
    const downloads = captureDownloads();
    const { name, delivery, copyNoted } = await exportDemarche({ demarcheId: D });
    expect(name).toBe(`cercle-demarche-accueil-2027-anonymise-${exportStamp(T0)}.json`);
    expect([delivery, copyNoted]).toEqual(['downloaded', false]);
    const text = await downloads[0]!.blob.text();
    const { envelope, warnings } = read(text);
    expect(warnings).toEqual([]);
    expect(envelope.anonymised).toBe(true);
    expect(envelope.data.demarches.map((d) => [d.id, d.title, d.pilote])).toEqual([[D, 'Accueil 2027', '']]);
    expect(envelope.data.sessions.map((s) => s.id).sort()).toEqual([agents.id, removed.id, usagers.id].sort());
    expect(envelope.data.sessions.find((s) => s.id === agents.id)).toMatchObject({ mirrorOf: usagers.id, demarcheId: D, anonymised: true });
    expect(envelope.data.participants.map((p) => p.pseudonym)).toEqual(['P1', 'P1']);
    expect(envelope.data.verbatims.map((v) => v.text).sort()).toEqual(['P1 attend depuis une heure.', 'P1 voit la file grandir.']);
    // A démarche's own text is above every séance: no P-number there (and no words given here for a participant).
    expect(envelope.data.themes.map((t) => [t.id, t.title])).toEqual([[theme.id, 'Ce qu’[…] attend']]);
    expect(envelope.data.themeLinks).toEqual([link]);
    const folded = foldName(text);
    for (const name of ['elise', 'karim', 'bernard', 'claire morel', 'nadia roux', 'j’accepte', 'hors demarche', 'rien a voir']) expect(folded).not.toContain(name);
    expect(await dumpDb()).toEqual(before);
  });

  it('the version with names, on explicit choice: the same records as stored, and a copy of each séance noted', async () => {
    const { usagers, agents, removed, people, verbatims } = await seedDemarche();
    const downloads = captureDownloads();
    const { name, copyNoted } = await exportDemarche({ demarcheId: D, full: true });
    expect(name).toBe(`cercle-demarche-accueil-2027-${exportStamp(T0)}.json`);
    const { envelope } = read(await downloads[0]!.blob.text());
    expect(envelope.anonymised).toBe(false);
    expect(envelope.data.demarches[0]!.pilote).toBe('Nadia Roux');
    expect(envelope.data.participants.map((p) => p.id).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
    expect(envelope.data.verbatims.find((v) => v.id === verbatims[0]!.id)).toEqual(verbatims[0]);
    expect(copyNoted).toBe(true);
    expect(Object.keys(await loadCopyDates()).sort()).toEqual([agents.id, removed.id, usagers.id].sort());
  });

  it('counts every record, and a démarche that is not here makes no file', async () => {
    await seedDemarche();
    const file = await buildDemarcheExport({ demarcheId: D });
    expect(file.records).toBe(KINDS.reduce((n, k) => n + read(file.text).envelope.data[k].length, 0));
    await expect(buildDemarcheExport({ demarcheId: 'inconnue' as DemarcheId })).rejects.toThrow();
  });
});
