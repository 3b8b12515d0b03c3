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
// M = failed tests + 1 per failed non-test stage (type-check, lint, build) + 1 per missing
// report + 1 per test run that exited non-zero without any failed test in its report (a test
// file that failed to load, a web server that did not start, …); and at least 1 if no test ran.
// Exit status: 1 if M > 0, else 0.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const NON_TEST_STAGES = ['type-check', 'lint', 'build'];
const MAX_LISTED_FAILURES = 20;

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

/** Playwright's JSON reporter: `stats` plus a tree of suites → specs → tests. */
function summarizePlaywright(report) {
	const failures = [];
	const walk = (suite, titles) => {
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests ?? []) {
				if (test.status === 'unexpected') {
					const project = test.projectName ? `[${test.projectName}] ` : '';
					failures.push(`${project}${[...titles, spec.title].filter(Boolean).join(' › ')}`);
				}
			}
		}
		for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
	};
	for (const suite of report.suites ?? []) walk(suite, [suite.title]);

	const stats = report.stats ?? {};
	return {
		// A flaky test failed first and then passed on retry: it counts as passed (and is shown).
		passed: count(stats.expected) + count(stats.flaky),
		failed: count(stats.unexpected),
		skipped: count(stats.skipped),
		flaky: count(stats.flaky),
		failures,
		// Errors outside any test, e.g. the web server did not start.
		errors: (report.errors ?? []).map((error) => (error.message ?? String(error)).split('\n')[0])
	};
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
