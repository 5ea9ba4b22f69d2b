/** An error meant for the user: printed as one line, exit status 1 (2 for usage). */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}
