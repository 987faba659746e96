// Route "demarche", tab themes: the consolidated themes (its own lazy chunk, with @dnd-kit).
import type { DemarcheId } from '../../domain/types';
import { DemarcheFrame } from './DemarcheFrame';
import { ThemesBoard } from './ThemesBoard';

export function ThemesScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="themes" title="demarche.themes.title">
      {(data) => <ThemesBoard data={data} />}
    </DemarcheFrame>
  );
}
