// Route "demarche", tab recherche: search across every verbatim of the démarche.
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';
import { SearchView } from './SearchView';

export function SearchScreen({ id, query = '' }: { id: DemarcheId; query?: string }) {
  return (
    <DemarcheFrame id={id} tab="recherche" title="demarche.recherche.title">
      {(data) => <SearchView data={data} initialQuery={query} />}
    </DemarcheFrame>
  );
}
