// The report a screen shows: live records, the model and the document for one audience, rebuilt only when the séance changes.
import { useMemo } from 'preact/hooks';
import type { Live } from '../../db/live';
import { useReportInput, useSiblings } from '../../db/reportReads';
import { REPORT_SECTIONS } from '../../domain/synthesis';
import { useI18n } from '../../i18n';
import { now } from '../../platform/clock';
import { documentFor, isAnonymised, modelFor, type ReportView } from '../../report/audience';
import type { Neighbours } from '../../format/anonymise';
import type { ReportInput } from '../../domain/recordSet';
import type { ReportDocument } from '../../report/document';
import type { ReportModel } from '../../report/model';

/** Stands for a text on the editing screen, where the field itself shows what is stored. */
const WRITABLE = '…';

export interface ReportData {
  input: ReportInput;
  model: ReportModel;
  /** The model the document was outlined from (on the editing screen, every section marked as written). */
  outlined: ReportModel;
  doc: ReportDocument;
  /** The people of its sibling séances in its démarche, read when the view is anonymised (their names go too). */
  neighbours?: Neighbours;
}

/**
 * `withSyntheses: false` for the editing screen: its text fields show the stored texts themselves, so
 * a keystroke in a synthesis does not re-read the séance and rebuild the report.
 */
export function useReport(id: ReportInput['session']['id'], view: ReportView, withSyntheses: boolean): Live<ReportData | undefined> {
  const { t, intl } = useI18n();
  const input = useReportInput(id, withSyntheses);
  const anonymised = isAnonymised(view);
  const siblings = useSiblings(id, anonymised);
  const neighbours = anonymised && siblings.status === 'ready' ? siblings.value : undefined;
  const value = input.status === 'ready' ? input.value : undefined;
  const built = useMemo(() => {
    if (!value || (anonymised && !neighbours)) return undefined;
    const model = modelFor(value, view, now(), t, neighbours);
    // The editing screen shows its own text fields, not the document's texts; marking every section as
    // written keeps in view the sections a document leaves out while empty (the restitution's next steps).
    const forDoc = withSyntheses ? model : { ...model, syntheses: Object.fromEntries(REPORT_SECTIONS.map((k) => [k, WRITABLE])) as ReportModel['syntheses'] };
    return { input: value, model, outlined: forDoc, doc: documentFor(forDoc, view, t, intl), neighbours };
  }, [value, neighbours, anonymised, view.audience, view.anonymised, withSyntheses, t, intl]);
  if (input.status !== 'ready') return input;
  // Anonymised, never drawn before the sibling séances' names are known: a name of theirs would show, then go.
  if (anonymised && siblings.status !== 'ready') return siblings.status === 'error' ? siblings : { status: 'loading' };
  return { status: 'ready', value: built };
}
