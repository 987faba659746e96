// The Word export's entry point: docx is big, so the report screen loads it only when asked.
export const loadDocx = () => import('./docx');
