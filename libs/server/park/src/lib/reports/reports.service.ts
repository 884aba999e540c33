import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@xinzhi/server-db';
import { Locale } from '@xinzhi/shared-contracts';
import { painPointMatrix, unmetAreas } from '../matrix/matrix';
import { matrixTenants, publishedSolutionAreas } from '../matrix/matrix.data';
import { reportTenants, savedLocale } from './reports.data';
import { reportLocale, reportSheets, workbookBuffer } from './workbook';

/** The park report as an Excel workbook, from the rollups, the park's catalog and its surveys. */
@Injectable()
export class ReportsService {
  constructor(private readonly tx: TransactionRunner) {}

  async workbook(acceptLanguage: string | undefined): Promise<{ locale: Locale; body: Buffer }> {
    const { locale, sheets } = await this.tx.run(async (m) => {
      const locale = reportLocale(acceptLanguage, acceptLanguage ? null : await savedLocale(m));
      const tenants = await reportTenants(m);
      const matrix = painPointMatrix(await matrixTenants(m), unmetAreas(await publishedSolutionAreas(m)));
      return { locale, sheets: reportSheets({ tenants, matrix, surveys: null }, locale) };
    });
    return { locale, body: await workbookBuffer(sheets) };
  }
}
