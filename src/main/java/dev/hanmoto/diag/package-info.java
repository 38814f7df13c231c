/**
 * Diagnostics as data: {@link dev.hanmoto.diag.Diagnostic} with severity, stable code, message and
 * position, printed GNU style ({@code file:line:col: error: message}); {@link dev.hanmoto.diag.Diagnostics}
 * collects them; {@link dev.hanmoto.diag.UserError} carries them up to the CLI, which maps them to exit
 * codes. Bad input never throws anything else. Imports only the JDK, so that every package may report.
 */
package dev.hanmoto.diag;
