/**
 * Typed errors. Two kinds of failure exist: the user's (a bad flag or a bad file: a short
 * message and a documented exit code, no stack trace) and ours (a bug: stack trace, exit 1).
 * Tests assert `code`, never message text.
 */

/** Process exit codes, documented in the README. */
export const EXIT_CODES = {
  success: 0,
  internal: 1,
  usage: 2,
  input: 3,
  output: 4,
} as const;

/** Base class of every error nodefinder raises on purpose. */
export class NodefinderError extends Error {
  /** A stable machine-readable code, e.g. `MISSING_COLUMN`. */
  readonly code: string;
  /** What the user can do about it; printed after the message. */
  readonly hint: string | undefined;
  /** The exit code the CLI uses for this error. */
  readonly exitCode: number;

  constructor(code: string, message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_CODES.internal;
  }

  /** One line for the terminal: `what is wrong — how to fix it`. */
  describe(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message;
  }
}

/** Codes of input errors, one per thing that can be wrong with a file. */
export type InputErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_ENCODING'
  | 'MALFORMED_CSV'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_TEAM'
  | 'AMBIGUOUS_TEAM'
  | 'UNKNOWN_PERSON'
  | 'BAD_TIMESTAMP'
  | 'BAD_WEIGHT'
  | 'BAD_MATRIX'
  | 'TOO_MANY_CHANNELS'
  | 'NO_INTERACTIONS'
  | 'NO_PSEUDONYMS'
  | 'WRONG_KEY'
  | 'BAD_CONFIG';

/** A problem with an input file, located by 1-based line and column (column = field number). */
export class InputError extends NodefinderError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(
    code: InputErrorCode,
    message: string,
    location: { file: string; line?: number; column?: number },
    hint?: string,
  ) {
    super(code, message, { hint, exitCode: EXIT_CODES.input });
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }

  /** `file:line:column: what is wrong — how to fix it` */
  override describe(): string {
    const where = [this.file, this.line, this.column].filter((part) => part !== undefined).join(':');
    return `${where}: ${super.describe()}`;
  }
}

/** A bad flag, argument or option value. */
export class UsageError extends NodefinderError {
  constructor(message: string, hint?: string) {
    super('USAGE', message, { hint, exitCode: EXIT_CODES.usage });
  }
}

/** The output could not be written: the disk is full, the folder is not writable, and so on. */
export class OutputError extends NodefinderError {
  constructor(message: string, hint?: string) {
    super('OUTPUT_FAILED', message, { hint, exitCode: EXIT_CODES.output });
  }
}
