// The benchmark scripts' arguments: `--help` prints the usage and exits without running anything; the
// rest must be positive whole numbers (user counts), or the script exits 2 with one line and the usage.

/** The sizes given on the command line (or `defaults`), or an exit: 0 after --help, 2 for a bad argument. */
export function benchSizes(
  argv: readonly string[],
  usage: string,
  defaults: readonly number[],
  maxArgs = Number.POSITIVE_INFINITY,
): number[] {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const bad = argv.find((a) => !/^[1-9]\d*$/.test(a));
  const problem =
    bad !== undefined
      ? `"${bad}" is not a positive whole number of users`
      : argv.length > maxArgs
        ? `takes at most ${maxArgs} argument(s)`
        : null;
  if (problem) {
    process.stderr.write(`${problem}\n\n${usage}\n`);
    process.exit(2);
  }
  return argv.length > 0 ? argv.map(Number) : [...defaults];
}
