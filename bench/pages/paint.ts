// Waiting for what a person sees: the paint of the frame that shows a change, and a selector present in the page.

/**
 * Resolves once the frame showing the change has been painted: a message posted from inside the next
 * animation frame runs after that frame's style, layout and paint (a second rAF would add a whole idle frame).
 */
export const nextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/** Resolve when `found()` holds (a MutationObserver: no polling interval in the figure). */
export function when(root: HTMLElement, found: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (found()) return resolve();
    const observer = new MutationObserver(() => {
      if (found()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
