// Subscribe a component to one of the small module stores (save state, updates, toasts).
import { useEffect, useState } from 'preact/hooks';

export function useStore<T>(read: () => T, subscribe: (listener: (value: T) => void) => () => void): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    setValue(read());
    return subscribe(setValue);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}
