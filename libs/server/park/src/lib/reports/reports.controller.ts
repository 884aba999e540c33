import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ParkAdmin, RespondsFile } from '@xinzhi/server-core';
import { ReportsService } from './reports.service';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('park')
@Controller('park/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('park.xlsx')
  @ParkAdmin()
  @ApiOperation({
    summary:
      'The park report as an Excel workbook: tenants (classification and rollup numbers), cross-analysis (industry × scale), pain-point matrix, survey results; Chinese headers for zh-CN (Accept-Language, else the user’s saved locale)',
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async park(
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { locale, body } = await this.reports.workbook(acceptLanguage);
    const name = locale === 'zh-CN' ? '园区报表.xlsx' : 'park-report.xlsx';
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="park-report.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'no-store');
    return body;
  }
}
