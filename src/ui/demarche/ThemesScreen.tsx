// Route "demarche", tab themes: the consolidated themes, built by touch and keyboard (to be built).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';

export function ThemesScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="themes" title="demarche.themes.title">
      {() => null}
    </DemarcheFrame>
  );
}
