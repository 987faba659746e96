// The four kinds of post-it, each told by an icon and a word as well as a colour (never by colour alone).
import type { CardKind } from '../../domain/types';
import type { MessageKey } from '../../i18n';

export const KIND_LABEL: Readonly<Record<CardKind, MessageKey>> = {
  irritant: 'board.kind.irritant',
  attente: 'board.kind.attente',
  idee: 'board.kind.idee',
  positif: 'board.kind.positif',
};

const PATHS: Readonly<Record<CardKind, string>> = {
  // A warning triangle with "!".
  irritant: 'M12 3 2 21h20L12 3Zm-1 6h2v6h-2V9Zm0 8h2v2h-2v-2Z',
  // A target: what the person expects.
  attente: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 3a7 7 0 1 1 0 14 7 7 0 0 1 0-14Zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm0 2.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z',
  // A light bulb.
  idee: 'M12 2a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2Zm-3 17h6v1.5a1.5 1.5 0 0 1-1.5 1.5h-3A1.5 1.5 0 0 1 9 20.5V19Z',
  // A thumb up.
  positif: 'M2 10h4v11H2V10Zm6 11h9.2a2 2 0 0 0 2-1.6l1.7-8A2 2 0 0 0 19 9h-5.3l.8-3.9A2 2 0 0 0 13.3 3L8 9.3V21Z',
};

/**
 * The icons and the grip drawn once per board as symbols: each of 300 post-its then holds a two-node
 * <use> instead of its own drawing, which keeps the first render of a full board short.
 */
export function BoardSymbols() {
  return (
    <svg class="svg-defs" aria-hidden="true" focusable="false">
      {(Object.keys(PATHS) as CardKind[]).map((kind) => (
        <symbol key={kind} id={`kind-${kind}-icon`} viewBox="0 0 24 24">
          <path d={PATHS[kind]} fill="currentColor" fill-rule="evenodd" />
        </symbol>
      ))}
      <symbol id="grip-icon" viewBox="0 0 12 20">
        {[3, 10, 17].flatMap((y) => [<circle key={`a${y}`} cx="3" cy={y} r="1.8" />, <circle key={`b${y}`} cx="9" cy={y} r="1.8" />])}
      </symbol>
    </svg>
  );
}

/** A kind's icon by reference to BoardSymbols (a function, not a component: one less instance per post-it). */
export const kindUse = (kind: CardKind) => (
  <svg class="kind-icon" width="18" height="18" aria-hidden="true" focusable="false">
    <use href={`#kind-${kind}-icon`} />
  </svg>
);

export const gripUse = () => (
  <svg width="12" height="20" aria-hidden="true" focusable="false">
    <use href="#grip-icon" />
  </svg>
);

export function KindIcon({ kind }: { kind: CardKind }) {
  return (
    <svg class="kind-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}
