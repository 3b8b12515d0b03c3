#!/usr/bin/env node
// Prints the closing summary of `npm test` from the JSON reports, ending with exactly
// `total: N passed, M failed` as the very last line: CI reads that line (not Vitest's or
// Playwright's own summaries), so it must count every way the run can go wrong.
//
// Usage: node scripts/summarize.mjs [--reports <dir>] [stage=status ...]
//   stage:  type-check | lint | unit | build | e2e
//   status: the stage's exit code, `skipped` (deliberately not run, e.g. SKIP_E2E=1; not a
//           failure) or `not-run` (could not run, e.g. e2e after a failed build; a failure)
//
// M = failed tests (a flaky e2e test — failed, then passed on retry — counts as failed) + 1 per failed non-test stage (type-check, lint, build) + 1 per missing
// report + 1 per test run that exited non-zero without any failed test in its report (a test
// file that failed to load, a web server that did not start, …); and at least 1 if no test ran.
// Exit status: 1 if M > 0, else 0. For e2e it also lists every test that needed a retry and the ten
// slowest tries with how close each came to its time limit.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const NON_TEST_STAGES = ['type-check', 'lint', 'build'];
const MAX_LISTED_FAILURES = 20;
const SLOWEST_LISTED = 10;

function parseArgs(argv) {
	let reports = 'reports';
	const stages = new Map();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--reports') reports = argv[++i] ?? reports;
		else if (arg.startsWith('--reports=')) reports = arg.slice('--reports='.length);
		else if (/^[\w-]+=/.test(arg)) {
			const [stage, status] = arg.split(/=(.*)/s, 2);
			stages.set(stage, status);
		} else {
			console.error(`summarize: ignoring unknown argument ${arg}`);
		}
	}
	return { reports, stages };
}

/** The report as an object, or null when it is missing or not valid JSON (a crashed run). */
function readReport(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

const count = (value) => (Number.isFinite(value) ? value : 0);

/** Vitest's JSON reporter: Jest-compatible counts plus per-file results. */
function summarizeVitest(report) {
	const failures = [];
	let brokenFiles = 0;
	for (const file of report.testResults ?? []) {
		for (const test of file.assertionResults ?? []) {
			if (test.status === 'failed') failures.push(`${path.basename(file.name)} › ${test.fullName}`);
		}
		// A file that failed to import (syntax error, missing module) has no test results and
		// would otherwise not count as a failure at all.
		if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
			brokenFiles++;
			const reason = (file.message ?? '').split('\n')[0];
			failures.push(`${path.basename(file.name)} (could not run: ${reason || 'unknown error'})`);
		}
	}
	return {
		passed: count(report.numPassedTests),
		failed: count(report.numFailedTests) + brokenFiles,
		skipped: count(report.numPendingTests) + count(report.numTodoTests),
		flaky: 0,
		failures,
		errors: []
	};
}

/**
 * Playwright's JSON reporter: `stats` plus a tree of suites → specs → tests, each test with its
 * `timeout` (ms) and one result per try (`duration`, ms).
 */
function summarizePlaywright(report) {
	const failures = [];
	const timings = [];
	const retried = [];
	const walk = (suite, titles) => {
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests ?? []) {
				const project = test.projectName ? `[${test.projectName}] ` : '';
				const name = `${project}${[...titles, spec.title].filter(Boolean).join(' › ')}`;
				if (test.status === 'unexpected') failures.push(name);
				if (test.status === 'flaky') failures.push(`${name} (flaky: failed, then passed on retry)`);
				const results = test.results ?? [];
				if (results.length > 1)
					retried.push(
						`${name} — ${results.length} tries: ${results.map((r) => r.status).join(', ')}`
					);
				for (const result of results) {
					timings.push({
						name,
						duration: count(result.duration),
						timeout: count(test.timeout),
						status: result.status
					});
				}
			}
		}
		for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
	};
	for (const suite of report.suites ?? []) walk(suite, [suite.title]);

	const stats = report.stats ?? {};
	return {
		passed: count(stats.expected),
		// A flaky test failed first and then passed on retry: the suite cannot be trusted to land
		// or fail by design, so it counts as a failure (and is named above).
		failed: count(stats.unexpected) + count(stats.flaky),
		skipped: count(stats.skipped),
		flaky: count(stats.flaky),
		failures,
		retried,
		slowest: timings.sort((a, b) => b.duration - a.duration).slice(0, SLOWEST_LISTED),
		// Errors outside any test, e.g. the web server did not start.
		errors: (report.errors ?? []).map((error) => (error.message ?? String(error)).split('\n')[0])
	};
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One line per slow test: its duration against its limit, e.g. `12.3 s of 30.0 s (41%)`. */
function slowestLines(slowest) {
	return slowest.map(({ name, duration, timeout, status }) => {
		const limit =
			timeout > 0
				? ` of ${seconds(timeout)} (${Math.round((100 * duration) / timeout)}% of its limit)`
				: '';
		const how = status === 'passed' ? '' : ` [${status}]`;
		return `  ${seconds(duration)}${limit}${how} ${name}`;
	});
}

