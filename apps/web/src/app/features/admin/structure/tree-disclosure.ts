import { signal } from '@angular/core';
import type { StructureTree } from './structure-tree';

/**
 * Which nodes of the structure tree are open: their keys (`axis:12`, `objective:5`), toggled one
 * by one, opened after a save so that the saved node shows, or all at once.
 */
export class TreeDisclosure {
  readonly expanded = signal<ReadonlySet<string>>(new Set());

  constructor(private readonly tree: () => StructureTree | null) {}

  toggle(key: string): void {
    this.expanded.update((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  /** These nodes open too. */
  open(keys: readonly string[]): void {
    this.expanded.update((open) => new Set([...open, ...keys]));
  }

  /** Exactly these nodes open. */
  set(keys: readonly string[]): void {
    this.expanded.set(new Set(keys));
  }

  /** Every axis and objective open, or all closed. */
  all(open: boolean): void {
    const tree = this.tree();
    if (!tree) return;
    this.set(
      open
        ? tree.axes.flatMap(({ axis, objectives }) => [
            `axis:${axis.id}`,
            ...objectives.map(({ objective }) => `objective:${objective.id}`),
          ])
        : [],
    );
  }
}
