/**
 * The {@code ssi} command line and its reports: reads members and activities from CSV files,
 * scores and advises every member, and writes the team's report as text, JSON, CSV or one
 * self-contained HTML file. {@link io.ssi.examples.cli.SsiCommand} is the entry point; with no
 * arguments it prints the bundled sample team's report.
 *
 * <p>Nothing here returns or accepts {@code null}; absent values are {@link java.util.Optional}.
 */
package io.ssi.examples.cli;
