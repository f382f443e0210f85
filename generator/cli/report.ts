// How a run is reported: diagnostics grouped by file in the vfile convention
// and a summary line, or one JSON document for tools.
import { formatDiagnostic } from '../diagnostics.js';
import type { Diagnostic, Severity } from '../model/types.js';

export interface RunSummary {
  pages: number;
  resources: number;
  enums: number;
  files: number;
  /** Files whose content changed (or that are new) in the output folder. */
  written: number;
  removed: number;
  output: string;
  seconds: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  diagnostics: Diagnostic[];
  summary: RunSummary;
  /** `--check`: files that differ from what the docs give. */
  differs?: string[];
  exitCode: number;
}

export function countSeverity(diagnostics: readonly Diagnostic[], severity: Severity): number {
  return diagnostics.reduce((count, diagnostic) => count + (diagnostic.severity === severity ? 1 : 0), 0);
}

/** Diagnostic lines, one blank line between files; `shown` filters by severity. */
export function diagnosticsText(diagnostics: readonly Diagnostic[], shown: (severity: Severity) => boolean): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const diagnostic of diagnostics) {
    if (!shown(diagnostic.severity)) continue;
    if (previousFile !== undefined && diagnostic.file !== previousFile) lines.push('');
    lines.push(formatDiagnostic(diagnostic));
    previousFile = diagnostic.file;
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function summaryText(summary: RunSummary): string {
  const changes = summary.written === 0 && summary.removed === 0
    ? 'none changed'
    : `${summary.written} written${summary.removed > 0 ? `, ${summary.removed} removed` : ''}`;
  return (
    `${summary.pages} pages -> ${summary.resources} resources, ${summary.enums} enumerations; ` +
    `${summary.files} files in ${summary.output}, ${changes} (${summary.seconds.toFixed(2)} s); ` +
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}\n`
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
