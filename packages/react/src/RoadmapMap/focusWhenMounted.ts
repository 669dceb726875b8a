/** How many frames a topic has to be mounted before giving up focusing it. */
const MAX_FRAMES = 30;

/**
 * Focuses a topic's button once it is on the page. A topic outside the mounted part of the map
 * is mounted by the render its focus request causes, which React Flow commits a frame or two
 * later (through its store), so this looks on each frame until the button is there.
 */
export function focusWhenMounted(container: HTMLElement | null, id: string): void {
  let frames = 0;
  const attempt = (): void => {
    if (!container?.isConnected) return;
    const button = container.querySelector<HTMLButtonElement>(`button[data-topic-id="${CSS.escape(id)}"]`);
    if (button) button.focus({ preventScroll: true });
    else if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  attempt();
}
