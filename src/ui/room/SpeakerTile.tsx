// One person in the circle: tap to give (or take back) the floor; time, turns and share at a glance.
import type { SpeakerStats } from '../../domain/talk';
import { countKey, useI18n } from '../../i18n';
import { formatClock, formatPercent } from '../../i18n/format';

interface Props {
  name: string;
  seat: number | null;
  speaking: boolean;
  solicit: boolean;
  phase: SpeakerStats | undefined;
  session: SpeakerStats | undefined;
  currentTurnMs: number;
  isAnimateur?: boolean;
  disabled: boolean;
  /** Only the name and this phase's time: the tile stays a finger wide and one glance tall. */
  compact?: boolean;
  onTap: () => void;
}

export function SpeakerTile({ name, seat, speaking, solicit, phase, session, currentTurnMs, isAnimateur, disabled, compact = false, onTap }: Props) {
  const { t, intl } = useI18n();
  const ms = phase?.ms ?? 0;
  const turns = phase?.turns ?? 0;
  return (
    <li class="tile-cell">
      <button
        type="button"
        class={`speaker-tile ${speaking ? 'is-speaking' : ''} ${solicit ? 'is-solicit' : ''} ${isAnimateur ? 'is-animateur' : ''} ${compact ? 'is-compact' : ''}`}
        aria-pressed={speaking}
        disabled={disabled}
        onClick={onTap}
      >
        <span class="tile-head">
          {seat !== null && (
            <span class="tile-seat" aria-hidden="true">
              {seat}
            </span>
          )}
          <span class="tile-name">
            <span class="visually-hidden">{speaking ? t('talk.take', { name: '' }) : t('talk.give', { name: '' })}</span>
            {name}
          </span>
        </span>
        <span class="tile-stats">
          {speaking ? (
            <strong class="tile-live">
              {t('talk.speaking')} · {formatClock(currentTurnMs)}
            </strong>
          ) : (
            <>
              {formatClock(ms)} · {formatPercent(phase?.share ?? 0, intl)}
              {!compact && <span class="tile-turns">{t(countKey('talk.turns', turns), { n: turns })}</span>}
            </>
          )}
        </span>
        {!compact && <span class="tile-share">{t('talk.session', { time: formatClock(session?.ms ?? 0) })}</span>}
        {solicit && (
          <span class="tile-flag">
            <span aria-hidden="true">◆ </span>
            {t('talk.solicit')}
          </span>
        )}
        <span class="share-bar" aria-hidden="true">
          <span style={{ width: `${Math.round((phase?.share ?? 0) * 100)}%` }} />
        </span>
      </button>
    </li>
  );
}
