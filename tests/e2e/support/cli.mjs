// The ECS Planner CLI on the scenario a journey puts on the page, so a
// journey can prove that the page and `ecs-planner simulate --format json`
// print the same figures. The binary is `ECS_PLANNER_CLI` when set, else
// target/debug/ecs-planner brought up to date once per worker with
// `cargo build -p ecs-planner-cli` (a no-op after `cargo test --workspace`,
// which builds it for the CLI's own tests).

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { REPO } from './paths.mjs';

const run = promisify(execFile);

async function binary() {
  if (process.env.ECS_PLANNER_CLI) return path.resolve(process.env.ECS_PLANNER_CLI);
  await run('cargo', ['build', '-q', '-p', 'ecs-planner-cli'], { cwd: REPO, maxBuffer: 1 << 24 });
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(REPO, process.env.CARGO_TARGET_DIR) : path.join(REPO, 'target');
  return path.join(target, 'debug', 'ecs-planner');
}

/** `simulate(scenario, ...flags)`: the report (`--format json`) for a file
 * path (relative to the repository) or a scenario object (sent on stdin). */
export async function cliFixture({}, use) {
  const exe = await binary();
  await use({
    async simulate(scenario, ...flags) {
      const file = typeof scenario === 'string' ? path.resolve(REPO, scenario) : '-';
      const child = run(exe, ['simulate', file, '--format', 'json', '--lang', 'en', ...flags], { cwd: REPO, maxBuffer: 1 << 26 });
      if (file === '-') child.child.stdin.end(JSON.stringify(scenario));
      const { stdout } = await child;
      return JSON.parse(stdout);
    },
  });
}

/** Whole cents of a figure as the page prints it: "$1,234.56" → 123456. */
export function cents(shown) {
  const m = /^-?\$([0-9][0-9,]*)\.([0-9]{2})$/.exec(shown ?? '');
  if (!m) throw new Error(`not a USD amount: ${JSON.stringify(shown)}`);
  return (shown.startsWith('-') ? -1 : 1) * (Number(m[1].replace(/,/g, '')) * 100 + Number(m[2]));
}

/** The report's options as `{ 'cost-fargate-single': cents, … }`, the page's matrix test ids. */
export function matrixCents(report) {
  return Object.fromEntries(
    report.options.map((o) => [`cost-${o.launch_type}-${o.layout}`, Math.round(o.monthly_cost_usd * 100)]),
  );
}
