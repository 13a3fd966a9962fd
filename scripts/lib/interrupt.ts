/**
 * Stopping cleanly on Ctrl-C (SIGINT), SIGTERM or SIGHUP. Node runs a signal
 * handler only between pieces of synchronous work, so a handler never lands in
 * the middle of one: the build's folder swap and each write of `npm run add`
 * are synchronous, and a signal that arrives during one is handled after it.
 * (SIGKILL cannot be handled at all: the next run cleans up instead.)
 */
import { existsSync } from 'node:fs';
import { constants } from 'node:os';

/** The signals that ask a process to stop and that it may clean up after. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A stop signal. */
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** The exit code of a process stopped by a signal, as shells report it (130 for SIGINT). */
export function signalExitCode(signal: StopSignal): number {
  return 128 + constants.signals[signal];
}

/**
 * Calls `stop` on the first stop signal instead of dying at once, then exits with the signal's code;
 * a second signal while `stop` runs is ignored. Returns a function that puts the default behaviour back.
 */
export function onStop(stop: (signal: StopSignal) => void): () => void {
  let stopping = false;
  const handler = (signal: StopSignal) => {
    if (stopping) return;
    stopping = true;
    try {
      stop(signal);
    } finally {
      process.exit(signalExitCode(signal));
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, handler);
  };
}

/** Resolves after Node has had the chance to run the handler of a signal that arrived during synchronous work. */
export async function yieldToSignals(): Promise<void> {
  // A pending signal is read in the event loop's poll phase: two turns make sure one has passed.
  for (let turn = 0; turn < 2; turn += 1) await new Promise((next) => setImmediate(next));
}

/**
 * True while a test wants this process to wait at `point` (`ARCHIVE_TEST_PAUSE=<point>`): until the file named by
 * `ARCHIVE_TEST_RESUME` exists, or for at most `ARCHIVE_TEST_PAUSE_MS` (60 s). Says so once, on stderr.
 */
function testPause(point: string): () => boolean {
  if (process.env.ARCHIVE_TEST_PAUSE !== point) return () => false;
  console.error(`[test] paused at ${point}`);
  const until = Date.now() + Number(process.env.ARCHIVE_TEST_PAUSE_MS || 60_000);
  const resume = process.env.ARCHIVE_TEST_RESUME;
  return () => Date.now() < until && !(resume && existsSync(resume));
}

/**
 * A point between two steps where a stop signal is handled. The tests name one in `ARCHIVE_TEST_PAUSE`
 * to have the process wait there (printing `[test] paused at <point>`) while they signal or kill it.
 */
export async function checkpoint(point: string): Promise<void> {
  await yieldToSignals();
  const paused = testPause(point);
  while (paused()) await new Promise((wake) => setTimeout(wake, 20));
  await yieldToSignals();
}

/**
 * The same test pause inside synchronous work, where no signal handler can run: a signal sent during it
 * is handled only once the work is done, as one sent at that moment would be.
 */
export function pauseForTest(point: string): void {
  const paused = testPause(point);
  const slice = new Int32Array(new SharedArrayBuffer(4));
  while (paused()) Atomics.wait(slice, 0, 0, 20);
}
