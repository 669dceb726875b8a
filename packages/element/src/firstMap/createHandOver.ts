/** The first map's side of the hand-over to the interactive map; see {@link createHandOver}. */
export interface HandOver {
  /**
   * Hands over to `root` (the interactive map, already rendered): calls `swap` (which must make
   * `root` visible), moves focus from the first map to the same control in `root`, removes the
   * first map, carries text typed in the search field over, and replays the presses and keys
   * the first map received.
   */
  finish(root: ParentNode, swap: () => void): void;
  /** Stops listening (the first map goes without a hand-over). */
  dispose(): void;
}

type Pending = { control: Element; key?: KeyboardEventInit };

// A control is found again by what names it: its topic, its check, its label; else by its first
// class and its text (the toolbar's buttons, the search field).
const NAMES = ['data-topic-id', 'data-check-id', 'aria-label'];
const CONTROLS = 'button, input, summary';
// Keys that mean something to a topic on the interactive map (arrows move, D marks done) and
// nothing to a plain button: kept for it. Enter and Space press the button (a click), Tab moves
// focus, which the hand-over carries over.
const MAP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'd', 'D']);

/** The element in `root` that stands for `element` of the first map, if any. */
export function counterpart(element: Element, root: ParentNode): HTMLElement | null {
  for (const name of NAMES) {
    const value = element.getAttribute(name);
    const found = value === null ? null : root.querySelector<HTMLElement>(`${element.localName}[${name}="${CSS.escape(value)}"]`);
    if (found) return found;
  }
  const first = element.classList[0];
  if (!first) return null;
  for (const candidate of root.querySelectorAll<HTMLElement>(`${element.localName}.${CSS.escape(first)}`)) {
    if (candidate.textContent === element.textContent) return candidate;
  }
  return null;
}

function typeInto(input: HTMLInputElement, text: string): void {
  // The value's own setter, so the UI runtime's input listener sees a change like typing.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Keeps what a reader does on the first map for the interactive map that replaces it: presses
 * on its buttons (a topic, a check, a toolbar or map control, the legend) and map keys on a
 * topic are held (their default prevented) and replayed on the same control once the
 * interactive map is there, so a click before it loads still opens the topic. Links work as
 * links. Focus and typed search text are carried over at the hand-over.
 */
export function createHandOver(firstMap: HTMLElement): HandOver {
  const pending: Pending[] = [];
  const onClick = (event: Event): void => {
    const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    if (!control || !firstMap.contains(control) || control.localName === 'input') return;
    event.preventDefault();
    pending.push({ control });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const control = event.target instanceof Element ? event.target.closest('button[data-topic-id]') : null;
    if (!control || !MAP_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    pending.push({ control, key: { key: event.key, code: event.code, shiftKey: event.shiftKey } });
  };
  firstMap.addEventListener('click', onClick, true);
  firstMap.addEventListener('keydown', onKeyDown, true);
  const dispose = (): void => {
    firstMap.removeEventListener('click', onClick, true);
    firstMap.removeEventListener('keydown', onKeyDown, true);
  };
  return {
    finish(root, swap) {
      dispose();
      const shadow = firstMap.getRootNode() as Document | ShadowRoot;
      const focused = shadow.activeElement && firstMap.contains(shadow.activeElement) ? shadow.activeElement : null;
      const typed = [...firstMap.querySelectorAll('input')].filter((input) => input.value !== '');
      swap();
      // Focus moves while the first map still holds it, so a keyboard reader's focus ring stays.
      if (focused) counterpart(focused, root)?.focus({ preventScroll: true });
      firstMap.remove();
      for (const input of typed) {
        const target = counterpart(input, root);
        if (target instanceof HTMLInputElement) typeInto(target, input.value);
      }
      for (const { control, key } of pending) {
        const target = counterpart(control, root);
        if (!target) continue;
        // Not composed: the replay is for the map inside the shadow root; the page heard the reader's own key.
        if (key) target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, composed: false, cancelable: true }));
        else target.click();
      }
      pending.length = 0;
    },
    dispose,
  };
}
