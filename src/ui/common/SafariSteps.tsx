// The three Safari gestures that put Cercle on the Home Screen, each with a small drawing of what to tap (no image file).
import { useI18n } from '../../i18n';

const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** Safari's Share glyph, its « Sur l'écran d'accueil » glyph, and Cercle's icon as it appears on the Home Screen. */
const ICONS = [
  <svg key="share" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
    <path d="M11 13H8v15h16V13h-3" {...stroke} />
    <path d="M16 4v15M11 9l5-5 5 5" {...stroke} />
  </svg>,
  <svg key="add" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
    <rect x="5" y="5" width="22" height="22" rx="5" {...stroke} />
    <path d="M16 10v12M10 16h12" {...stroke} />
  </svg>,
  <svg key="app" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
    <rect x="3" y="3" width="26" height="26" rx="6" fill="#000091" />
    <circle cx="16" cy="16" r="7" fill="none" stroke="#fff" stroke-width="2.5" />
    <circle cx="16" cy="9" r="2.5" fill="#e1000f" />
  </svg>,
];

export function SafariSteps() {
  const { t } = useI18n();
  const steps = [t('install.step.share'), t('install.step.add'), t('install.step.open')];
  return (
    <ol class="safari-steps" aria-label={t('install.steps')}>
      {steps.map((text, i) => (
        <li key={i}>
          <span class="safari-step-icon">{ICONS[i]}</span>
          <span>{text}</span>
        </li>
      ))}
    </ol>
  );
}
