import type {
  CurrentUser,
  CycleCompleteness,
  CycleValidations,
} from '@boussole/domain';
import { aPlanSummary } from '../../admin/testing/admin-fixtures';
import { openAdmin } from '../../admin/testing/admin-harness';
import { query, required } from '../../../testing/query';
import { cyclesRoutes } from '../cycles.routes';
import { theCompleteness, theValidations } from './cycle-fixtures';

// Unlike \s, these leave the no-break spaces in: the texts' French spacing is asserted.
const normalized = (element: Element | null | undefined) =>
  element?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';

/** The text of `element` with a space between its text nodes, as a reader hears its blocks one after the other. */
const words = (element: Element | null | undefined): string => {
  if (!element) return '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    parts.push(node.textContent ?? '');
  return parts
    .join(' ')
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
};

/**
 * The cycles' pages at `url` (under `/campagnes`), signed in as `user`, their requests left to the
 * test: the administration's harness, its texts read with their no-break spaces.
 */
export async function openCycles(url: string, user: CurrentUser) {
  const base = await openAdmin(url, user, [
    { path: 'campagnes', children: cyclesRoutes },
  ]);
  const page = base.page;
  const buttons = () =>
    Array.from(document.querySelectorAll<HTMLElement>('button, a'));
  const view = {
    ...base,
    field: <E extends HTMLElement = HTMLTextAreaElement>(selector: string) =>
      query<E>(document.body, selector),
    /** The button or link whose text (screen-reader text included) is `name`. */
    button: (name: string) =>
      required(
        buttons().find((candidate) => normalized(candidate) === name),
        `button « ${name} »`,
      ),
    hasButton: (name: string) =>
      buttons().some((candidate) => normalized(candidate) === name),
    /** The DSFR error state of the group around `selector`, and its message. */
    errorOf: (selector: string) => {
      const control = query<HTMLElement>(document.body, selector);
      const group = required(control.closest('.fr-input-group'), 'group');
      const messagesId = control
        .getAttribute('aria-describedby')
        ?.split(' ')[0];
      return {
        inError: group.classList.contains('fr-input-group--error'),
        message: normalized(document.getElementById(messagesId ?? '')),
      };
    },
    text: () => words(page()),
    words,
    dialogText: () => normalized(document.querySelector('dialog')),
    /** The text of the section headed by `#id`, a space between its text nodes. */
    section: (id: string) =>
      words(page().querySelector(`section[aria-labelledby="${id}"]`)),
  };
  return view;
}

export type CycleView = Awaited<ReturnType<typeof openCycles>>;

/** Answers a cycle page's reads: its completeness and validations, then (first time) the plan for the breadcrumb. */
export async function answerCycle(
  view: CycleView,
  completeness: CycleCompleteness = theCompleteness(),
  validations: CycleValidations = theValidations(),
  withPlan = false,
): Promise<void> {
  (await view.request('/api/cycles/9/completeness')).flush(completeness);
  (await view.request('/api/cycles/9/validations')).flush(validations);
  if (withPlan) (await view.request('/api/plans/1')).flush(aPlanSummary());
  await view.stable();
}

/** The page of cycle 9 signed in as `user`, its first reads answered. */
export async function openCyclePage(
  user: CurrentUser,
  completeness?: CycleCompleteness,
): Promise<CycleView> {
  const view = await openCycles('/campagnes/9', user);
  await view.navigation;
  await answerCycle(view, completeness, undefined, true);
  return view;
}
