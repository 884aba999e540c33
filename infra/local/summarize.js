// Reads the Jest JSON reports and the stage results of a test run and prints one line per suite
// (with its wall time, so a suite that grows slow shows) and one totals line: "N passed, N failed".
// Exits 1 when anything failed or no test ran.
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const lines = [];
for (const file of fs.readdirSync(dir).sort()) {
  const full = path.join(dir, file);
  if (file.endsWith('.json')) {
    const report = JSON.parse(fs.readFileSync(full, 'utf8'));
    // A suite that failed to load counts as a failure even though none of its tests ran.
    const broken = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + broken;
    const skipped = report.numPendingTests + report.numTodoTests;
    const ended = Math.max(report.startTime, ...report.testResults.map((r) => r.endTime || 0));
    const seconds = Math.round((ended - report.startTime) / 1000);
    lines.push(
      `  ${file.replace('.json', '').padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests + broken} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s)`,
    );
  } else if (file.endsWith('.stage')) {
    // Non-Jest stages (lint, typecheck, build, migrate) count as one check each.
    const ok = fs.readFileSync(full, 'utf8').trim() === 'ok';
    if (ok) passed += 1;
    else failed += 1;
    lines.push(`  ${file.replace('.stage', '').padEnd(14)} ${ok ? 'ok' : 'FAILED'}`);
  }
}
process.stdout.write(`\n${lines.join('\n')}\n\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
