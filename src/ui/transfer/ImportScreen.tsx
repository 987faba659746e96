// Importer un fichier: pick or drop one file or several, read them (nothing written), preview, settle conflicts, apply in one go.
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyImports, prepareImports, type BatchPreview, type ImportProblem, type ImportSummary } from '../../actions/importFile';
import { failureOf, type SaveFailure } from '../../actions/status';
import type { ConflictChoice } from '../../format/settle';
import { useI18n } from '../../i18n';
import { navigate } from '../common/routes';
import { FilePicker } from './FilePicker';
import { ImportDoneView } from './ImportDoneView';
import { ImportErrorView } from './ImportErrorView';
import { ImportPreviewView } from './ImportPreviewView';
import { onFileOffered, takeFiles } from './incoming';
import './transfer.css';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; names: string[] }
  | { step: 'error'; name: string; problem: ImportProblem }
  | { step: 'preview'; value: BatchPreview; choices: Map<string, ConflictChoice>; attach: Set<number>; applying: boolean; applyError: SaveFailure | null }
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

  const start = async (files: File[]) => {
    const mine = ++run.current;
    setState({ step: 'reading', names: files.map((f) => f.name) });
    await nextPaint();
    const batch = await prepareImports(files).catch(
      (): BatchPreview => ({ files: [], refused: files.map((f) => ({ fileName: f.name, problem: { code: 'unreadable' } })), twins: [], target: null, demarcheTitles: new Map() }),
    );
    if (mine !== run.current) return; // other files came meanwhile
    const [only] = batch.refused;
    // One file refused alone says why in full; in a batch, each refusal is one line of the preview.
    if (batch.files.length === 0 && batch.refused.length === 1 && only) setState({ step: 'error', name: only.fileName, problem: only.problem });
    else setState({ step: 'preview', value: batch, choices: new Map(), attach: new Set(), applying: false, applyError: null });
  };

  useEffect(() => {
    const pick = () => {
      const files = takeFiles();
      if (files.length > 0) void start(files);
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
      const summary = await applyImports(state.value, state.choices, t('transfer.keepBoth.marker'), state.attach);
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
    await applyImports(state.value, state.choices, t('transfer.keepBoth.marker'), state.attach).catch(() => undefined);
    setState({ step: 'idle' });
    navigate({ name: 'home' });
  };

  const choose = (key: string, choice: ConflictChoice) => {
    if (state.step !== 'preview') return;
    setState({ ...state, choices: new Map(state.choices).set(key, choice) });
  };

  const attachFile = (file: number, attached: boolean) => {
    if (state.step !== 'preview') return;
    const attach = new Set(state.attach);
    if (attached) attach.add(file);
    else attach.delete(file);
    setState({ ...state, attach });
  };

  return (
    <main id="main" class="page transfer">
      <h1>{t('transfer.import.open')}</h1>
      {state.step === 'idle' && (
        <div class="transfer-intro">
          <p>{t('transfer.import.intro')}</p>
          <FilePicker label={t('transfer.import.choose')} onFiles={(f) => void start(f)} class="btn btn-primary btn-large" describedBy="drop-hint" />
          <p class="hint" id="drop-hint">
            {t('transfer.import.dropHint')}
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" class="transfer-status">
        {state.step === 'reading' && (
          <p aria-busy="true">
            {state.names.length === 1 ? t('transfer.import.reading', { name: state.names[0] ?? '' }) : t('transfer.import.readingMany', { n: state.names.length })}
          </p>
        )}
      </div>
      {state.step === 'error' && <ImportErrorView fileName={state.name} problem={state.problem} onFiles={(f) => void start(f)} />}
      {state.step === 'preview' && (
        <ImportPreviewView
          value={state.value}
          choices={state.choices}
          onChoose={choose}
          attach={state.attach}
          onAttach={attachFile}
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
      {state.step === 'done' && <ImportDoneView summary={state.summary} onFiles={(f) => void start(f)} />}
    </main>
  );
}
