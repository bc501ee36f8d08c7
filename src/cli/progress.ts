// Progress on stderr: a redrawn bar on a terminal, a few plain lines otherwise (logs, CI).

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

/** Progress for `label` on `stream`; silent without one (library and test use). */
export function progressReporter(label: string, stream: NodeJS.WriteStream | undefined): Progress {
  if (!stream) return { update() {}, finish() {} };
  const tty = Boolean(stream.isTTY);
  let lastQuarter = -1;
  let drawn = false;
  return {
    update(done, total) {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      if (tty) {
        const width = 30;
        const filled = Math.round(share * width);
        stream.write(
          `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(share * 100)}% (${done}/${total})`,
        );
        drawn = true;
      } else {
        const quarter = Math.floor(share * 4);
        if (quarter > lastQuarter) {
          lastQuarter = quarter;
          stream.write(`${label}: ${quarter * 25}% (${done}/${total})\n`);
        }
      }
    },
    finish() {
      if (tty && drawn) stream.write("\n");
    },
  };
}
