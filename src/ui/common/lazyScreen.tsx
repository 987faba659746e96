// Loads a screen's code on first use, so the first screen stays small; chunks are precached for offline.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((c) => (loaded = c));
      let alive = true;
      void pending.then(() => alive && setReady(true));
      return () => {
        alive = false;
      };
    }, []);
    if (!loaded) return <main id="main" class="page" aria-busy="true" />;
    const Screen = loaded;
    return <Screen {...props} />;
  };
}
