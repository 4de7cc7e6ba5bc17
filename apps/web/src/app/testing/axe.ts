import axe from 'axe-core';

/**
 * The axe-core violations inside `root` (WCAG 2.1 A and AA rules, which RGAA follows, and the
 * order of headings), one line each: rule and elements. Colour contrast needs a real layout: the browser journeys check it.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    },
    rules: {
      'color-contrast': { enabled: false },
      // Not a WCAG rule, but RGAA 9.1 asks for a consistent outline of headings.
      'heading-order': { enabled: true },
    },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
