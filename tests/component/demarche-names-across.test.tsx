// A name heard in one séance of a démarche and typed in another's notes leaves every anonymised file: the démarche's, its reports, its .qdpx, one séance's.
import { fireEvent, screen } from '@testing-library/preact';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildConsolidatedFile, type ConsolidatedFormat } from '../../src/actions/consolidatedExport';
import { buildDemarcheExport } from '../../src/actions/exportData';
import { buildQdpxFile } from '../../src/actions/qdpxExport';
import { buildReportFile } from '../../src/actions/reportExport';
import type { DemarcheId, SessionId } from '../../src/domain/types';
import { loadTexts } from '../../src/i18n';
import { foldName } from '../../src/format/wordReplace';
import { routeHref } from '../../src/ui/common/routes';
import { makeDemarche, makeParticipant, makeSession, makeSynthesis, makeVerbatim } from '../factories';
import { renderApp, t } from './render';
import { captureDownloads, seedRecords } from './transfer-helpers';

const D = 'demarche-accueil' as DemarcheId;
const USAGERS = 's-usagers' as SessionId;
const AGENTS = 's-agents' as SessionId;

/**
 * Usagers and their agents mirror. The agents' notes name Mme Lefèvre and Marie-Claire (usagers), the usagers'
 * animatrice and the pilote; the agents' own « Marie » is the start of « Marie-Claire ».
 */
async function seed() {
  const demarche = makeDemarche({ id: D, title: 'Accueil 2027', pilote: 'Sophie Lambert' });
  const usagers = makeSession({ id: USAGERS, title: 'Usagers de Lyon', demarcheId: D, animateur: 'Claire Morel', secretaire: 'Hugo Ba' });
  const agents = makeSession({ id: AGENTS, title: 'Agents de Lyon', audience: ['agents'], demarcheId: D, mirrorOf: USAGERS, animateur: 'Paul Nguyen' });
  const lefevre = makeParticipant(USAGERS, { pseudonym: 'Mme Lefèvre', seat: 0 });
  const mc = makeParticipant(USAGERS, { pseudonym: 'Marie-Claire', seat: 1 });
  const marie = makeParticipant(AGENTS, { pseudonym: 'Marie', seat: 0 });
  const verbatims = [
    makeVerbatim(USAGERS, { speaker: lefevre.id, speakerName: 'Mme Lefèvre', text: 'J’attends depuis une heure.', tags: ['irritant'], key: true }),
    makeVerbatim(AGENTS, { speaker: marie.id, speakerName: 'Marie', text: 'MME LEFEVRE l’a dit aussi, Marie-Claire aussi ; Claire Morel et Sophie Lambert le savent.', tags: ['irritant'], key: true }),
  ];
  // The agents' secrétaire wrote it in the synthesis too: its first line is in the consolidated report's « En bref ».
  const syntheses = [makeSynthesis(AGENTS, 'learnings', { text: verbatims[1]!.text })];
  await seedRecords({ demarches: [demarche], sessions: [usagers, agents], participants: [lefevre, mc, marie], verbatims, syntheses });
}

/** The names of séance A (and the pilote) that must not be read in a file of séance B, whatever the case and accents. */
const OTHERS = ['Lefèvre', 'Claire', 'Morel', 'Sophie', 'Lambert', 'Hugo'];
const leaks = (text: string) => OTHERS.filter((n) => new RegExp(`(?<![\\p{L}\\p{N}])${foldName(n)}(?![\\p{L}\\p{N}])`, 'u').test(foldName(text)));
const zipText = (bytes: Uint8Array) => Object.values(unzipSync(bytes)).map((b) => new TextDecoder().decode(b)).join('\n');

beforeAll(async () => {
  await loadTexts('shared');
  await loadTexts('report');
  await loadTexts('consolidation');
});

describe('names across the séances of a démarche, in anonymised files', () => {
  it('the démarche’s file: the agents’ verbatim says « un participant », the role, « Pilote », their own Marie stays P1', async () => {
    await seed();
    const roleLabels = { animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur'), pilote: t('field.pilote'), participant: t('field.participantElsewhere') };
    const file = await buildDemarcheExport({ demarcheId: D, roleLabels });
    expect(leaks(file.text)).toEqual([]);
    const said = (JSON.parse(file.text) as { data: { verbatims: { sessionId: string; text: string }[] } }).data.verbatims.find((v) => v.sessionId === AGENTS)!.text;
    expect(said).toBe('un participant l’a dit aussi, un participant aussi ; Animateur et Pilote le savent.');
  });

  it.each<ConsolidatedFormat>(['md', 'html', 'docx', 'qdpx'])('the consolidated %s names nobody of the other séance', async (format) => {
    await seed();
    const file = (await buildConsolidatedFile(D, format, t, 'fr-FR'))!;
    const text = typeof file.body === 'string' ? file.body : format === 'docx' || format === 'qdpx' ? zipText(new Uint8Array(await file.body.arrayBuffer())) : await file.body.text();
    expect(leaks(text)).toEqual([]);
    // The agents' words are there, their names replaced (the .qdpx keeps each séance's own P-numbers).
    expect(text).toMatch(format === 'qdpx' ? /un participant l’a dit aussi, un participant aussi/ : /Un participant l’a dit aussi, un participant aussi/);
  });

  it('one séance’s .qdpx replaces the names of its sibling séances too', async () => {
    await seed();
    const file = (await buildQdpxFile(AGENTS, t))!;
    const text = zipText(new Uint8Array(await file.body.arrayBuffer()));
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('un participant l’a dit aussi, un participant aussi ; Animateur et Pilote le savent.');
  });

  it('one séance’s anonymised export from its Fichiers screen replaces its sibling séances’ names too', async () => {
    await seed();
    const downloads = captureDownloads();
    renderApp(routeHref({ name: 'files', id: AGENTS }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter anonymisé' }, { timeout: 5000 }));
    await screen.findByText(/enregistré dans les téléchargements/, {}, { timeout: 5000 });
    const text = await downloads[0]!.blob.text();
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('un participant l’a dit aussi, un participant aussi ; Animateur et Pilote le savent.');
    // Only the séance goes in its file: none of its sibling's records.
    expect((JSON.parse(text) as { data: { sessions: { id: string }[] } }).data.sessions.map((s) => s.id)).toEqual([AGENTS]);
  });

  it.each<[string, 'equipe' | 'participants']>([
    ['the anonymised rapport de synthèse', 'equipe'],
    ['the restitution', 'participants'],
  ])('%s of one séance, on screen and as a file, names nobody of its sibling séance', async (_name, audience) => {
    await seed();
    renderApp(routeHref({ name: 'report', id: AGENTS, audience, anonymised: true, print: true }));
    // Its key quote is on the page, its names replaced; no name of the usagers' séance, nor the pilote's.
    await screen.findAllByText(/[Uu]n participant l’a dit aussi/, {}, { timeout: 5000 });
    expect(leaks(document.body.textContent ?? '')).toEqual([]);
    const file = (await buildReportFile(AGENTS, 'md', { audience, anonymised: true }, t, 'fr-FR'))!;
    expect(leaks(file.body as string)).toEqual([]);
    expect(file.body as string).toMatch(/[Uu]n participant l’a dit aussi, un participant aussi/);
  });

  it('the team’s report with names keeps every name: it is theirs', async () => {
    await seed();
    const file = (await buildReportFile(AGENTS, 'md', { audience: 'equipe', anonymised: false }, t, 'fr-FR'))!;
    expect(file.body as string).toContain('MME LEFEVRE l’a dit aussi, Marie-Claire aussi ; Claire Morel et Sophie Lambert le savent.');
  });
});
