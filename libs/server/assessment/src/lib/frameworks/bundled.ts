import { AssessmentFrameworkDefinition, AssessmentFrameworkDefinitionSchema } from '@xinzhi/shared-contracts';
import { checkFramework } from './check';
import euDma2024 from './eu-dma-2024.json';
import miitSmeDl2024 from './miit-sme-dl-2024.json';

/** The framework documents shipped with the product, in the order they are offered. */
const BUNDLED: { file: string; document: unknown }[] = [
  { file: 'miit-sme-dl-2024.json', document: miitSmeDl2024 },
  { file: 'eu-dma-2024.json', document: euDma2024 },
];

/**
 * The bundled framework documents, parsed with the contract's schema and structurally checked.
 * Throws, naming the file and every problem, when one is not sound: a broken document must stop the
 * publishing step, never reach an assessment.
 */
export function loadBundledFrameworks(): AssessmentFrameworkDefinition[] {
  return BUNDLED.map(({ file, document }) => {
    const parsed = AssessmentFrameworkDefinitionSchema.safeParse(document);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`);
      throw new Error(`Framework document ${file} does not match the schema:\n- ${issues.join('\n- ')}`);
    }
    const problems = checkFramework(parsed.data);
    if (problems.length > 0) throw new Error(`Framework document ${file} is not sound:\n- ${problems.join('\n- ')}`);
    return parsed.data;
  });
}
