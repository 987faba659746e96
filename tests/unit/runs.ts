// How many cases a property runs: all of them in npm test, a few under the mutation pass, where instrumented code is far slower.
export const MUTATION_PASS = typeof process !== 'undefined' && process.env.CERCLE_MUTATION === '1';

export const propertyRuns = (n: number): number => (MUTATION_PASS ? Math.min(n, 25) : n);
