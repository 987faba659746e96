// The analysis export's entry point: the REFI-QDA writer and its zip library load only when the file is asked for.
export const loadQdpx = () => import('./qdpx');
