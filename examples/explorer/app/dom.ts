/** Finding the page's elements: each by id, of the element type expected, or a clear error naming what is missing. */

/** The element with `id`, checked to be an instance of `type`. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`im-errors explorer: index.html has no <${type.name}> #${id}`);
  return element;
}

/** Replaces a select's options: `[value, label]` pairs; keeps the current value when it is still offered. */
export function setOptions(select: HTMLSelectElement, options: ReadonlyArray<readonly [value: string, label: string]>): void {
  const current = select.value;
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
  if (options.some(([value]) => value === current)) select.value = current;
}

/** A new element with text content and, optionally, a class. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  if (className !== undefined) created.className = className;
  return created;
}
