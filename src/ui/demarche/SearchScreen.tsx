// Route "demarche", tab recherche: search across every verbatim of the démarche (to be built).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';

export function SearchScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="recherche" title="demarche.recherche.title">
      {() => null}
    </DemarcheFrame>
  );
}
