// The export panels' one shared behaviour: one file at a time, the pressed button says it is busy, the outcome said in French.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTexts } from '../../src/i18n/core';
import type { Delivery } from '../../src/platform/files';
import { ExportButton, ExportStatus, useExportRun } from '../../src/ui/common/ExportRun';

type Format = 'docx' | 'csv';
type Result = { name: string; delivery: Delivery } | null;

function Panel({ exportAs }: { exportAs: (f: Format) => Promise<Result> }) {
  const { busy, outcome, start } = useExportRun(exportAs);
  return (
    <div>
      <ExportButton format="docx" label="reportScreen.export.docx" busy={busy} statusId="s" onStart={start} />
      <ExportButton format="csv" label="plan.export.csv" busy={busy} statusId="s" onStart={start} />
      <ExportStatus id="s" outcome={outcome} />
    </div>
  );
}

/** A promise the test settles when it chooses. */
function pending() {
  let settle!: (r: Result) => void;
  let fail!: (e: unknown) => void;
  const promise = new Promise<Result>((ok, ko) => ((settle = ok), (fail = ko)));
  return { promise, settle, fail };
}

describe('useExportRun + ExportButton', () => {
  // The panels' words live in the groups their screens load.
  beforeAll(() => Promise.all([loadTexts('report'), loadTexts('plan'), loadTexts('shared')]));

  it('says the Word file is being made, ignores a second press meanwhile, then names the file saved', async () => {
    const run = pending();
    const exportAs = vi.fn(() => run.promise);
    render(<Panel exportAs={exportAs} />);
    const word = screen.getByRole('button', { name: 'Word (.docx)' });
    fireEvent.click(word);
    await screen.findByRole('button', { name: 'Préparation du document Word…' });
    expect(word.getAttribute('aria-busy')).toBe('true');
    // Still enabled (the focus stays on it), but a press on either button does nothing while one runs.
    fireEvent.click(word);
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect(exportAs).toHaveBeenCalledTimes(1);
    expect(exportAs).toHaveBeenCalledWith('docx');
    run.settle({ name: 'rapport.docx', delivery: 'downloaded' });
    await screen.findByText('Fichier « rapport.docx » enregistré dans les téléchargements.');
    expect(screen.getByRole('button', { name: 'Word (.docx)' }).getAttribute('aria-busy')).toBe('false');
  });

  it('a failure, or nothing left to export, says so in French and frees the buttons', async () => {
    const first = pending();
    const exportAs = vi.fn<(f: Format) => Promise<Result>>(() => first.promise);
    render(<Panel exportAs={exportAs} />);
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await screen.findByRole('button', { name: 'Préparation du fichier…' });
    first.fail(new Error('quota'));
    const failed = await screen.findByText(/^Le fichier n’a pas pu être créé\./);
    expect(failed.getAttribute('role')).toBe('status');
    expect(failed.className).toBe('error-text');

    exportAs.mockImplementation(() => Promise.resolve(null));
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(exportAs).toHaveBeenCalledTimes(2));
    await screen.findByText(/^Le fichier n’a pas pu être créé\./);
  });
});
