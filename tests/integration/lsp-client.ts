/**
 * A minimal Language Server Protocol client for the language-server test: it starts a server as a
 * child process, speaks JSON-RPC 2.0 over its stdio (`Content-Length` framing), answers the
 * requests the server sends to its client (`workspace/configuration`, `workspace/applyEdit`,
 * capability registration, progress), and keeps the server's log for error messages.
 *
 * Timeouts only detect a hang; nothing asserts on time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  command?: Command;
  edit?: WorkspaceEdit;
}

export interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
  changes?: Record<string, TextEdit[]>;
}

interface Message {
  jsonrpc: "2.0";
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** What the client answers to a request the server sends it. */
export type RequestHandler = (params: unknown) => unknown;

const HEADER_END = "\r\n\r\n";

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** The server's stderr and its `window/logMessage` notifications, for failure messages. */
  readonly log: string[] = [];
  /** Every request the server sent to the client, in order. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve(value: unknown): void; reject(error: Error): void; method: string }>();
  private readonly handlers = new Map<string, RequestHandler>();
  private exited: string | undefined;

  constructor(
    command: string,
    args: readonly string[],
    options: { cwd: string; env?: NodeJS.ProcessEnv },
    private readonly timeoutMs = 120_000,
  ) {
    this.process = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    this.process.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on("data", (chunk: Buffer) => this.log.push(`[stderr] ${chunk.toString("utf8")}`));
    this.process.on("exit", (code, signal) => {
      this.exited = `the server exited (code ${code}, signal ${signal})`;
      for (const [, p] of this.pending) p.reject(new Error(`${p.method}: ${this.exited}\n${this.logText()}`));
      this.pending.clear();
    });
    this.onRequest("client/registerCapability", () => null);
    this.onRequest("client/unregisterCapability", () => null);
    this.onRequest("window/workDoneProgress/create", () => null);
    this.onRequest("workspace/diagnostic/refresh", () => null);
    this.onRequest("window/showMessageRequest", () => null);
  }

  /** Sets the answer to a request the server sends (`workspace/configuration`, `workspace/applyEdit`, …). */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${method}: ${this.exited}\n${this.logText()}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${this.timeoutMs / 1000} s (hang?)\n${this.logText()}`));
      }, this.timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** `shutdown`, `exit`, and a kill if the server is still there after a while. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.process.once("exit", () => resolve()));
    try {
      await this.request("shutdown", null);
      this.notify("exit", null);
    } catch {
      // the server is stopped below either way
    }
    const timer = setTimeout(() => this.process.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  }

  logText(): string {
    return this.log.join("\n").slice(-20_000);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}${HEADER_END}`, "ascii"), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = /Content-Length: *(\d+)/i.exec(header);
      if (!length) throw new Error(`LSP message without Content-Length: ${header}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server to the client.
      this.serverRequests.push({ method: message.method, params: message.params });
      const handler = this.handlers.get(message.method);
      if (handler) {
        Promise.resolve()
          .then(() => handler(message.params))
          .then(
            (result) => this.send({ jsonrpc: "2.0", id: message.id, result: result ?? null }),
            (error: unknown) => this.send({ jsonrpc: "2.0", id: message.id, error: { code: -32603, message: String(error) } }),
          );
      } else {
        this.send({ jsonrpc: "2.0", id: message.id, error: { code: -32601, message: `unhandled in the test client: ${message.method}` } });
      }
    } else if (message.method !== undefined) {
      if (message.method === "window/logMessage" || message.method === "window/showMessage") {
        this.log.push(`[${message.method}] ${(message.params as { message?: string }).message ?? ""}`);
      }
    } else if (message.id !== undefined) {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.error) p.reject(new Error(`${p.method}: ${message.error.message}\n${this.logText()}`));
      else p.resolve(message.result);
    }
  }
}

/** The text after applying LSP text edits (non-overlapping, as a server sends them). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = lineOffsets(text);
  const at = (p: Position) => (offsets[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

/** The LSP position (0-based line, UTF-16 character) of an offset in a text. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") offsets.push(i + 1);
  return offsets;
}
