// A bar of the five phases sized by planned minutes: the shape of the séance at a glance.
import type { Phase } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatMinutes } from '../../i18n/format';

export function GuideTimeline({ phases }: { phases: readonly Phase[] }) {
  const { t, intl } = useI18n();
  const total = phases.reduce((s, p) => s + p.plannedMinutes, 0);
  if (total <= 0) return null;
  return (
    <ol class="timeline" aria-label={t('guide.timeline')}>
      {phases.map((p) => (
        <li key={p.id} class={`timeline-seg seg-${p.index}`} style={{ flexGrow: Math.max(p.plannedMinutes, 1) }}>
          <span class="timeline-title">
            {p.index}. {p.title}
          </span>
          <span class="timeline-min">{formatMinutes(p.plannedMinutes, intl)}</span>
        </li>
      ))}
    </ol>
  );
}
