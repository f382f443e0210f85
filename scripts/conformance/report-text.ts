// The report as text for people: percentages with one decimal, the counts
// beside them, and the worst types spelled out.
import type { ConformanceReport, WorstType } from './compare.js';
import type { Ratio } from './metrics.js';
import { type MissingProperty, isOurBug } from './type-diff.js';

const LABEL_WIDTH = 34;
const LIST_LIMIT = 30;

export function formatPercent(value: Ratio): string {
  return value.percent === null ? 'n/a' : `${value.percent.toFixed(1)}%`;
}

function line(label: string, value: Ratio): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${formatPercent(value).padStart(6)}  (${value.hit} / ${value.total})`;
}

function list(names: readonly string[], limit = LIST_LIMIT): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown}, ... and ${names.length - limit} more` : shown;
}

export function formatReport(report: ConformanceReport): string {
  const { coverage, properties, typeAccuracy, enumExactness, losses } = report;
  const out: string[] = ['Conformance of the generated model against the CSDL', ''];
  out.push('Coverage (types the docs document)', line('present in the model', coverage.types));
  if (coverage.missingTypes.length > 0) out.push(`  missing: ${list(coverage.missingTypes)}`);
  out.push(`  names pages document that the CSDL lacks: ${coverage.documentedNamesNotInCsdl.length}`, '');
  out.push('Property recall (CSDL properties, own + inherited, that the model has)',
    line('structural', properties.recall.structural), line('navigation', properties.recall.navigation),
    line('all', properties.recall.all), '');
  out.push('Property precision (model properties, own + inherited, that the CSDL has)',
    line('structural', properties.precision.structural), line('navigation', properties.precision.navigation),
    line('all', properties.precision.all), '');
  out.push('Type accuracy (matched properties whose type equals the CSDL type)',
    line('all', typeAccuracy.all), line('primitive (incl. Json)', typeAccuracy.byKind.primitive),
    line('reference (entity/complex)', typeAccuracy.byKind.reference), line('enum', typeAccuracy.byKind.enum));
  if (typeAccuracy.byKind.other.total > 0) out.push(line('other (not in the CSDL)', typeAccuracy.byKind.other));
  out.push(line('collections', typeAccuracy.collections), '');
  out.push('Enum exactness (model enum members equal the CSDL members)',
    line('properties', enumExactness.properties), line('distinct CSDL enums', enumExactness.enums), '');
  out.push('Missing properties: our bug vs the docs\' gap',
    `  our bug (the page text mentions it):    ${losses.ourBug}` +
      ` (own page ${losses.bySource.page}, a stated base type's page ${losses.bySource['base-page']})`,
    `  docs gap (the page text never says it): ${losses.docsGap}` +
      ` (never ${losses.bySource.none}, only in another casing ${losses.bySource['other-case']},` +
      ` only on the page of a base type no page states ${losses.bySource['unstated-base']})`, '');
  out.push(`Worst ${report.worstTypes.length} types (missing + mistyped properties)`);
  report.worstTypes.forEach((type, position) => out.push(...formatWorstType(type, position + 1)));
  return out.join('\n');
}

function formatWorstType(type: WorstType, rank: number): string[] {
  const ourBug = type.missing.filter((property) => isOurBug(property.mention));
  const docsGap = type.missing.filter((property) => !isOurBug(property.mention));
  const out = [`${String(rank).padStart(3)}. ${type.name}: ${type.missing.length} missing, ${type.mistyped.length} mistyped`];
  if (ourBug.length > 0) out.push(`       missing, our bug:  ${list(ourBug.map(missingLabel), Infinity)}`);
  if (docsGap.length > 0) out.push(`       missing, docs gap: ${list(docsGap.map(missingLabel), Infinity)}`);
  for (const property of type.mistyped) {
    out.push(`       mistyped ${property.name}: model ${property.modelType}, CSDL ${property.csdlType}`);
  }
  return out;
}

function missingLabel(property: MissingProperty): string {
  const notes = [
    property.navigation ? 'nav' : '',
    property.mention === 'base-page' ? 'on base page' : '',
    property.mention === 'unstated-base' ? 'on unstated base page' : '',
    property.mention === 'other-case' ? 'docs spell it otherwise' : '',
    property.modelSpelling === undefined ? '' : `model has "${property.modelSpelling}"`,
  ].filter((note) => note !== '');
  return notes.length === 0 ? property.name : `${property.name} (${notes.join(', ')})`;
}
