import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  countText,
  dateText,
  numberText,
} from '../../../core/i18n/page-format';
import type { AdminAction, AdminAxis } from '../admin-types';
import { IndicatorListComponent } from './indicator-list.component';
import { NodeToolbarComponent } from './node-toolbar.component';
import type { StructureTree } from './structure-tree';
import type { TreeCommand } from './tree-command';

/**
 * The plan's structure as nested lists: each axis and objective a heading whose button discloses
 * what is under it (`aria-expanded`), each node with its buttons (edit, move up and down, add a
 * child or an indicator, delete). Read only: no button but the disclosures.
 */
@Component({
  selector: 'bsl-structure-tree',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IndicatorListComponent, NodeToolbarComponent, RouterLink],
  templateUrl: './structure-tree.component.html',
  styleUrl: './structure-tree.component.css',
})
export class StructureTreeComponent {
  readonly tree = input.required<StructureTree>();
  readonly readOnly = input(false);
  /** The keys (`axis:12`, `objective:5`) of the nodes shown open. */
  readonly expanded = input.required<ReadonlySet<string>>();
  readonly asked = output<TreeCommand>();
  readonly toggled = output<string>();

  protected date(value: string | null): string {
    return value ? dateText(value) : $localize`non renseignée`;
  }

  /** "PF · Responsable : Paul Financement · du 01/01/2025 au 31/12/2026 · poids 2". */
  protected facts(action: AdminAction): string {
    const facts = [
      action.unit.code,
      $localize`Responsable : ${action.owner?.name ?? $localize`aucun`}:OWNER:`,
      $localize`Début : ${this.date(action.startDate)}:DATE:`,
      $localize`Échéance : ${this.date(action.dueDate)}:DATE:`,
      $localize`Poids : ${numberText(action.weight)}:WEIGHT:`,
    ];
    return facts.join(' · ');
  }

  /** "Sponsor : Diane Direction · 2 objectifs · 5 actions". */
  protected axisFacts(axis: AdminAxis): string {
    return [
      $localize`Sponsor : ${axis.sponsor?.name ?? $localize`aucun`}:SPONSOR:`,
      countText(
        axis.objectives.length,
        $localize`objectif`,
        $localize`objectifs`,
      ),
      this.actionCount(axis.actionCount),
    ].join(' · ');
  }

  protected actionCount(count: number): string {
    return countText(count, $localize`action`, $localize`actions`);
  }
}
