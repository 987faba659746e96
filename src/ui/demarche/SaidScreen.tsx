// Route "demarche", tab dit: irritants, attentes, idées, points positifs of every séance, the mirror side by side (to be built).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';

export function SaidScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="dit" title="demarche.dit.title">
      {() => null}
    </DemarcheFrame>
  );
}
