/** Command-line batch scoring: {@link vn.ocop.scoring.cli.ScoreCli}. */
package vn.ocop.scoring.cli;
