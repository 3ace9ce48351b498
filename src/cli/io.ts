/** Where a command writes, so that tests can run commands in-process and read their output. */
export interface CliIo {
  /** Standard output. */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
  /** Folder that relative paths given on the command line are resolved against. */
  cwd: string;
  /** Width of the terminal, when output goes to one (tables are fitted to it). */
  columns?: number;
}
