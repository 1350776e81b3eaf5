/**
 * Runs the reference provincial server on its own, for pilots and benchmarks:
 *   npx tsx test/provincial/cli.ts --port 8787 --data ./provincial-data --site 000.00.06.H56:secret-of-the-site
 * The first line printed is "listening on <url>", so a parent process can find the port.
 */
import { protocolVersion } from '../../main/sync/protocol';
import { provincialOptionsFromArgs, usage, UsageError } from './cliArgs';
import { startProvincialServer } from './server';

async function main(): Promise<void> {
  let options;
  try {
    options = provincialOptionsFromArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  const server = await startProvincialServer(options);
  console.log(`listening on ${server.url}`);
  console.log(`provincial server, sync protocol v${protocolVersion}; data in ${options.dataDir}; ${options.sites?.length ?? 0} site(s) added`);
  console.log(`control API (tests and pilots only, no authentication): ${server.url}/control/{faults,stats,dossiers,events,process,changes,sites}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('provincial server failed to start:', error);
  process.exit(1);
});
