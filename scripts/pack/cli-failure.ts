/**
 * A failure the CLI explains in one line: bad usage (exit 2) or a refused pack or source (exit 1).
 * Pack errors from src/core are SabilErrors; messages.ts words those.
 */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CliFailure';
  }
}
