/** Runs Readability.js (the peer) over pages in a recycled child process. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Page } from "./sets.js";

const WORKER = fileURLToPath(new URL("./readability-worker.mjs", import.meta.url));

export interface PeerResult {
  text: string;
  title: string;
  error: string | null;
  ms: number;
}

/** Each page in turn; a fresh worker every `recycle` pages and after any crash. */
export async function runReadability(pages: Page[], recycle = 40): Promise<Map<string, PeerResult>> {
  const out = new Map<string, PeerResult>();
  let worker: ChildProcess | undefined;
  let served = 0;
  const stop = () => {
    if (worker?.connected) worker.send("exit");
    worker = undefined;
  };
  for (const page of pages) {
    if (!worker || served >= recycle) {
      stop();
      worker = fork(WORKER, [], { stdio: ["ignore", "ignore", "inherit", "ipc"], execArgv: ["--max-old-space-size=2048"] });
      served = 0;
    }
    const w = worker;
    const result = await new Promise<PeerResult>((resolve) => {
      const onExit = () => resolve({ text: "", title: "", error: "worker died", ms: 0 });
      w.once("exit", onExit);
      w.once("message", (m: PeerResult) => {
        w.off("exit", onExit);
        resolve(m);
      });
      w.send({ id: page.id, html: page.html, url: page.url });
    });
    if (result.error === "worker died") worker = undefined;
    served++;
    out.set(`${page.set}/${page.id}`, result);
  }
  stop();
  return out;
}
