import type { MultipartFile } from '@fastify/multipart';
import { Controller, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AnyTenantMember,
  ProblemException,
  Responds,
  RespondsFile,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import {
  ApplyImportRequest,
  ApplyImportRequestSchema,
  CreateImportFieldsSchema,
  IdParams,
  IdParamsSchema,
  IMPORT_FILE_MAX_BYTES,
  IMPORT_KINDS,
  ImportCreated,
  ImportCreatedSchema,
  ImportState,
  ImportStateSchema,
  PROBLEM_CODES,
  ProblemTypes,
  TemplateQuery,
  TemplateQuerySchema,
} from '@xinzhi/shared-contracts';
import { tasksTemplate, XLSX_TYPE } from './imports-workbooks';
import { ImportsService } from './imports.service';

const tooLarge = () =>
  new ProblemException({
    type: ProblemTypes.http,
    title: 'Content Too Large',
    status: 413,
    detail: `The file is larger than ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB.`,
  });

function download(reply: FastifyReply, name: string): void {
  void reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store');
}

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('imports')
  @HttpCode(202)
  @TenantRoles('owner', 'leader')
  @ApiOperation({
    summary:
      'Upload an .xlsx to import (multipart: kind, projectId, file); the rows are checked in the background — poll GET /api/imports/{id}. 413 over 10 MB, 415 when not an .xlsx (by content), 422 over 20,000 rows',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    required: true,
    schema: {
      type: 'object',
      required: ['kind', 'projectId', 'file'],
      properties: {
        kind: { type: 'string', enum: [...IMPORT_KINDS] },
        projectId: { type: 'string', format: 'uuid' },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @Responds(ImportCreatedSchema, 202, 'Accepted; the import is being validated')
  async create(@Req() req: FastifyRequest, @Headers('accept-language') acceptLanguage: string | undefined): Promise<ImportCreated> {
    if (!req.isMultipart())
      throw ProblemException.validation([{ field: 'file', code: PROBLEM_CODES.required, message: 'send multipart/form-data with a file' }]);
    const fields: Record<string, string> = {};
    let file: { name: string; buffer: Buffer } | null = null;
    try {
      for await (const part of req.parts({ limits: { fileSize: IMPORT_FILE_MAX_BYTES, files: 1, fields: 10 } })) {
        if (part.type === 'file') {
          const f = part as MultipartFile;
          const buffer = await f.toBuffer();
          if (f.file.truncated) throw tooLarge();
          file = { name: f.filename || 'import.xlsx', buffer };
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      if ((error as { statusCode?: number }).statusCode === 413) throw tooLarge();
      throw error;
    }
    const parsed = CreateImportFieldsSchema.safeParse(fields);
    if (!parsed.success)
      throw ProblemException.validation(
        parsed.error.issues.map((i) => ({
          field: String(i.path[0] ?? ''),
          code: PROBLEM_CODES.required,
          message: `${String(i.path[0])}: ${i.message}`,
        })),
      );
    if (!file) throw ProblemException.validation([{ field: 'file', code: PROBLEM_CODES.required, message: 'file is required' }]);
    return this.imports.create(parsed.data, file, acceptLanguage);
  }

  @Get('imports/:id')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'An import’s status, progress, counts (new / changed / unchanged / removed) and errors' })
  @Responds(ImportStateSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<ImportState> {
    return this.imports.get(id);
  }

  @Post('imports/:id/apply')
  @HttpCode(202)
  @TenantRoles('owner', 'leader')
  @ApiOperation({
    summary: 'Apply a previewed import in one transaction (in the background); removeMissing deletes the tasks the file does not name',
  })
  @Responds(ImportStateSchema, 202, 'Accepted; the import is being applied')
  apply(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(ApplyImportRequestSchema) body: ApplyImportRequest,
  ): Promise<ImportState> {
    return this.imports.apply(id, body);
  }

  @Get('imports/:id/errors.xlsx')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'The uploaded rows with an error column (row, column, what is wrong, in the uploader’s language)' })
  @RespondsFile(XLSX_TYPE, 'The annotated workbook')
  async errors(@ValidParams(IdParamsSchema) { id }: IdParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const body = await this.imports.errorsWorkbook(id);
    download(reply, 'import-errors.xlsx');
    return body;
  }

  @Get('templates/tasks.xlsx')
  @AnyTenantMember()
  @ApiOperation({ summary: 'The tasks import template: headers, drop-down lists for the enumerations, an instructions sheet' })
  @RespondsFile(XLSX_TYPE, 'The template workbook')
  async template(@ValidQuery(TemplateQuerySchema) query: TemplateQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const locale = query.locale ?? 'zh-CN';
    const body = await tasksTemplate(locale);
    download(reply, locale === 'zh-CN' ? 'tasks-template-zh.xlsx' : 'tasks-template.xlsx');
    return body;
  }
}
