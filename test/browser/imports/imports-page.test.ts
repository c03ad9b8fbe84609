import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startPlatform } from '#infra/local/platform';
import { loadRegistry } from '#infra/tenants/registry';
import { generateSiecle } from '../../fixtures/siecle/generate-siecle';
import { expectAccessible } from '../../support/axe';
import { desktop, launchChromium, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { todayInParis } from '../../support/dates';
import { buildPortalForTest } from '../../support/portal-build';

const college = loadRegistry().schools.find(({ kind }) => kind === 'school') as ReturnType<
  typeof loadRegistry
>['schools'][number];
const today = todayInParis();
const siecle = generateSiecle({ students: 1500, seed: 11, today });

/**
 * A busy machine (two cores shared by several test runs) checks and applies 1,500 pupils in minutes, not seconds:
 * the test waits on what the page shows, each step as long as the import jobs' tests wait for a job (5 minutes).
 */
const jobStep = 300_000;
const pageStep = 60_000;

describe('the imports page, with SIECLE files from the browser', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;

  beforeAll(async () => {
    const { outdir } = await buildPortalForTest();
    platform = await startPlatform({
      schools: [college],
      host: '127.0.0.1',
      basePort: 0,
      webDirectory: outdir,
      log: () => undefined,
    });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('uploads the exports, shows the dry run, then applies it with a progress bar', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    page.setDefaultTimeout(pageStep);
    page.setDefaultNavigationTimeout(pageStep);
    await page.goto(`${platform.schools[0]?.url}/imports`);
    await signInThroughPortal(page, 'direction.demo');
    await page.getByLabel(/^SIECLE \(Base élèves\)/).check();
    await page.locator('input[type=file]').setInputFiles([
      { name: 'ElevesAvecAdresses.xml', mimeType: 'text/xml', buffer: Buffer.from(siecle.eleves) },
      {
        name: 'ResponsablesAvecAdresses.xml',
        mimeType: 'text/xml',
        buffer: Buffer.from(siecle.responsables),
      },
      { name: 'Nomenclature.xml', mimeType: 'text/xml', buffer: Buffer.from(siecle.nomenclature) },
    ]);
    await page.getByRole('button', { name: 'Vérifier l’import' }).click();
    await page.getByText('Vérification terminée.').waitFor({ timeout: jobStep });
    await page
      .getByText(/personnes à créer/)
      .first()
      .waitFor();
    await page.screenshot({ path: screenshotPath('import-report'), fullPage: true });
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    // The page shows the bar as soon as the apply is accepted, before it reads the job again.
    await page.getByRole('progressbar', { name: 'Avancement' }).waitFor();
    await page.getByText('Import terminé').first().waitFor({ timeout: jobStep });
    await page
      .getByText(/personnes créées/)
      .first()
      .waitFor();
    await page.screenshot({ path: screenshotPath('import-applied'), fullPage: true });
    await expectAccessible(page);
    await page.close();
  }, 900_000);
});
