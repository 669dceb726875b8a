/** The topic button an event happened on (or inside), or `null`. */
export function topicButton(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest<HTMLButtonElement>('button[data-topic-id]') : null;
}
