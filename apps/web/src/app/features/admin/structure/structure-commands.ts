import type { Observable } from 'rxjs';
import type {
  AdminAction,
  AdminAxis,
  AdminIndicator,
  AdminObjective,
} from '../admin-types';
import type { StructureApi } from '../api/structure.api';
import type { TreeCommand } from './tree-command';

/** A form dialog of the structure page, and what it edits. */
export type StructureDialog =
  | { kind: 'plan' }
  | { kind: 'axis'; axis: AdminAxis | null }
  | { kind: 'objective'; axisId: number; objective: AdminObjective | null }
  | { kind: 'action'; objectiveId: number; action: AdminAction | null }
  | { kind: 'relocate'; action: AdminAction }
  | { kind: 'indicator'; attachedTo: string; indicator: AdminIndicator | null };

export function dialogHeading(dialog: StructureDialog): string {
  switch (dialog.kind) {
    case 'plan':
      return $localize`Modifier le projet`;
    case 'axis':
      return dialog.axis
        ? $localize`Modifier l’axe ${dialog.axis.number}:NUMBER:`
        : $localize`Ajouter un axe`;
    case 'objective':
      return dialog.objective
        ? $localize`Modifier l’objectif ${dialog.objective.code}:CODE:`
        : $localize`Ajouter un objectif`;
    case 'action':
      return dialog.action
        ? $localize`Modifier l’action ${dialog.action.code}:CODE:`
        : $localize`Ajouter une action`;
    case 'relocate':
      return $localize`Déplacer l’action ${dialog.action.code}:CODE: vers un autre objectif`;
    case 'indicator':
      return dialog.indicator
        ? $localize`Modifier l’indicateur`
        : $localize`Ajouter un indicateur`;
  }
}

/** A deletion waiting for its confirmation. */
export interface Deletion {
  heading: string;
  /** What goes, in a sentence. */
  what: string;
  /** Said once it is done. */
  done: string;
  request: () => Observable<void>;
  /** Where the focus goes afterwards: the parent node (the deleted one is gone). */
  focus: string[];
}

/** Deletion is refused by the API once there is history: the dialog says so beforehand. */
export const HISTORY_RULE = $localize`Seul ce qui n’a encore aucun historique (point d’avancement, mesure, commentaire, déploiement) peut être supprimé ; sinon, abandonnez l’action ou archivez le projet.`;

export function axisDeletion(api: StructureApi, axis: AdminAxis): Deletion {
  return {
    heading: $localize`Supprimer l’axe ${axis.number}:NUMBER: ?`,
    what: $localize`L’axe « ${axis.title}:TITLE: » sera supprimé définitivement ; les axes suivants seront renumérotés.`,
    done: $localize`L’axe « ${axis.title}:TITLE: » a été supprimé.`,
    request: () => api.deleteAxis(axis.id, axis.version),
    focus: ['#structure-ajouter-axe', 'h1'],
  };
}

export function objectiveDeletion(
  api: StructureApi,
  objective: AdminObjective,
): Deletion {
  return {
    heading: $localize`Supprimer l’objectif ${objective.code}:CODE: ?`,
    what: $localize`L’objectif « ${objective.title}:TITLE: » sera supprimé définitivement.`,
    done: $localize`L’objectif « ${objective.title}:TITLE: » a été supprimé.`,
    request: () => api.deleteObjective(objective.id, objective.version),
    focus: [`[data-focus="axis-${objective.axisId}"]`, 'h1'],
  };
}

export function actionDeletion(
  api: StructureApi,
  action: AdminAction,
): Deletion {
  return {
    heading: $localize`Supprimer l’action ${action.code}:CODE: ?`,
    what: $localize`L’action « ${action.title}:TITLE: » sera supprimée définitivement.`,
    done: $localize`L’action « ${action.code}:CODE: – ${action.title}:TITLE: » a été supprimée.`,
    request: () => api.deleteAction(action.id, action.version),
    focus: [`[data-focus="objective-${action.objectiveId}"]`, 'h1'],
  };
}

export function indicatorDeletion(
  api: StructureApi,
  indicator: AdminIndicator,
  parentFocus: string,
): Deletion {
  return {
    heading: $localize`Supprimer l’indicateur ?`,
    what: $localize`L’indicateur « ${indicator.name}:NAME: » sera supprimé définitivement.`,
    done: $localize`L’indicateur « ${indicator.name}:NAME: » a été supprimé.`,
    request: () => api.deleteIndicator(indicator.id, indicator.version),
    focus: [parentFocus, 'h1'],
  };
}

/** One place up or down: the request, what to say once done, and the node whose buttons keep the focus. */
export interface Reorder {
  request: Observable<unknown>;
  done: string;
  node: string;
  by: -1 | 1;
}

