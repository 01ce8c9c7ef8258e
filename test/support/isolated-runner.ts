// Runs tasks in child processes with a watchdog, so that a call that hangs, aborts or exhausts memory costs its own
// task only. A child reports progress before every call; when a call has burnt more CPU time than allowed (read from
// /proc, so a busy machine does not trip it) the child is killed and the task reported as a hang. A child that dies
// is reported as a crash, with the end of its stderr. Either way the next task gets a fresh child.
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";

export interface PoolOptions {
  /** The child's entry file (TypeScript, run through tsx). */
  readonly entry: string;
  /** The repository root: the child's working directory. */
  readonly cwd: string;
  readonly workers: number;
  /** CPU time one call may burn before the child is killed. */
  readonly killCpuMs: number;
  /** The child's heap limit: beyond it the child dies (a crash), not the test process. */
  readonly maxOldSpaceMb: number;
  /** Called as each task ends (for a progress log). */
  readonly onOutcome?: (index: number, outcome: TaskOutcome) => void;
}

export interface Progress {
  readonly run: number;
  readonly call: number;
}

export type TaskOutcome =
  | { readonly ok: true; readonly value: unknown; readonly events: readonly unknown[] }
  | {
      readonly ok: false;
      readonly aborted: "hang" | "crash" | "error";
      readonly progress: Progress | null;
      readonly detail: string;
      readonly events: readonly unknown[];
    };

interface Task {
  readonly id: number;
  readonly message: object;
}

const POLL_MS = 200;
const READY_TIMEOUT_MS = 180_000;
const CLOCK_TICK_MS = 10;

/** CPU time of a process in milliseconds (Linux), or null when it cannot be read. */
function cpuTimeOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return null;
  }
}

class Child {
  private readonly process: ChildProcess;
  private buffer = "";
  private stderrTail = "";
  private readonly ready: Promise<void>;
  private current:
    | {
        readonly task: Task;
        readonly events: unknown[];
        progress: Progress | null;
        /** CPU time the current step may use (a progress line may raise it for one heavy call). */
        budgetMs: number;
        progressCount: number;
        seenCount: number;
        baselineCpu: number | null;
        baselineWall: number;
        readonly resolve: (outcome: TaskOutcome) => void;
      }
    | undefined;
  private readonly timer: NodeJS.Timeout;
  private exited = false;

  private readonly options: PoolOptions;

