// What every CLI command needs: the streams it writes to, and a way to end with a given exit code.
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

/** Thrown by commands to end with a specific exit code after printing a message to stderr. */
export class CliExit extends Error {
  constructor(readonly code: number, message = '') {
    super(message);
  }
}
