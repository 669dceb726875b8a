/** How many frames a topic has to be mounted before giving up focusing it. */
const MAX_FRAMES = 30;

/**
 * Focuses a topic's button once it is on the page. A topic outside the mounted part of the map
 * is mounted by the render its focus request causes, which React Flow commits a frame or two
 * later (through its store), so this looks on each frame until the button is there. `settled`
 * is called once it has focus, or once it is given up.
 */
export function focusWhenMounted(container: HTMLElement | null, id: string, settled: () => void): void {
  let frames = 0;
  const attempt = (): void => {
    const button = container?.isConnected ? container.querySelector<HTMLButtonElement>(`button[data-topic-id="${CSS.escape(id)}"]`) : null;
    if (button) button.focus({ preventScroll: true });
    if (button || !container?.isConnected || ++frames >= MAX_FRAMES) settled();
    else requestAnimationFrame(attempt);
  };
  attempt();
}
