import type {
  AdminAction,
  AdminAxis,
  AdminIndicator,
  AdminObjective,
  AdminPlan,
} from '../admin-types';

export interface ActionNode {
  action: AdminAction;
  indicators: AdminIndicator[];
}

export interface ObjectiveNode {
  objective: AdminObjective;
  actions: ActionNode[];
  indicators: AdminIndicator[];
}

export interface AxisNode {
  axis: AdminAxis;
  objectives: ObjectiveNode[];
  indicators: AdminIndicator[];
}

/** The plan as the structure page shows it: axes → objectives → actions, each with its indicators. */
export interface StructureTree {
  indicators: AdminIndicator[];
  axes: AxisNode[];
}

/** Where an indicator is attached, as a key: `plan`, `axis:12`, `objective:5`, `action:40`. */
export function attachmentKey(indicator: AdminIndicator): string {
  const { kind, id } = indicator.attachedTo;
  return kind === 'plan' ? 'plan' : `${kind}:${id}`;
}

/** Axes and objectives by number, actions by their place in the objective (then code). */
export function structureTree(
  plan: AdminPlan,
  actions: readonly AdminAction[],
  indicators: readonly AdminIndicator[],
): StructureTree {
  const byAttachment = new Map<string, AdminIndicator[]>();
  for (const indicator of indicators) {
    const key = attachmentKey(indicator);
    byAttachment.set(key, [...(byAttachment.get(key) ?? []), indicator]);
  }
  const of = (key: string) =>
    [...(byAttachment.get(key) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, 'fr'),
    );
  const byObjective = new Map<number, AdminAction[]>();
  for (const action of actions) {
    byObjective.set(action.objectiveId, [
      ...(byObjective.get(action.objectiveId) ?? []),
      action,
    ]);
  }
  return {
    indicators: of('plan'),
    axes: [...plan.axes]
      .sort((a, b) => a.number - b.number)
      .map((axis) => ({
        axis,
        indicators: of(`axis:${axis.id}`),
        objectives: [...axis.objectives]
          .sort((a, b) => a.number - b.number)
          .map((objective) => ({
            objective,
            indicators: of(`objective:${objective.id}`),
            actions: [...(byObjective.get(objective.id) ?? [])]
              .sort(byPlace)
              .map((action) => ({
                action,
                indicators: of(`action:${action.id}`),
              })),
          })),
      })),
  };
}

function byPlace(a: AdminAction, b: AdminAction): number {
  return a.position - b.position || compareCodes(a.code, b.code);
}

/** `1.2.10` after `1.2.9`. */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** What an indicator can be attached to, for the indicator form's select. */
export interface AttachmentOption {
  value: string;
  label: string;
}

export function attachmentOptions(
  plan: AdminPlan,
  tree: StructureTree,
): AttachmentOption[] {
  const options: AttachmentOption[] = [
    { value: 'plan', label: $localize`Le projet : ${plan.title}:PLAN:` },
  ];
  for (const { axis, objectives } of tree.axes) {
    options.push({
      value: `axis:${axis.id}`,
      label: $localize`Axe ${axis.number}:NUMBER: – ${axis.title}:TITLE:`,
    });
    for (const { objective, actions } of objectives) {
      options.push({
        value: `objective:${objective.id}`,
        label: $localize`Objectif ${objective.code}:CODE: – ${objective.title}:TITLE:`,
      });
      for (const { action } of actions) {
        options.push({
          value: `action:${action.id}`,
          label: $localize`Action ${action.code}:CODE: – ${action.title}:TITLE:`,
        });
      }
    }
  }
  return options;
}

/** The tree keys to open so that an indicator shows: the nodes above it and its own. */
export function indicatorKeys(
  indicator: AdminIndicator,
  plan: AdminPlan | null,
  actions: readonly AdminAction[],
): string[] {
  const { kind, id } = indicator.attachedTo;
  if (kind === 'plan') return [];
  if (kind === 'axis') return [`axis:${id}`];
  const objectiveId =
    kind === 'objective' ? id : actions.find((a) => a.id === id)?.objectiveId;
  const axisId = plan?.axes.find((axis) =>
    axis.objectives.some((objective) => objective.id === objectiveId),
  )?.id;
  return [`axis:${axisId}`, `objective:${objectiveId}`];
}

/** Where the focus goes once an indicator is deleted: the node it was attached to. */
export function indicatorParent(indicator: AdminIndicator): string {
  const { kind, id } = indicator.attachedTo;
  return kind === 'plan'
    ? '#structure-indicateurs'
    : `[data-focus="${kind}-${id}"]`;
}
