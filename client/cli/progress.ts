/** A progress bar on stderr (cli-progress) for runs over thousands of units; silent when stderr is not a terminal. */
import cliProgress from 'cli-progress';

/** A counter that draws a bar on a terminal and stays silent otherwise (pipes, tests). */
export interface Progress {
  tick: () => void;
  /** the number of units, once known */
  total: (n: number) => void;
  stop: () => void;
}

export function progress(label: string, total = 0): Progress {
  if (!process.stderr.isTTY) return { tick: () => {}, total: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({ format: `${label} {bar} {value} units`, stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  let n = 0;
  return {
    tick: () => {
      n++;
      bar.setTotal(Math.max(total, n));
      bar.update(n);
    },
    total: (t: number) => {
      total = t;
      bar.setTotal(t);
    },
    stop: () => bar.stop(),
  };
}
