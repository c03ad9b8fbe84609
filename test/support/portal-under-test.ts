import { startPlatform } from '#infra/local/platform';
import type { Tenant } from '#infra/tenants/tenant';
import { launchChromium } from './browser';
import { buildPortalForTest } from './portal-build';

/**
 * A school on the local platform with the built portal, as `npm start` serves it, and a headless Chromium: what
 * the browser tests drive. `demo` seeds the school as the demo school (places, the planned year).
 */
export const startPortalUnderTest = async (school: Tenant, { demo }: { demo: boolean }) => {
  const { outdir } = await buildPortalForTest();
  const platform = await startPlatform({
    schools: [school],
    host: '127.0.0.1',
    basePort: 0,
    ...(demo && { demoSchoolId: school.id }),
    webDirectory: outdir,
    log: () => undefined,
  });
  const browser = await launchChromium();
  return {
    origin: platform.schools[0]?.url as string,
    /** The built portal the school serves (its index.html, its assets). */
    outdir,
    /** The mail catcher, where the portal's mails (password reset codes) arrive. */
    mailCatcher: platform.mailCatcher,
    /**
     * Where the local AWS services answer: for a test that arranges data the portal cannot make, or runs a
     * function's code in its own process.
     */
    endpoints: platform.endpoints,
    browser,
    async stop() {
      await browser.close();
      await platform.stop();
    },
  };
};

export type PortalUnderTest = Awaited<ReturnType<typeof startPortalUnderTest>>;
