/** Entry point of the `motcua` command line (see cli/runCli.ts). */
import { runCli } from './cli/runCli';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
