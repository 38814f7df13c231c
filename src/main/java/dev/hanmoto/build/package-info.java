/**
 * Builds: finds sources in a project, runs source → transform → renderers for each (in parallel),
 * and moves outputs into place only when a document built without errors. {@code OutputFolder} holds
 * the output folder for one build at a time and stages and commits each document's files so that a
 * killed build leaves no mix and nothing behind. No printing here: progress and diagnostics go to the
 * caller through {@link dev.hanmoto.build.BuildListener} and {@link dev.hanmoto.build.BuildReport}.
 * Uses every package but {@code cli}, which it must not import.
 */
package dev.hanmoto.build;
