/**
 * `npm test` runs this first: it makes sure the system tools the tests need are
 * here (installing them as root on Debian/Ubuntu), or stops before any test runs
 * with the command to run. See prerequisites.ts.
 */
import { ensurePrerequisites } from './prerequisites';

if (!ensurePrerequisites(undefined, 'npm test')) process.exit(1);
