// A share link whose view names an option this version does not know (the
// golden v1 link that selects "custom", written before options were typed)
// opens its scenario with no option selected and a dismissible notice that
// says so, in the reader's language; never an error that loses the scenario.

import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures.mjs';
import { REPO } from '../support/paths.mjs';
import { cents, matrixCents } from '../support/cli.mjs';
import { matrixCentsOnPage, shot } from '../support/page.mjs';

/** The third golden entry (hostile names, custom layout, view "custom"):
 * its link and the scenario it must open to. */
function goldenCustom() {
  const lines = fs.readFileSync(path.join(REPO, 'tests/golden/links-v1.txt'), 'utf8').split('\n');
  const link = lines.filter((l) => l.startsWith('link: '))[2].slice('link: '.length);
  const scenario = JSON.parse(lines.filter((l) => l.startsWith('scenario: '))[2].slice('scenario: '.length));
  return { link, scenario };
}

for (const [lang, locale, expected, screenshot] of [
  ['English', 'en-US', 'The link selects the option "custom", which is not an option of this version (options are written like ec2/per-service); it opens with no option selected.', 'link-unknown-option-en.png'],
  ['Korean', 'ko-KR', '링크가 선택한 "custom" 옵션은 이 버전에 없는 옵션입니다(옵션은 ec2/per-service처럼 씁니다). 선택된 옵션 없이 링크를 엽니다.', 'link-unknown-option-ko.png'],
]) {
  test(`a link with an unknown option opens its scenario with a notice (${lang})`, async ({ open, newContext, cli }) => {
    const { link, scenario } = goldenCustom();
    const page = await (await newContext({ locale })).newPage();
    await open(page, '/#' + link);
    const notice = page.locator('[role="alert"][data-testid="notice"]');
    await notice.first().waitFor({ timeout: 5_000 });
    expect((await notice.first().textContent()).trim(), 'the notice names the dropped option').toContain(expected);
    // The link's scenario is shown, not the example: the matrix is what
    // `ecs-planner simulate` prints for the golden scenario.
    const report = await cli.simulate(scenario);
    expect(await matrixCentsOnPage(page, cents), 'the page and the CLI agree').toEqual(matrixCents(report));
    await shot(page, screenshot);
    await notice.first().getByRole('button').click();
    await expect(notice, 'notice dismissed').toHaveCount(0);
  });
}
