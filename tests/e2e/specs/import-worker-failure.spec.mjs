// The import worker answers nonsense (here a stand-in script in place of the
// real worker): the import of a Compose file fails with a message that names
// the file and says what to do, in English and, after a switch, in Korean;
// the scenario is unchanged, nothing panics, and a scenario file (read on the
// page) still imports.

import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { FIXTURES } from '../support/paths.mjs';
import { openMenu, shot, text } from '../support/page.mjs';

// page.route does not see requests a service worker answers.
test.use({ serviceWorkers: 'block' });

test('a worker that answers nonsense: a clear message in both languages, the scenario unchanged', async ({ page, open }) => {
  await page.route('**/ecs-planner-import-worker_loader.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "self.postMessage('ready'); self.onmessage = () => self.postMessage('{\"import\": ');",
    }),
  );
  await open();
  const services = () => page.locator('[data-testid="services-table"] tbody.service').count();
  expect(await services(), 'the example has 3 services').toBe(3);
  await openMenu(page, 'transfer-menu');
  await page.getByTestId('import-file').setInputFiles([path.join(FIXTURES, 'compose-shop.yaml')]);
  await page.getByTestId('import-report').waitFor({ timeout: 15_000 });
  const alert = page.getByTestId('import-report').getByRole('alert');
  await expect(alert, 'one refusal').toHaveCount(1);
  expect((await alert.textContent()).trim(), 'names the file, says nothing changed and what to do').toBe(
    "compose-shop.yaml: could not be read: the planner's import worker did not start or did not answer. Nothing was changed; reload the page and import it again.",
  );
  expect(await services(), 'no service added').toBe(3);
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await shot(page, 'import-worker-failed.png');

  await page.getByTestId('lang-ko').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 5_000 });
  await page.getByTestId('import-report').waitFor({ timeout: 5_000 });
  expect((await text(page, 'import-report')), 'the refusal in Korean').toContain(
    'compose-shop.yaml: 가져오기 워커가 시작되지 않았거나 응답하지 않아 읽지 못했습니다. 바뀐 내용은 없습니다. 페이지를 새로 고친 뒤 다시 가져오세요.',
  );
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await shot(page, 'import-worker-failed-ko.png');
  await page.getByTestId('lang-en').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 });

  // A scenario file is read on the page: it still imports (one service, 256 CPU / 512 MiB × 2).
  await openMenu(page, 'transfer-menu');
  await page.getByTestId('import-paste').fill(JSON.stringify({ version: 1, region: 'us-east-1', services: [{ name: 'solo', cpu: 256, memory: 512, count: 2 }] }));
  await page.getByTestId('import-pasted').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="services-table"] tbody.service').length === 1, null, { timeout: 5_000 });
  expect(await text(page, 'import-report'), 'the scenario file is reported').toMatch(/pasted text/);
});
