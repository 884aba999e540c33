import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incentives keep facts, not sentences. An award's English `explanation` duplicated its `basis`
 * (the facts it was computed from, which the web words in the reader's language), and a skip's
 * English `reason` repeated the budget figures the scheme's budget already gives (cap, committed,
 * remaining, the skipped achievement's `amount`). Both columns go; nothing is lost that a reader
 * is shown.
 */
export class IncentiveFacts1764808200000 implements MigrationInterface {
  name = 'IncentiveFacts1764808200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incentive_awards DROP COLUMN explanation;
      ALTER TABLE incentive_skips DROP COLUMN reason;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incentive_awards ADD COLUMN explanation text NOT NULL DEFAULT '' CHECK (length(explanation) <= 1000);
      ALTER TABLE incentive_skips ADD COLUMN reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 1000);
    `);
  }
}
