// The child process of the fuzz suite and of the bad-input matrix. Every call of the library happens here, so that a
// call that hangs or exhausts memory stops this process only: the parent's watchdog sees it, records it, and starts
// a fresh child for the rest. Tasks arrive over IPC; progress and results leave over file descriptor 4, written
// synchronously so that nothing is lost when the process is killed mid-call.
import { writeSync } from "node:fs";
import { createFuzzContext, type FuzzContext } from "./_context.js";
import { describeRun, fuzzFunction, type FuzzTask } from "./_fuzz.js";

const CHANNEL = 4;

function send(kind: string, id: number, payload: unknown): void {
  writeSync(CHANNEL, `${kind} ${String(id)} ${JSON.stringify(payload)}\n`);
}

export type ChildTask =
  | { readonly type: "fuzz"; readonly id: number; readonly task: FuzzTask }
  | {
      readonly type: "describe";
      readonly id: number;
      readonly name: string;
      readonly seed: number;
      readonly runs: number;
      readonly run: number;
    }
  | {
      readonly type: "matrix";
      readonly id: number;
      readonly name: string;
      readonly knownCodes: readonly string[];
      readonly from: number;
    }
  | { readonly type: "exit"; readonly id: number };

let context: FuzzContext | undefined;

function fuzzContext(): FuzzContext {
  context ??= createFuzzContext();
  return context;
}

async function handle(message: ChildTask): Promise<void> {
  switch (message.type) {
    case "fuzz": {
      const report = fuzzFunction(message.task, fuzzContext(), {
        progress: (run, call) => {
          writeSync(CHANNEL, `P ${String(message.id)} ${String(run)} ${String(call)}\n`);
        },
        firstViolation: (check, violation) => {
          send("V", message.id, { check, ...violation });
        },
      });
      send("D", message.id, report);
      return;
    }
    case "describe":
      send(
        "D",
        message.id,
        describeRun(message.name, message.seed, message.runs, message.run, fuzzContext()),
      );
      return;
    case "matrix": {
      const { runMatrixTable } = await import("./_matrix-run.js");
      const results = runMatrixTable(
        message.name,
        new Set(message.knownCodes),
        (index, budgetMs) => {
          writeSync(CHANNEL, `P ${String(message.id)} ${String(index)} 0 ${String(budgetMs)}\n`);
        },
        message.from,
        (row) => {
          send("V", message.id, row);
        },
      );
      send("D", message.id, { name: results.name, error: results.error });
      return;
    }
    case "exit":
      process.exit(0);
  }
}

process.on("message", (message: ChildTask) => {
  handle(message).catch((error: unknown) => {
    send(
      "X",
      message.id,
      error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error),
    );
  });
});
// When the parent goes (a test timeout, ^C), so does the child.
process.on("disconnect", () => process.exit(0));
send("R", 0, { pid: process.pid });
