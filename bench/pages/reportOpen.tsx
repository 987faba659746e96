// Bench: the rapport de synthèse of a séance imported from a 3.5 MB file, opened through the real screen, to the painted frame.
import { render } from 'preact';
import { applyImport, prepareImport } from '../../src/actions/importFile';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import type { DeviceId, SessionId } from '../../src/domain/types';
import { I18nContext, loadTexts, makeI18n } from '../../src/i18n';
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
  return {
    'first opening (cold)': { ...summarise(samples.slice(0, 1)), elements },
    'openings after the first': { ...summarise(samples.slice(1)), elements },
  };
}
