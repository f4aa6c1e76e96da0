/** Where the CLI writes: the process's streams in `main`, strings in tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
