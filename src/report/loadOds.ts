// The spreadsheet export's entry point: the .ods writer and its zip library load only when the file is asked for.
export const loadOds = () => import('./ods');
