import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One line per violation and node: what a reader of a failed test needs to find and fix it. */
const describeViolations = (violations: AxeResults['violations']) =>
  violations
    .flatMap(({ id, impact, help, nodes }) =>
      nodes.map((node) => `${impact ?? 'minor'} ${id}: ${help} — ${node.target.join(' ')}`),
    )
    .join('\n');

/**
 * The WCAG 2.1 A and AA rules of axe-core, run in the page as it stands: the test fails naming every violation.
 * `within` narrows the check to part of the page (an open dialog).
 */
export const expectAccessible = async (page: Page, within?: string) => {
  // A part that reloads fades while it is busy (`[aria-busy="true"]`): its faded text is no reader's state to judge,
  // and on a busy machine a reload may still run. The check waits for the page to settle, fades included.
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, {
    timeout: 30_000,
  });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished),
    ),
  );
  // Evaluated rather than added as a script tag, which a strict Content-Security-Policy (the mini-sites') blocks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;0`);
  const violations = await page.evaluate(async (context) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(context ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations;
  }, within);
  if (violations.length > 0) {
    throw new Error(`Accessibility violations on ${page.url()}:\n${describeViolations(violations)}`);
  }
};
