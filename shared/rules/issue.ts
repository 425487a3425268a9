/** A rule finding: a stable English code for programs and a Bahasa Indonesia message that says what to fix. */
export type RuleIssue = { code: string; message: string };
