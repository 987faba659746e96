// The one place that reads the wall clock, so tests and benches can inject time.
let source: () => number = () => Date.now();

export function now(): number {
  return source();
}

/** Replace the clock (tests, benches); returns a function that puts the real one back. */
export function setClock(fn: () => number): () => void {
  const previous = source;
  source = fn;
  return () => {
    source = previous;
  };
}
