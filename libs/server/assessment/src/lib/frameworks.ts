import { EntityManager } from 'typeorm';
import { AssessmentFrameworkDefinition, AssessmentFrameworkDefinitionSchema } from '@xinzhi/shared-contracts';
import { loadBundledFrameworks } from './frameworks/bundled';
import { checkFramework } from './frameworks/check';
import { actAsPlatform, findFramework, FrameworkRecord, insertFramework, publishedVersion } from './frameworks.data';

/**
 * Framework documents by row id. A published row never changes (the table allows no UPDATE), so a
 * document once read stays right for the life of the process; only `current` can change, and it
 * is read with the row each time.
 */
const definitions = new Map<string, AssessmentFrameworkDefinition>();

/** A published framework with its document checked against the contract, or null when there is no such row. */
export async function loadFramework(m: EntityManager, id: string): Promise<FrameworkRecord | null> {
  const cached = definitions.get(id);
  const record = await findFramework(m, id);
  if (!record) return null;
  if (cached) return { ...record, definition: cached };
  const definition = AssessmentFrameworkDefinitionSchema.parse(record.definition);
  definitions.set(id, definition);
  return { ...record, definition };
}

/** The document of a published framework row (cached), or null. */
export async function frameworkDefinition(m: EntityManager, id: string): Promise<AssessmentFrameworkDefinition | null> {
  return definitions.get(id) ?? (await loadFramework(m, id))?.definition ?? null;
}

/** Thrown by publishing: a document that is not a framework, or a published version whose document differs. */
export class FrameworkPublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameworkPublishError';
  }
}

/** Versions in the order they are published: by key, then version ('2024' before '2024.1' before '2025'). */
function publicationOrder(a: AssessmentFrameworkDefinition, b: AssessmentFrameworkDefinition): number {
  return a.key.localeCompare(b.key) || a.version.localeCompare(b.version, 'en', { numeric: true });
}

/**
 * Publishes framework documents into `assessment_frameworks`, in the caller's transaction (the
 * migrate step's, as the owner role acting as the platform): each (key, version) not yet there is
 * checked and added; one already there with the same document is left alone; one already there
 * with a different document stops everything — a published version never changes (assessments
 * were taken with it), so a correction must be published as a new version.
 */
export async function publishFrameworks(
  m: EntityManager,
  documents: readonly unknown[],
): Promise<{ published: string[]; unchanged: string[] }> {
  const defs = documents.map((doc, index) => {
    const parsed = AssessmentFrameworkDefinitionSchema.safeParse(doc);
    if (!parsed.success) {
      const where = (doc as { key?: unknown; version?: unknown } | null)?.key ?? `document ${index + 1}`;
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).join('; ');
      throw new FrameworkPublishError(`framework ${String(where)} is not a valid framework document: ${issues}`);
    }
    const problems = checkFramework(parsed.data);
    if (problems.length) {
      throw new FrameworkPublishError(`framework ${parsed.data.key} ${parsed.data.version} is inconsistent: ${problems.join('; ')}`);
    }
    return parsed.data;
  });
  const seen = new Set<string>();
  for (const def of defs) {
    const label = `${def.key} ${def.version}`;
    if (seen.has(label)) throw new FrameworkPublishError(`framework ${label} is given twice`);
    seen.add(label);
  }

  await actAsPlatform(m);
  const published: string[] = [];
  const unchanged: string[] = [];
  for (const def of [...defs].sort(publicationOrder)) {
    const label = `${def.key} ${def.version}`;
    const existing = await publishedVersion(m, def);
    if (existing?.same) {
      unchanged.push(label);
    } else if (existing) {
      throw new FrameworkPublishError(
        `framework ${label} is already published with a different document. A published version never changes ` +
          `(assessments were taken with it): put the corrected document under a new version (e.g. "${def.version}.1") and publish that.`,
      );
    } else {
      await insertFramework(m, def);
      published.push(label);
    }
  }
  return { published, unchanged };
}

/** Publishes the framework documents bundled with this release (`src/lib/frameworks/*.json`). */
export function publishBundledFrameworks(m: EntityManager): Promise<{ published: string[]; unchanged: string[] }> {
  return publishFrameworks(m, loadBundledFrameworks());
}
