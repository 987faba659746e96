// Importer un fichier: pick or drop a file, read it (nothing written), preview, settle conflicts, apply in one go.
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyImport, prepareImport, type ImportPreview, type ImportProblem, type ImportSummary } from '../../actions/importFile';
import { failureOf, type SaveFailure } from '../../actions/status';
import type { ConflictChoice } from '../../format/settle';
import { useI18n } from '../../i18n';
import { navigate } from '../common/routes';
import { FilePicker } from './FilePicker';
import { ImportDoneView } from './ImportDoneView';
import { ImportErrorView } from './ImportErrorView';
import { ImportPreviewView } from './ImportPreviewView';
import { onFileOffered, takeFile } from './incoming';
import './transfer.css';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'error'; name: string; problem: ImportProblem }
  | { step: 'preview'; value: ImportPreview; choices: Map<string, ConflictChoice>; applying: boolean; applyError: SaveFailure | null }
  | { step: 'done'; summary: ImportSummary };

/** Let the "Lecture…" line paint before a large file keeps the main thread busy (no frame comes in a hidden tab: do not wait for one). */
const nextPaint = () =>
  new Promise<void>((ok) => {
    requestAnimationFrame(() => setTimeout(ok, 0));
    setTimeout(ok, 100);
  });

export function ImportScreen() {
  const { t } = useI18n();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const run = useRef(0);

  const start = async (file: File) => {
    const mine = ++run.current;
    setState({ step: 'reading', name: file.name });
    await nextPaint();
    const result = await prepareImport(file).catch((): { ok: false; problem: ImportProblem } => ({ ok: false, problem: { code: 'unreadable' } }));
    if (mine !== run.current) return; // another file came meanwhile
    setState(result.ok ? { step: 'preview', value: result.value, choices: new Map(), applying: false, applyError: null } : { step: 'error', name: file.name, problem: result.problem });
  };

  useEffect(() => {
    const pick = () => {
      const file = takeFile();
      if (file) void start(file);
    };
    pick();
    return onFileOffered(pick);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Each new step is announced by moving focus to its heading.
  useEffect(() => {
    const id = { preview: 'preview-title', error: 'import-error-title', done: 'import-done-title' }[state.step as 'preview'];
    if (id) document.getElementById(id)?.focus();
  }, [state.step]);

  const apply = async () => {
    if (state.step !== 'preview' || state.applying) return;
    const mine = run.current;
    setState({ ...state, applying: true, applyError: null });
    try {
      const summary = await applyImport(state.value, state.choices, t('transfer.keepBoth.marker'));
      if (mine !== run.current) return;
      setState({ step: 'done', summary });
    } catch (error) {
      if (mine !== run.current) return;
      setState({ ...state, applying: false, applyError: failureOf(error) });
    }
  };

  // Nothing a person would see (tombstones, what each tablet has seen): kept all the same, so the tablets stay in step.
  const closeQuietly = async () => {
    if (state.step !== 'preview' || state.applying) return;
    run.current++;
    setState({ ...state, applying: true });
    await applyImport(state.value, state.choices, t('transfer.keepBoth.marker')).catch(() => undefined);
    setState({ step: 'idle' });
    navigate({ name: 'home' });
  };

  const choose = (key: string, choice: ConflictChoice) => {
    if (state.step !== 'preview') return;
    setState({ ...state, choices: new Map(state.choices).set(key, choice) });
  };

  return (
    <main id="main" class="page transfer">
      <h1>{t('transfer.import.open')}</h1>
      {state.step === 'idle' && (
        <div class="transfer-intro">
          <p>{t('transfer.import.intro')}</p>
          <FilePicker label={t('transfer.import.choose')} onFile={(f) => void start(f)} class="btn btn-primary btn-large" describedBy="drop-hint" />
          <p class="hint" id="drop-hint">
            {t('transfer.import.dropHint')}
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" class="transfer-status">
        {state.step === 'reading' && <p aria-busy="true">{t('transfer.import.reading', { name: state.name })}</p>}
      </div>
      {state.step === 'error' && <ImportErrorView fileName={state.name} problem={state.problem} onFile={(f) => void start(f)} />}
      {state.step === 'preview' && (
        <ImportPreviewView
          value={state.value}
          choices={state.choices}
          onChoose={choose}
          onApply={() => void apply()}
          onCancel={() => {
            run.current++;
            setState({ step: 'idle' });
            navigate({ name: 'home' });
          }}
          onClose={() => void closeQuietly()}
          applying={state.applying}
          applyError={state.applyError}
        />
      )}
      {state.step === 'done' && <ImportDoneView summary={state.summary} onFile={(f) => void start(f)} />}
    </main>
  );
}
