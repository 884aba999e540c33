import { EntityManager } from 'typeorm';
import { FrameworkPublishError, loadBundledFrameworks, publishFrameworks } from '@xinzhi/server-assessment';
import { RequestContext } from '@xinzhi/server-core';
import { ServiceTest } from '@xinzhi/testing/service';

/** Thrown at the end of a test's transaction so that nothing it published stays (published rows cannot be deleted). */
class RolledBack extends Error {}

/**
 * Publishing framework versions (what the migrate step does with the bundled documents): a
 * version not yet published is added, one published with the same document is left alone, and
 * one published with a different document stops publishing — a published version never changes.
 * The table lets nobody change or remove a row, and only a platform context add one.
 */
describe('publishing assessment frameworks', () => {
  let t: ServiceTest;
  const bundled = loadBundledFrameworks();
  const miit = bundled.find((d) => d.key === 'miit-sme-dl');

  beforeAll(async () => {
    t = await ServiceTest.start();
  });
  afterAll(() => t?.close());

  /** Runs `work` in one transaction without a tenant, then rolls it back. */
  async function rolledBack<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    let value: T | undefined;
    await t.tx
      .runAs(RequestContext.system('svc-frameworks'), async (m) => {
        value = await work(m);
        throw new RolledBack();
      })
      .catch((error) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    return value as T;
  }

  it('leaves the versions the migrate step published alone', async () => {
    const outcome = await rolledBack((m) => publishFrameworks(m, bundled));
    expect(outcome.published).toEqual([]);
    expect(outcome.unchanged.sort()).toEqual(['eu-dma 2024', 'miit-sme-dl 2024']);
  });

  it('stops when a published version’s document was changed, saying a correction is a new version', async () => {
    if (!miit) throw new Error('no MIIT document bundled');
    // A corrected wording under the same version (a sound document, just not the one published).
    const changed = { ...miit, source: { ...miit.source, 'en-US': `${miit.source['en-US']} (corrected)` } };
    const error = await rolledBack((m) =>
      publishFrameworks(m, [changed]).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(FrameworkPublishError);
    expect((error as Error).message).toMatch(/miit-sme-dl 2024 is already published with a different document/);
    expect((error as Error).message).toMatch(/never changes.*new version/);
  });

  it('publishes a new version, which becomes the current one, and refuses a document that is not a framework', async () => {
    if (!miit) throw new Error('no MIIT document bundled');
    const rows = await rolledBack(async (m) => {
      const outcome = await publishFrameworks(m, [miit, { ...miit, version: '2024.1' }]);
      expect(outcome).toEqual({ published: ['miit-sme-dl 2024.1'], unchanged: ['miit-sme-dl 2024'] });
      return m.query(`SELECT version FROM assessment_frameworks WHERE key = 'miit-sme-dl' ORDER BY published_at DESC, id DESC`);
    });
    expect(rows.map((r: { version: string }) => r.version)).toEqual(['2024.1', '2024']);

    const broken = await rolledBack((m) =>
      publishFrameworks(m, [{ ...miit, version: '2024.2', dimensions: [] }]).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect((broken as Error).message).toMatch(/is not a valid framework document: dimensions/);
  });

  it('lets no one change or remove a published version, and only the platform add one', async () => {
    const update = await rolledBack((m) =>
      m.query(`UPDATE assessment_frameworks SET published_at = now()`).then(
        () => null,
        (e: Error) => e,
      ),
    );
    expect((update as Error).message).toMatch(/permission denied/);
    const remove = await rolledBack((m) =>
      m.query(`DELETE FROM assessment_frameworks`).then(
        () => null,
        (e: Error) => e,
      ),
    );
    expect((remove as Error).message).toMatch(/permission denied/);
    // Without the platform context (a tenant's, say), row security refuses the insert.
    const insert = await rolledBack((m) =>
      m
        .query(
          `INSERT INTO assessment_frameworks (key, version, industry_table, definition)
           VALUES ('planted', '1', 'manufacturing', '{"key":"planted","version":"1","industryTable":"manufacturing"}')`,
        )
        .then(
          () => null,
          (e: Error) => e,
        ),
    );
    expect((insert as Error).message).toMatch(/row-level security/);
  });
});
