import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const report = '%PDF-1.4\n% Compte rendu du conseil de classe\n';

describe('a work group shares a document', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  });
  afterAll(() => portal?.stop());

  it('a teacher uploads it on a phone, a parent of the group downloads it on a desktop', async () => {
    // The teacher, on a phone, opens the demo teaching team from the menu.
    const teacher = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await teacher.goto(origin);
    await signInThroughPortal(teacher, 'prof.demo');
    await openMenuLink(teacher, 'Groupes');
    await teacher.getByRole('heading', { level: 2, name: 'Groupes de travail' }).waitFor();
    await teacher.getByRole('link', { name: 'Équipe pédagogique' }).click();
    await teacher.getByRole('heading', { level: 2, name: 'Équipe pédagogique' }).waitFor();
    const documents = teacher.getByRole('list', { name: 'Documents' });
    await documents.getByRole('button', { name: 'Télécharger Ordre du jour.txt' }).waitFor();

    // A file of a type the group does not take is refused with the reason.
    await teacher.getByLabel('Partager un document').setInputFiles({
      name: 'programme.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await teacher
      .getByRole('alert')
      .getByText(/^Le document n’a pas été partagé/)
      .waitFor({ timeout: 30_000 });

    await teacher.getByLabel('Partager un document').setInputFiles({
      name: 'Compte rendu.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(report),
    });
    const shared = teacher.getByRole('status').getByText('« Compte rendu.pdf » est partagé avec le groupe.');
    await shared.or(teacher.locator('.notice--error')).first().waitFor({ timeout: 30_000 });
    expect(await teacher.locator('.notice--error').allTextContents()).toEqual([]);
    await documents
      .getByRole('button', { name: 'Télécharger Compte rendu.pdf' })
      .waitFor({ timeout: 30_000 });
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('work-group-phone'), fullPage: true });

    // A parent who is a member finds « Groupes » in their menu, and downloads the document.
    const parent = await browser.newPage({ viewport: desktop, locale: 'fr-FR', acceptDownloads: true });
    await parent.goto(origin);
    await signInThroughPortal(parent, 'parent.demo');
    await openMenuLink(parent, 'Groupes');
    await parent.getByRole('link', { name: 'Équipe pédagogique' }).click();
    const button = parent
      .getByRole('list', { name: 'Documents' })
      .getByRole('button', { name: 'Télécharger Compte rendu.pdf' });
    await button.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      parent.waitForEvent('download', { timeout: 30_000 }),
      button.click(),
    ]);
    expect(download.suggestedFilename()).toBe('Compte rendu.pdf');
    expect(await readFile((await download.path()) as string, 'utf8')).toBe(report);
    await expectAccessible(parent);
    await parent.screenshot({ path: screenshotPath('work-group-desktop'), fullPage: true });

    // Someone outside the group (the planner) has no « Groupes » and no way in.
    const outsider = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await outsider.goto(`${origin}/groupes/demo-demo-team`);
    await signInThroughPortal(outsider, 'planning.demo');
    await outsider
      .getByText('Ce groupe n’existe pas, ou vous n’en êtes pas membre.')
      .waitFor({ timeout: 30_000 });
    expect(await outsider.getByRole('link', { name: 'Groupes', exact: true }).count()).toBe(0);
  }, 240_000);
});
