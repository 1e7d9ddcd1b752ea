/**
 * Errors a user can cause (a bad article, a bad backup, a bad setting). They carry a message
 * written for people, and are caught at the edge (CLI, IPC handler, screen) and shown as words.
 * Anything else that is thrown is a programming error and should fail loudly.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = new.target.name
  }
}

export class ArticleInputError extends UserFacingError {}
export class SettingsError extends UserFacingError {}
export class BackupFormatError extends UserFacingError {}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError
}
