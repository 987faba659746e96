// Where Cercle runs (installed, engine family, install prompt), kept current as the browser tells of changes.
import { onWhereChange, whereWeRun, type Where } from '../../platform/environment';
import { useStore } from './useStore';

export const useWhere = (): Where => useStore(whereWeRun, onWhereChange);
