import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatDateFr, formatNumberFr } from '@boussole/domain';
import { CountPipe } from '../../../shared/count.pipe';
import type { AdminAction } from '../admin-types';
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
  imports: [
    CountPipe,
    IndicatorListComponent,
    NodeToolbarComponent,
    RouterLink,
  ],
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
    return value ? formatDateFr(value) : 'non renseignée';
  }

  /** "PF · Responsable : Paul Financement · du 01/01/2025 au 31/12/2026 · poids 2". */
  protected facts(action: AdminAction): string {
    const facts = [
      action.unit.code,
      `Responsable : ${action.owner?.name ?? 'aucun'}`,
      `Début : ${this.date(action.startDate)}`,
      `Échéance : ${this.date(action.dueDate)}`,
      `Poids : ${formatNumberFr(action.weight)}`,
    ];
    return facts.join(' · ');
  }
}
