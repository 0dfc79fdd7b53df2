// The seeder's progress on stderr: a bar redrawn in place on a terminal, and
// plain lines (about one per tenth) when stderr is a file or a CI log.

export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let lastTenth = -1;
  let lastLabel = "";
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  return {
    update(done: number, total: number, label: string) {
      const share = total ? done / total : 1;
      const counts = `${done.toLocaleString("en")}/${total.toLocaleString("en")} customers`;
      if (tty) {
        const width = 30;
        const filled = Math.round(share * width);
        const bar = "█".repeat(filled) + "░".repeat(width - filled);
        stream.write(
          `\r${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${counts}  ${label}  ${seconds()}\x1b[K`,
        );
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth === lastTenth && label === lastLabel) return;
      lastTenth = tenth;
      lastLabel = label;
      stream.write(`seed: ${String(Math.floor(share * 100)).padStart(3)}%  ${counts}  ${label}  ${seconds()}\n`);
    },
    finish() {
      if (tty) stream.write("\n");
    },
  };
}
