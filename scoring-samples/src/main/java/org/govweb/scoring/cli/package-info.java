/**
 * The command-line tool {@code scoring-cli.jar} (picocli): {@code score}, {@code annual},
 * {@code batch}, {@code samples}, {@code check-rules}, {@code catalogue} and {@code export-rules}.
 * Entry point: {@link org.govweb.scoring.cli.ScoringCli}.
 */
package org.govweb.scoring.cli;
