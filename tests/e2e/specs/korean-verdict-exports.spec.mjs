// The example's verdict in Korean carries the English figures; the Markdown
// and CSV exports are Korean; switching to English and back gives the same
// dollar figures in both languages.

import { test, expect } from '../support/fixtures.mjs';
import { dollars, download, englishWords, expectText, fullVerdict, openMenu, shot } from '../support/page.mjs';

test.use({ locale: 'ko-KR' });

test('the example\'s verdict in Korean with the English figures; switch to English and back; Korean Markdown and CSV', async ({ page, open }) => {
  await open();
  // The default shop: $179.45 (app-shell.spec.mjs has the arithmetic).
  await expectText(page, 'cost-fargate-single', '$179.45', 'matrix figure in Korean');
  const ko = await fullVerdict(page);
  // The example's verdict: Fargate cheapest at $179.45.
  expect(ko[0], 'Korean first sentence').toMatch(/^최저 비용: Fargate\(클러스터 구성과 무관/);
  expect(ko[0].includes('월 $179.45.') && ko[0].endsWith('저렴합니다.'), `Korean first sentence: ${ko[0]}`).toBe(true);
  expect(ko.some((s) => s.startsWith('Fargate가 저렴한 이유: EC2에서는 인스턴스(')), `why Fargate wins, in Korean: ${ko.join(' | ')}`).toBe(true);
  // The layout sentence names the cluster count and what the difference is made of.
  expect(ko.some((s) => /^EC2에서는 서비스별 클러스터 구성\(클러스터 3개\)이 공유 클러스터 하나보다 월 \$[\d.,]+ 더 듭니다\. 내역: /.test(s)), `the layout sentence, in Korean: ${ko.join(' | ')}`).toBe(true);
  expect(ko.some((s) => s.includes('배')), `a break-even sentence (scale factors as 배): ${ko.join(' | ')}`).toBe(true);
  expect(englishWords(ko), 'English words left in the Korean verdict').toEqual([]);
  const koNotes = await page.locator('td.cell .notes').allTextContents();
  await page.locator('[data-testid="verdict"]').scrollIntoViewIfNeeded();
  await shot(page, 'ko-verdict-1280x720.png');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.locator('[data-testid="verdict"]').scrollIntoViewIfNeeded();
  await shot(page, 'ko-verdict-768.png');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `nothing overflows the 768 px page (${overflow} px too wide)`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Korean Markdown summary and CSV, with the figures the page shows.
  await openMenu(page, 'transfer-menu');
  const md = await download(page, 'export-md');
  const plain = md.text.replace(/\\(.)/g, '$1');
  expect(md.text, 'Markdown title').toMatch(/^# ECS Planner: Fargate와 EC2, 그리고 클러스터 구성/);
  for (const part of ['## 비교', '| 옵션 | 월 비용 | 최저 대비', '## 결론', '## 이 수치의 전제', '이 결과 열기: <']) {
    expect(md.text, `Markdown has ${part}`).toContain(part);
  }
  expect(plain, 'Markdown has the page\'s Korean verdict').toContain(ko[0]);
  expect(md.text, 'Markdown names the options in Korean, with the figure').toContain('| Fargate · 공유 클러스터 하나 (최저가) | $179.45 |');
  const csv = await download(page, 'export-csv');
  expect(csv.text, 'Korean CSV header').toMatch(/^시작 유형,클러스터 구성,클러스터,/);

  // Switch to English: the same figures in English words, then back.
  await page.getByTestId('lang-en').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 });
  const en = await fullVerdict(page);
  expect(en[0], 'English first sentence').toMatch(/^Cheapest: Fargate \(on any layout/);
  expect(en.length, 'as many sentences in both languages').toBe(ko.length);
  expect(dollars(ko.join(' ')), 'the verdict\'s dollar figures in Korean and English').toEqual(dollars(en.join(' ')));
  const enNotes = await page.locator('td.cell .notes').allTextContents();
  expect(dollars(koNotes.join(' ')), 'the notes\' dollar figures in Korean and English').toEqual(dollars(enNotes.join(' ')));
  await openMenu(page, 'transfer-menu');
  const mdEn = await download(page, 'export-md');
  expect(mdEn.text.includes('## Verdict') && !mdEn.text.includes('## 결론'), 'the English Markdown after the switch').toBe(true);
  expect(dollars(mdEn.text), 'the Markdown\'s dollar figures in both languages').toEqual(dollars(md.text));
  await page.getByTestId('lang-ko').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko', null, { timeout: 5_000 });
  expect(await fullVerdict(page), 'the same Korean verdict after switching back').toEqual(ko);
});
