import { Injectable } from '@nestjs/common';
import { isUniqueViolation, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { PutShowcaseRequestSchema, ShowcaseCard, ShowcasePage, ShowcaseSettings } from '@xinzhi/shared-contracts';
import { z } from 'zod';
import { consentChange } from './showcase-rules';
import {
  activeConsent,
  insertConsent,
  markShowcase,
  projectExists,
  renewConsent,
  revokeActive,
  showcaseCards,
  showcasePage,
} from './showcases.data';

const notFound = () => ProblemException.notFound('No showcase with this id in your park.');

/**
 * Showcases (样板间): the owner's revocable consent to show one project to the park, the gallery
 * and page other tenants (and the park administrator) read through the narrow definer functions,
 * and the park administrator's benchmark mark. Consent is checked by those functions at read time,
 * so a revoked showcase is gone from the next read.
 */
@Injectable()
export class ShowcasesService {
  constructor(private readonly tx: TransactionRunner) {}

  settings(): Promise<ShowcaseSettings> {
    return this.tx.run(async (m) => ({ active: await activeConsent(m) }));
  }

  async put(body: z.output<typeof PutShowcaseRequestSchema>): Promise<ShowcaseSettings> {
    const userId = RequestContext.current().userId;
    try {
      return await this.tx.run(async (m) => {
        const active = await activeConsent(m);
        const change = consentChange(active, body);
        if (body.projectId !== null && change.kind === 'consent' && !(await projectExists(m, body.projectId))) {
          throw ProblemException.notFound('No project with this id.');
        }
        switch (change.kind) {
          case 'revoke':
            await revokeActive(m);
            break;
          case 'consent':
            if (change.revokeFirst) await revokeActive(m);
            await insertConsent(m, body.projectId as string, body.showAbsolute, userId);
            break;
          case 'update':
            await renewConsent(m, body.showAbsolute, userId);
            break;
          case 'none':
            break;
        }
        return { active: await activeConsent(m) };
      });
    } catch (error) {
      // Two consents at the same moment: the one active consent per tenant is kept by the index.
      if (isUniqueViolation(error, 'showcases_one_active'))
        throw ProblemException.conflict('projectId', 'The showcase changed meanwhile; reload and try again.');
      throw error;
    }
  }

  async revoke(): Promise<void> {
    await this.tx.run((m) => revokeActive(m));
  }

  list(): Promise<ShowcaseCard[]> {
    return this.tx.run((m) => showcaseCards(m));
  }

  get(id: string): Promise<ShowcasePage> {
    return this.tx.run(async (m) => {
      const page = await showcasePage(m, id);
      if (!page) throw notFound();
      return page;
    });
  }

  mark(id: string, benchmark: boolean): Promise<ShowcasePage> {
    return this.tx.run(async (m) => {
      if (!(await markShowcase(m, id, benchmark))) throw notFound();
      const page = await showcasePage(m, id);
      if (!page) throw notFound();
      return page;
    });
  }
}
