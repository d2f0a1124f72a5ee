// Runs every audit of the GraphQL-over-HTTP spec (graphql-http's serverAudits) against a running
// newsgraph and prints each failure, then "N passed, N failed". Exits non-zero when a MUST or a
// SHOULD audit fails; MAY audits are reported only (README lists the ones that fail and why).
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
let passed = 0;
let failed = 0;
let blocking = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  if (result.status === 'ok') {
    passed++;
    continue;
  }
  failed++;
  const level = audit.name.split(' ')[0];
  if (level === 'MUST' || level === 'SHOULD') {
    blocking++;
  }
  console.log(`FAILED ${audit.id} ${audit.name}\n       ${result.reason}`);
}
console.log(`audits: ${passed} passed, ${failed} failed`);
process.exit(blocking > 0 ? 1 : 0);
