import cliProgress from 'cli-progress';

/** A progress bar on a terminal (files, articles/s, ETA); silent when stderr is not a terminal. */
export function progressBar(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY)
    return { update: (_d: number, _t: number, _a: number) => {}, stop: () => {} };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {value}/{total} files | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(done: number, total: number, articles: number) {
      if (!begun) {
        bar.start(total, 0, { articles: 0, rate: '0' });
        begun = true;
      }
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { articles, rate: (articles / secs).toFixed(1) });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
