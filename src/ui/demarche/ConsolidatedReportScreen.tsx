// Route "demarche", tab rapport: the consolidated report (to be built).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';

export function ConsolidatedReportScreen({ id }: { id: DemarcheId; print: boolean }) {
  return (
    <DemarcheFrame id={id} tab="rapport" title="demarche.rapport.title">
      {() => null}
    </DemarcheFrame>
  );
}