  constructor(options: PoolOptions) {
    this.options = options;
    this.process = fork(options.entry, [], {
      cwd: options.cwd,
      execArgv: ["--import", "tsx", `--max-old-space-size=${String(options.maxOldSpaceMb)}`],
      stdio: ["ignore", "ignore", "pipe", "ipc", "pipe"],
      env: process.env,
    });
    let markReady: () => void = () => undefined;
    let failReady: (error: Error) => void = () => undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    const readyTimer = setTimeout(() => {
      failReady(
        new Error(`the child did not start within ${String(READY_TIMEOUT_MS)} ms: ${this.stderrTail}`),
      );
    }, READY_TIMEOUT_MS);
    (this.process.stdio[4] as Readable).on("data", (chunk: Buffer) => {
      this.buffer += chunk.toString("utf8");
      let newline = this.buffer.indexOf("\n");
      while (newline >= 0) {
        const line = this.buffer.slice(0, newline);
        this.buffer = this.buffer.slice(newline + 1);
        if (line.startsWith("R ")) {
          clearTimeout(readyTimer);
          markReady();
        } else this.onLine(line);
        newline = this.buffer.indexOf("\n");
      }
    });
    (this.process.stderr as Readable).on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-3_000);
    });
    this.process.on("exit", (code, signal) => {
      this.exited = true;
      clearTimeout(readyTimer);
      clearInterval(this.timer);
      failReady(
        new Error(`the child exited before it was ready (${String(code ?? signal)}): ${this.stderrTail}`),
      );
      const current = this.current;
      if (current !== undefined) {
        this.current = undefined;
        current.resolve({
          ok: false,
          aborted: "crash",
          progress: current.progress,
          detail: `the process died (${signal ?? `exit code ${String(code)}`}): ${lastLines(this.stderrTail)}`,
          events: current.events,
        });
      }
    });
    this.timer = setInterval(() => {
      this.watch();
    }, POLL_MS);
    this.timer.unref();
  }

  private onLine(line: string): void {
    const current = this.current;
    if (current === undefined) return;
    const [kind, id, ...rest] = line.split(" ");
    if (Number(id) !== current.task.id) return;
    if (kind === "P") {
      current.progress = { run: Number(rest[0]), call: Number(rest[1]) };
      current.budgetMs = rest[2] === undefined ? this.options.killCpuMs : Number(rest[2]);
      current.progressCount += 1;
      return;
    }
    const payload = JSON.parse(rest.join(" ")) as unknown;
    if (kind === "V") current.events.push(payload);
    else if (kind === "D" || kind === "X") {
      this.current = undefined;
      current.resolve(
        kind === "D"
          ? { ok: true, value: payload, events: current.events }
          : {
              ok: false,
              aborted: "error",
              progress: current.progress,
              detail: String(payload),
              events: current.events,
            },
      );
    }
  }

  private watch(): void {
    const current = this.current;
    if (current === undefined || this.exited) return;
    const cpu = cpuTimeOf(this.process.pid ?? -1);
    const now = Date.now();
    if (current.progressCount !== current.seenCount) {
      current.seenCount = current.progressCount;
      current.baselineCpu = cpu;
      current.baselineWall = now;
      return;
    }
    const spent =
      cpu !== null && current.baselineCpu !== null
        ? cpu - current.baselineCpu
        : (now - current.baselineWall) / 3;
    if (spent > current.budgetMs) {
      this.current = undefined;
      this.process.kill("SIGKILL");
      current.resolve({
        ok: false,
        aborted: "hang",
        progress: current.progress,
        detail: `one call used more than ${String(current.budgetMs / 1000)} s of CPU time and was stopped`,
        events: current.events,
      });
    }
  }

  async run(task: Task): Promise<TaskOutcome> {
    await this.ready;
    return new Promise<TaskOutcome>((resolve) => {
      this.current = {
        task,
        events: [],
        progress: null,
        budgetMs: this.options.killCpuMs,
        progressCount: 0,
        seenCount: 0,
        baselineCpu: cpuTimeOf(this.process.pid ?? -1),
        baselineWall: Date.now(),
        resolve,
      };
      this.process.send({ ...task.message, id: task.id });
    });
  }

  close(): void {
    clearInterval(this.timer);
    if (!this.exited) this.process.kill("SIGKILL");
  }
}

function lastLines(text: string): string {
  const lines = text
    .trim()
    .split("\n")
    .filter((line) => line.trim() !== "");
  return lines.slice(-4).join(" | ").slice(-600);
}

/** Runs every task, `workers` at a time, each in a child process that a hang or a crash replaces. */
export async function runIsolated(messages: readonly object[], options: PoolOptions): Promise<TaskOutcome[]> {
  const outcomes = new Array<TaskOutcome>(messages.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    let child: Child | undefined;
    try {
      while (next < messages.length) {
        const index = next;
        next += 1;
        child ??= new Child(options);
        let outcome: TaskOutcome;
        try {
          outcome = await child.run({ id: index + 1, message: messages[index] as object });
        } catch (error) {
          outcome = { ok: false, aborted: "crash", progress: null, detail: String(error), events: [] };
        }
        outcomes[index] = outcome;
        options.onOutcome?.(index, outcome);
        if (!outcome.ok) {
          child.close();
          child = undefined;
        }
      }
    } finally {
      child?.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.workers, messages.length)) }, worker));
  return outcomes;
}
