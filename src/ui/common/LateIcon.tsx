// The warning sign beside « en retard » (Accueil's button, the plan's rows): the flag never rests on colour alone.
/** Drawn inline: no emoji font needed, and it takes the text's colour. */
export const LateIcon = ({ size = 18 }: { size?: number }) => (
  <svg aria-hidden="true" viewBox="0 0 20 20" width={size} height={size} class="late-icon">
    <path d="M10 1.5 19 18H1z" fill="currentColor" />
    <path d="M9 7h2v5H9zm0 6.5h2v2H9z" fill="#fff" />
  </svg>
);
