// The peer: Readability.js 0.6 over jsdom 24, in a child process because jsdom's heap grows
// (NOTES.md: one process died at 6 GB after ~580 pages). The parent sends {id, html, url}
// messages and recycles this process every few dozen pages.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

const quiet = new VirtualConsole();
process.on("message", (msg) => {
  if (msg === "exit") process.exit(0);
  const t0 = process.hrtime.bigint();
  let text = "";
  let title = "";
  let error = null;
  try {
    const dom = new JSDOM(msg.html, { url: msg.url || "https://example.invalid/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article?.textContent ?? "";
    title = article?.title ?? "";
    dom.window.close();
  } catch (e) {
    error = String(e?.message ?? e).split("\n")[0];
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.send({ id: msg.id, text, title, error, ms });
});
