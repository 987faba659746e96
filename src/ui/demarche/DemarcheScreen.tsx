// Route "demarche", tab fiche: the démarche's fields and its séances (to be built).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';

export function DemarcheScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="fiche" title="demarche.fiche.title">
      {() => null}
    </DemarcheFrame>
  );
}
