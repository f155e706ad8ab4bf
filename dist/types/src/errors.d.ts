/** The linted path cannot be used (missing, not a directory, unreadable): exit code 2, one message. */
export declare class LintInputError extends Error {
}
