/** The message of anything thrown, for the sentence the pane shows. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