const { reports, stages } = parseArgs(process.argv.slice(2));
const lines = [];
let passed = 0;
let failed = 0;
let testsRan = 0;

for (const stage of NON_TEST_STAGES) {
	const status = stages.get(stage);
	if (status === undefined || status === '0' || status === 'skipped') continue;
	lines.push(`${stage} failed${status === 'not-run' ? ' (not run)' : ` (exit code ${status})`}`);
	failed++;
}

const suites = [
	{ name: 'unit', file: 'unit.json', summarize: summarizeVitest },
	{ name: 'e2e', file: 'e2e.json', summarize: summarizePlaywright }
];

for (const suite of suites) {
	const status = stages.get(suite.name);
	if (status === 'skipped') {
		lines.push(`${suite.name}: skipped`);
		continue;
	}
	if (status === 'not-run') {
		const reason = suite.name === 'e2e' ? 'the build failed' : 'an earlier stage failed';
		lines.push(`${suite.name} failed: not run because ${reason}`);
		failed++;
		continue;
	}

	const report = readReport(path.join(reports, suite.file));
	if (!report) {
		lines.push(`${suite.name} failed: no readable report at ${path.join(reports, suite.file)}`);
		failed++;
		continue;
	}

	const result = suite.summarize(report);
	const extras = [
		result.flaky && `${result.flaky} flaky`,
		result.skipped && `${result.skipped} skipped`
	].filter(Boolean);
	lines.push(
		`${suite.name}: ${result.passed} passed, ${result.failed} failed` +
			(extras.length ? ` (${extras.join(', ')})` : '')
	);
	for (const name of result.failures.slice(0, MAX_LISTED_FAILURES)) lines.push(`  ✘ ${name}`);
	if (result.failures.length > MAX_LISTED_FAILURES) {
		lines.push(`  … and ${result.failures.length - MAX_LISTED_FAILURES} more`);
	}
	for (const error of result.errors) lines.push(`  error: ${error}`);
	if (result.retried?.length) {
		lines.push(`${suite.name}: tests that needed a retry (${result.retried.length}):`);
		for (const name of result.retried) lines.push(`  ↻ ${name}`);
	} else if (result.retried) {
		lines.push(`${suite.name}: no test needed a retry`);
	}
	if (result.slowest?.length) {
		lines.push(
			`${suite.name}: the ${result.slowest.length} slowest tests (duration of each try against its time limit):`
		);
		lines.push(...slowestLines(result.slowest));
	}

	passed += result.passed;
	failed += result.failed;
	testsRan += result.passed + result.failed;

	// The runner said "failed" but the report shows no failed test (no test files found, a web
	// server that never started, an unhandled error): still a failure, or the total would lie.
	if (status !== undefined && status !== '0' && result.failed === 0) {
		lines.push(`${suite.name} failed (exit code ${status} without a failed test)`);
		failed++;
	}
}

if (testsRan === 0) {
	lines.push('no tests ran');
	// Counted only when nothing else failed, so that "0 passed, 0 failed" never means success.
	if (failed === 0) failed++;
}

console.log(lines.join('\n'));
console.log(`total: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
