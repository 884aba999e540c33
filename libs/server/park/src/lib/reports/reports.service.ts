import { Injectable } from '@nestjs/common';
import { exportLocale, namesLanguage } from '@xinzhi/server-core';
import { actingUserLocale, TransactionRunner } from '@xinzhi/server-db';
import { Locale } from '@xinzhi/shared-contracts';
import { painPointMatrix, unmetAreas } from '../matrix/matrix';
import { matrixTenants, publishedSolutionAreas } from '../matrix/matrix.data';
import { reportSurveyQuestions, reportSurveyResponses, reportTenants } from './reports.data';
import { reportSheets, surveyReportRows, workbookBuffer } from './workbook';

/** The park report as an Excel workbook, from the rollups, the park's catalog and its surveys. */
@Injectable()
export class ReportsService {
  constructor(private readonly tx: TransactionRunner) {}

  async workbook(acceptLanguage: string | undefined): Promise<{ locale: Locale; body: Buffer }> {
    const { locale, sheets } = await this.tx.run(async (m) => {
      const locale = exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m));
      const tenants = await reportTenants(m);
      const matrix = painPointMatrix(await matrixTenants(m), unmetAreas(await publishedSolutionAreas(m)));
      const questions = await reportSurveyQuestions(m);
      const responses = await reportSurveyResponses(m);
      const surveys = surveyReportRows(
        questions.map((q) => ({
          surveyId: q.survey_id,
          surveyTitle: q.survey_title,
          id: q.id,
          kind: q.kind,
          text: q.text,
          options: q.options,
        })),
        responses.map((r) => ({ surveyId: r.survey_id, answers: r.answers })),
      );
      return { locale, sheets: reportSheets({ tenants, matrix, surveys }, locale) };
    });
    return { locale, body: await workbookBuffer(sheets) };
  }
}
