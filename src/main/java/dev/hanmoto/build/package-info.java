/**
 * Builds: finds sources in a project, runs source → transform → renderers for each (in parallel),
 * and moves outputs into place only when a document built without errors. No printing here: progress
 * and diagnostics go to the caller through {@link dev.hanmoto.build.BuildListener} and
 * {@link dev.hanmoto.build.BuildReport}.
 */
package dev.hanmoto.build;
