// The `antislavery` binary: the command line run with the process's own input and output. All the
// work is in runCli, which the tests call directly.
import { processIo, runCli } from '@antislavery/cli';

process.exitCode = await runCli(process.argv.slice(2), processIo());