export function reorderOf(
  api: StructureApi,
  command: Extract<
    TreeCommand,
    { kind: 'move-axis' | 'move-objective' | 'move-action' }
  >,
): Reorder {
  const { by } = command;
  switch (command.kind) {
    case 'move-axis': {
      const { axis } = command;
      return {
        request: api.patchAxis(axis.id, {
          number: axis.number + by,
          version: axis.version,
        }),
        done: $localize`L’axe « ${axis.title}:TITLE: » est maintenant l’axe ${axis.number + by}:NUMBER:.`,
        node: `axis-${axis.id}`,
        by,
      };
    }
    case 'move-objective': {
      const { objective } = command;
      return {
        request: api.patchObjective(objective.id, {
          number: objective.number + by,
          version: objective.version,
        }),
        done:
          by < 0
            ? $localize`L’objectif « ${objective.title}:TITLE: » a été monté d’un rang.`
            : $localize`L’objectif « ${objective.title}:TITLE: » a été descendu d’un rang.`,
        node: `objective-${objective.id}`,
        by,
      };
    }
    case 'move-action': {
      const { action, index } = command;
      return {
        request: api.patchAction(action.id, {
          position: index + by,
          version: action.version,
        }),
        done:
          by < 0
            ? $localize`L’action « ${action.code}:CODE: – ${action.title}:TITLE: » a été montée d’un rang.`
            : $localize`L’action « ${action.code}:CODE: – ${action.title}:TITLE: » a été descendue d’un rang.`,
        node: `action-${action.id}`,
        by,
      };
    }
  }
}

/** The form dialog a tree command opens; null for the commands that are not a form. */
export function dialogFor(command: TreeCommand): StructureDialog | null {
  switch (command.kind) {
    case 'edit-axis':
      return { kind: 'axis', axis: command.axis };
    case 'add-objective':
      return { kind: 'objective', axisId: command.axis.id, objective: null };
    case 'edit-objective': {
      const { objective } = command;
      return { kind: 'objective', axisId: objective.axisId, objective };
    }
    case 'add-action':
      return {
        kind: 'action',
        objectiveId: command.objective.id,
        action: null,
      };
    case 'edit-action': {
      const { action } = command;
      return { kind: 'action', objectiveId: action.objectiveId, action };
    }
    case 'relocate-action':
      return { kind: 'relocate', action: command.action };
    case 'add-indicator':
      return {
        kind: 'indicator',
        attachedTo: command.attachedTo,
        indicator: null,
      };
    case 'edit-indicator':
      return {
        kind: 'indicator',
        attachedTo: 'plan',
        indicator: command.indicator,
      };
    default:
      return null;
  }
}

/** A record a form dialog saved. */
export type Saved =
  | { kind: 'axis'; record: AdminAxis; created: boolean }
  | { kind: 'objective'; record: AdminObjective; created: boolean }
  | { kind: 'action'; record: AdminAction; how: 'created' | 'edited' | 'moved' }
  | {
      kind: 'indicator';
      record: AdminIndicator;
      created: boolean;
      expand: string[];
    };

/** After a save: what to say, where the focus goes (a new node; an edit keeps it), what to open. */
export interface AfterSave {
  text: string;
  focus: string[];
  expand: string[];
}

export function afterSave(saved: Saved): AfterSave {
  const focus = (created: boolean, key: string) =>
    created ? [`[data-focus="${key}"]`] : [];
  switch (saved.kind) {
    case 'axis': {
      const { record: axis, created } = saved;
      return {
        text: created
          ? $localize`L’axe « ${axis.title}:TITLE: » a été ajouté.`
          : $localize`L’axe « ${axis.title}:TITLE: » a été enregistré.`,
        focus: focus(created, `axis-${axis.id}`),
        expand: [`axis:${axis.id}`],
      };
    }
    case 'objective': {
      const { record: objective, created } = saved;
      return {
        text: created
          ? $localize`L’objectif « ${objective.title}:TITLE: » a été ajouté.`
          : $localize`L’objectif « ${objective.title}:TITLE: » a été enregistré.`,
        focus: focus(created, `objective-${objective.id}`),
        expand: [`axis:${objective.axisId}`, `objective:${objective.id}`],
      };
    }
    case 'action': {
      const { record: action, how } = saved;
      const text = {
        created: $localize`L’action « ${action.code}:CODE: – ${action.title}:TITLE: » a été ajoutée.`,
        edited: $localize`L’action « ${action.code}:CODE: – ${action.title}:TITLE: » a été enregistrée.`,
        moved: $localize`L’action « ${action.title}:TITLE: » a été déplacée ; son code est maintenant ${action.code}:CODE:.`,
      }[how];
      return {
        text,
        focus: focus(how !== 'edited', `action-${action.id}`),
        expand: [`axis:${action.axisId}`, `objective:${action.objectiveId}`],
      };
    }
    case 'indicator': {
      const { record: indicator, created, expand } = saved;
      return {
        text: created
          ? $localize`L’indicateur « ${indicator.name}:NAME: » a été ajouté.`
          : $localize`L’indicateur « ${indicator.name}:NAME: » a été enregistré.`,
        focus: focus(created, `indicator-${indicator.id}`),
        expand,
      };
    }
  }
}
