// The hour slider (mouse, keyboard, hover on the chart) moves the hour
// read-out, whose task counts and cost are hand-computed, and the chart marker.

import { test, expect } from '../support/fixtures.mjs';
import { expectText, shot } from '../support/page.mjs';

test('hour slider: the read-out and the chart marker follow the hour', async ({ page, open }) => {
  await open();
  // Follow the Fargate × single cell (hand-computable hour by hour).
  await page.getByTestId('cost-fargate-single').click();
  await expectText(page, 'chart-option', 'Fargate · One shared cluster', 'charts follow the chosen cell');
  const slider = page.getByTestId('hour-slider');
  await slider.scrollIntoViewIfNeeded();
  await slider.fill('2');
  await expectText(page, 'hour-label', 'hour 2 (Mon 02:00)', 'label at hour 2');
  // Hour 2 is outside business hours: web runs its base of 2 tasks.
  await expectText(page, 'hour-tasks-1', '2 tasks', 'web tasks at hour 2');
  // us-east-1 Fargate task-hours: api 0.5 × 0.04048 + 1 × 0.004445 = 0.024685,
  // web 0.25 × 0.04048 + 0.5 × 0.004445 = 0.0123425, worker 1 × 0.04048 + 2 ×
  // 0.004445 = 0.04937. Hour 2: 4 × 0.024685 + 2 × 0.0123425 + 2 × 0.04937
  // = 0.09874 + 0.024685 + 0.09874 = 0.222165 → $0.2222/h.
  await expectText(page, 'hour-cost', '$0.2222/h', 'cost at hour 2');
  const before = await page.getByTestId('chart-cost').evaluate((c) => c.toDataURL());
  await slider.fill('10');
  // Hour 10 (Mon 10:00) is a business hour: web at its peak of 6 tasks.
  await expectText(page, 'hour-tasks-1', '6 tasks', 'web tasks at hour 10');
  // 0.09874 + 6 × 0.0123425 + 0.09874 = 0.09874 + 0.074055 + 0.09874 = 0.271535 → $0.2715/h.
  await expectText(page, 'hour-cost', '$0.2715/h', 'cost at hour 10');
  await page.waitForTimeout(100);
  const after = await page.getByTestId('chart-cost').evaluate((c) => c.toDataURL());
  expect(before !== after, 'the cost chart redraws its hour marker when the slider moves').toBe(true);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expectText(page, 'hour-label', 'hour 11 (Mon 11:00)', 'slider moves with the keyboard');
  // Hover read-out: pointing at the cost chart moves the hour. The plot
  // starts 10 + 64 CSS px from the left and ends 10 px from the right edge.
  const cost = page.getByTestId('chart-cost');
  const width = await cost.evaluate((c) => c.clientWidth);
  await cost.hover({ position: { x: 74 + ((84 + 0.5) / 168) * (width - 84), y: 100 } });
  await expectText(page, 'hour-label', 'hour 84 (Thu 12:00)', 'hovering the middle of the week');
  await shot(page, 'slider-1280x720.png');
});
