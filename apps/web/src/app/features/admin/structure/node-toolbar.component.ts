import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { AdminAction, AdminAxis, AdminObjective } from '../admin-types';
import type { TreeCommand } from './tree-command';

/** A node of the structure tree that has its own buttons. */
export type ToolbarNode =
  | { type: 'axis'; axis: AdminAxis }
  | { type: 'objective'; objective: AdminObjective }
  /** `index`: its place under its objective. */
  | { type: 'action'; action: AdminAction; index: number };

/** The names, focus keys and commands of a node's buttons. */
interface NodeTools {
  /** "l’axe 2", "l’objectif 2.1", "l’action 2.1.3": what the buttons' names end with. */
  name: string;
  /** "Monter l’axe 2", "Descendre l’axe 2": the names of the icon buttons. */
  upLabel: string;
  downLabel: string;
  /** Its `data-focus` key ("axis-12"), that the page focuses again after a move. */
  focus: string;
  up: TreeCommand;
  down: TreeCommand;
  edit: TreeCommand;
  /** An axis adds objectives, an objective actions; an action adds none. */
  child: { label: string; command: TreeCommand } | null;
  /** Only an action moves to another objective; `name` without its article ("action 2.1.3"). */
  relocate: { command: TreeCommand; name: string } | null;
  indicator: TreeCommand;
  remove: TreeCommand;
}

function toolsOf(node: ToolbarNode): NodeTools {
  const named = (name: string) => ({
    name,
    upLabel: $localize`Monter ${name}:NAME:`,
    downLabel: $localize`Descendre ${name}:NAME:`,
  });
  switch (node.type) {
    case 'axis': {
      const { axis } = node;
      return {
        ...named($localize`l’axe ${axis.number}:NUMBER:`),
        focus: `axis-${axis.id}`,
        up: { kind: 'move-axis', axis, by: -1 },
        down: { kind: 'move-axis', axis, by: 1 },
        edit: { kind: 'edit-axis', axis },
        child: {
          label: $localize`Ajouter un objectif`,
          command: { kind: 'add-objective', axis },
        },
        relocate: null,
        indicator: { kind: 'add-indicator', attachedTo: `axis:${axis.id}` },
        remove: { kind: 'delete-axis', axis },
      };
    }
    case 'objective': {
      const { objective } = node;
      return {
        ...named($localize`l’objectif ${objective.code}:CODE:`),
        focus: `objective-${objective.id}`,
        up: { kind: 'move-objective', objective, by: -1 },
        down: { kind: 'move-objective', objective, by: 1 },
        edit: { kind: 'edit-objective', objective },
        child: {
          label: $localize`Ajouter une action`,
          command: { kind: 'add-action', objective },
        },
        relocate: null,
        indicator: {
          kind: 'add-indicator',
          attachedTo: `objective:${objective.id}`,
        },
        remove: { kind: 'delete-objective', objective },
      };
    }
    case 'action': {
      const { action, index } = node;
      return {
        ...named($localize`l’action ${action.code}:CODE:`),
        focus: `action-${action.id}`,
        up: { kind: 'move-action', action, index, by: -1 },
        down: { kind: 'move-action', action, index, by: 1 },
        edit: { kind: 'edit-action', action },
        child: null,
        relocate: {
          command: { kind: 'relocate-action', action },
          name: $localize`action ${action.code}:CODE:`,
        },
        indicator: {
          kind: 'add-indicator',
          attachedTo: `action:${action.id}`,
        },
        remove: { kind: 'delete-action', action },
      };
    }
  }
}

/**
 * The buttons of one node of the structure tree: up and down as icons (named by their title),
 * then edit, add a child (or move an action elsewhere), add an indicator, delete, each named
 * after the node for screen readers ("Modifier l’axe 2").
 */
@Component({
  selector: 'bsl-node-toolbar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bsl-toolbar {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1rem;
    }
  `,
  template: `
    @let tools = this.tools();
    <div class="bsl-toolbar">
      <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-icon-arrow-up-line"
            [title]="tools.upLabel"
            [disabled]="first()"
            [attr.data-focus]="tools.focus + '-up'"
            (click)="asked.emit(tools.up)"
          >
            {{ tools.upLabel }}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-icon-arrow-down-line"
            [title]="tools.downLabel"
            [disabled]="last()"
            [attr.data-focus]="tools.focus + '-down'"
            (click)="asked.emit(tools.down)"
          >
            {{ tools.downLabel }}
          </button>
        </li>
      </ul>
      <ul
        class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left"
      >
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--secondary fr-icon-edit-line fr-btn--icon-left"
            (click)="asked.emit(tools.edit)"
            i18n
          >
            Modifier<span class="fr-sr-only">
              {{ tools.name // i18n(ph="NAME") }}</span
            >
          </button>
        </li>
        @if (tools.child; as child) {
          <li>
            <button
              type="button"
              class="fr-btn fr-btn--tertiary fr-icon-add-line fr-btn--icon-left"
              (click)="asked.emit(child.command)"
              i18n
            >
              {{ child.label // i18n(ph="LABEL")
              }}<span class="fr-sr-only">
                à {{ tools.name // i18n(ph="NAME") }}</span
              >
            </button>
          </li>
        }
        @if (tools.relocate; as relocate) {
          <li>
            <button
              type="button"
              class="fr-btn fr-btn--tertiary fr-icon-drag-move-2-line fr-btn--icon-left"
              (click)="asked.emit(relocate.command)"
              i18n
            >
              Déplacer vers un autre objectif<span class="fr-sr-only">
                : {{ relocate.name // i18n(ph="NAME") }}</span
              >
            </button>
          </li>
        }
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-icon-line-chart-line fr-btn--icon-left"
            (click)="asked.emit(tools.indicator)"
            i18n
          >
            Ajouter un indicateur<span class="fr-sr-only">
              à {{ tools.name // i18n(ph="NAME") }}</span
            >
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left"
            (click)="asked.emit(tools.remove)"
            i18n
          >
            Supprimer<span class="fr-sr-only">
              {{ tools.name // i18n(ph="NAME") }}</span
            >
          </button>
        </li>
      </ul>
    </div>
  `,
})
export class NodeToolbarComponent {
  readonly node = input.required<ToolbarNode>();
  /** The first and last of their siblings cannot go up, or down. */
  readonly first = input(false);
  readonly last = input(false);
  readonly asked = output<TreeCommand>();

  protected readonly tools = computed(() => toolsOf(this.node()));
}
