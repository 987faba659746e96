// One live read of a démarche for all its tabs: moving from one tab to another re-reads nothing (50 séances take 400 ms to read).
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { useDemarcheData, type DemarcheData } from '../../db/demarcheReads';
import type { Live } from '../../db/live';
import type { DemarcheId } from '../../domain/types';

const DemarcheDataContext = createContext<Live<DemarcheData | undefined> | null>(null);

export function DemarcheScope({ id, children }: { id: DemarcheId; children: ComponentChildren }) {
  const data = useDemarcheData(id);
  return <DemarcheDataContext.Provider value={data}>{children}</DemarcheDataContext.Provider>;
}

/** The démarche the screen is in, as its scope reads it (every démarche screen is rendered inside one). */
export function useScopedDemarche(): Live<DemarcheData | undefined> {
  const data = useContext(DemarcheDataContext);
  if (data === null) throw new Error('a démarche screen outside its DemarcheScope');
  return data;
}
