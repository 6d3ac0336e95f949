// A share link made on an English page, opened in a Korean browser: the same
// figures, text for text, in the reader's language (the link carries none).

import { test, expect } from '../support/fixtures.mjs';
import { expectText, headings, linkAfter, matrixTexts, shot } from '../support/page.mjs';

test('a share link opened in a Korean browser shows the same figures, in Korean', async ({ page, open, newContext }) => {
  await open();
  const first = page.url();
  await page.getByTestId('count-0').fill('10');
  // api 4 → 10 tasks: $287.57 (edit-count-undo-redo.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$287.57', 'English page after the edit');
  const link = await linkAfter(page, first);
  expect(new URL(link).hash.slice(0, 8), 'the link carries no language').not.toMatch(/lang|ko/);
  const english = await matrixTexts(page);
  const ko = await (await newContext({ locale: 'ko-KR' })).newPage();
  await open(ko, link);
  await expectText(ko, 'cost-fargate-single', '$287.57', 'Korean page from the link');
  expect(await matrixTexts(ko), 'every matrix figure, as in English').toEqual(english);
  expect((await headings(ko))[0], 'the link opens in the reader\'s language').toBe('서비스');
  await shot(ko, 'ko-link-1280x720.png');
});
