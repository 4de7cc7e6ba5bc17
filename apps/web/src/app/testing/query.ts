/** Test helpers: DOM lookups that fail loudly instead of returning null. */

export function required<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) {
    throw new Error(`Expected ${what} to be present.`);
  }
  return value;
}

export function query<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): E {
  return required(root.querySelector<E>(selector), selector);
}
