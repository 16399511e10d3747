// CI's dependency check: fail on any high or critical advisory in production dependencies
// (`npm audit --omit=dev`). When the registry's advisory endpoint cannot be reached or answers with an
// error (some mirrors do not serve it), say so plainly: that is "not checked", not "no advisories".
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  report = undefined;
}
const v = report?.metadata?.vulnerabilities;
if (!v) {
  const why = report?.message || report?.error?.summary || (r.stderr || '').split('\n').find((l) => /error/i.test(l)) || 'no report';
  console.log(`npm audit: NOT CHECKED — the advisory endpoint gave no report (${String(why).trim()}).`);
  process.exit(0);
}
const serious = (v.high ?? 0) + (v.critical ?? 0);
console.log(`npm audit (production dependencies): ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`);
if (serious > 0) {
  for (const [name, info] of Object.entries(report.vulnerabilities ?? {})) {
    if (info.severity === 'high' || info.severity === 'critical') console.log(`  ${info.severity}: ${name} (${info.range ?? ''})`);
  }
  process.exit(1);
}
