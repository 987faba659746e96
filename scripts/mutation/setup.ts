// Mutation pass only: properties without their own count run 25 cases (instrumented code is far slower).
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 25 });
