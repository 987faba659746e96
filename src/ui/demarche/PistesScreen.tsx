// Route "demarche", tab pistes: the pistes of all séances ranked together (to be built).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';

export function PistesScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="pistes" title="demarche.pistes.title">
      {() => null}
    </DemarcheFrame>
  );
}
