/** Adds a paragraph to a description, a blank line apart from what is there already. */
export function appendDescription(target: { description?: string }, text: string): void {
  if (text) target.description = target.description ? `${target.description}\n\n${text}` : text;
}
