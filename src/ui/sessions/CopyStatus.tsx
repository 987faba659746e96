// A séance card's copies kept off the tablet: when the last one was saved here, and « Enregistrer une copie » once one is due.
import { copyDates, onCopyDates } from '../../actions/copies';
import { useLive } from '../../db/live';
import { changedSince } from '../../db/queries';
import { copyDue, COPY_DUE_DAYS, daysSince } from '../../domain/durability';
import type { Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatMoment } from '../../i18n/format';
import { now } from '../../platform/clock';
import { ExportButton } from '../transfer/ExportButton';
import { useStore } from '../common/useStore';
import type { DeviceRole } from '../../domain/device';

/** « Copie enregistrée le 1er décembre à 14 h 05 » or « Aucune copie hors de la tablette ». */
export function CopyLine({ at, class: cls }: { at: number | null | undefined; class?: string }) {
  const { t, intl } = useI18n();
  const text = at == null ? t('copy.none') : t('copy.saved', formatMoment(at, intl, now()));
  // Polite: after « Enregistrer une copie » the new date is the news, the button having gone.
  return (
    <p class={cls ?? 'session-meta copy-line'} aria-live="polite">
      {text}
    </p>
  );
}

export function CopyStatus({ session, role, title }: { session: Session; role: DeviceRole; title: string }) {
  const { t } = useI18n();
  const copies = useStore(copyDates, onCopyDates);
  const at = copies ? (copies[session.id] ?? null) : undefined;
  const t0 = now();
  // Only a copy old enough to matter is compared with the séance's records: a recent one needs no reading.
  const old = at != null && daysSince(at, t0) >= COPY_DUE_DAYS;
  const changed = useLive(() => (old ? changedSince(session.id, at) : Promise.resolve(at === null)), [session.id, at, old]);
  if (at === undefined) return null;
  const due =
    changed.status === 'ready' && copyDue({ status: session.status, createdAt: session.createdAt, lastCopyAt: at, changedSinceCopy: changed.value, now: t0 });
  const hintId = `copy-due-${session.id}`;
  return (
    <>
      <CopyLine at={at} />
      {due && (
        <div class="copy-due">
          <p class="warning-text" id={hintId}>
            {t('copy.due')}
          </p>
          <ExportButton request={{ sessionId: session.id, role }} label={t('copy.save')} ariaLabel={t('copy.save.label', { title })} describedBy={hintId} small />
        </div>
      )}
    </>
  );
}
