// Bench: the rapport de synthèse of a séance imported from a 3.5 MB file, opened through the real screen, to the painted frame.
import { render } from 'preact';
import { applyImport, prepareImport } from '../../src/actions/importFile';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import type { DeviceId, SessionId } from '../../src/domain/types';
import { reportInputOf } from '../../src/db/queries';
import { I18nContext, loadTexts, makeI18n, translator } from '../../src/i18n';
import { documentFor, modelFor } from '../../src/report/audience';
import { ReportScreen } from '../../src/ui/report/ReportScreen';
import '../../src/ui/styles.css';
import { nextPaint, when } from './paint';
import { summarise, type Summary } from './stats';
import { bigSeance } from './transferData';

export async function reportOpen(): Promise<Record<string, Summary & { elements: number }>> {
  const failure = await openDatabase(`cercle-bench-report-${Date.now()}`);
  if (failure) throw new Error(`IndexedDB: ${failure}`);
  setDeviceId('tablette-animateur' as DeviceId);
  const { data, text } = bigSeance(3.5 * 1024 * 1024);
  const prepared = await prepareImport(new File([text], 'cercle-bench.json', { type: 'application/json' }));
  if (!prepared.ok) throw new Error(`import refused: ${JSON.stringify(prepared.problem)}`);
  await applyImport(prepared.value, new Map(), '— Autre version —');
  const id = data.sessions[0]!.id as SessionId;
  // As the app does: the report's texts are a chunk loaded with the screen.
  await loadTexts('report');
  const root = document.createElement('div');
  root.style.width = '1024px';
  document.body.append(root);
  const i18n = makeI18n('fr');
  const samples: number[] = [];
  let elements = 0;
  for (let run = 0; run < 6; run++) {
    const start = performance.now();
    render(
      <I18nContext.Provider value={i18n}>
        <ReportScreen id={id} view={{ audience: 'equipe', anonymised: false }} />
      </I18nContext.Provider>,
      root,
    );
    // Shown: the plan d'actions (the last section) is in the page.
    await when(root, () => root.querySelectorAll('.report-section').length >= 8);
    await nextPaint();
    samples.push(performance.now() - start);
    elements = root.querySelectorAll('*').length;
    render(null, root);
    await new Promise((r) => setTimeout(r, 200));
  }
  // Where the time goes: reading the séance, then building the model and the document (as useReport does).
  const read: number[] = [];
  const build: number[] = [];
  const t = translator('fr');
  for (let i = 0; i < 5; i++) {
    const r0 = performance.now();
    const input = (await reportInputOf(id, { syntheses: false }))!;
    const r1 = performance.now();
    documentFor(modelFor(input, { audience: 'equipe', anonymised: false }, Date.now(), t), { audience: 'equipe', anonymised: false }, t, 'fr-FR');
    build.push(performance.now() - r1);
    read.push(r1 - r0);
  }
  return {
    'reading the séance (IndexedDB), part of an opening': { ...summarise(read), elements: 0 },
    'building model and document, part of an opening': { ...summarise(build), elements: 0 },
    'first opening (cold)': { ...summarise(samples.slice(0, 1)), elements },
    'openings after the first': { ...summarise(samples.slice(1)), elements },
  };
}
