import { Controller, Delete, Get, HttpCode, Injectable, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import {
  AnyTenantMember,
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  ProblemException,
  Responds,
  RespondsNoContent,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import { AuditLog, TransactionRunner } from '@xinzhi/server-db';
import {
  Department,
  DepartmentPageSchema,
  DepartmentRequest,
  DepartmentRequestSchema,
  DepartmentSchema,
  IdParams,
  IdParamsSchema,
  Page,
  PAGE_LIMIT_DEFAULT,
  PageQueryParams,
  PageQuerySchema,
} from '@xinzhi/shared-contracts';
import { deleteDepartment, findDepartment, insertDepartment, listDepartments, renameDepartment } from './departments.data';

/** Unique-name violations become a 409 that names the field. */
async function uniqueName<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'A department with this name already exists.');
    throw error;
  }
}

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  private async one(m: EntityManager, id: string): Promise<Department> {
    const department = await findDepartment(m, id);
    if (!department) throw ProblemException.notFound('No department with this id.');
    return department;
  }

  list(limit: number, cursor: string | null): Promise<Page<Department>> {
    return this.tx.run(async (m) => {
      const rows = await listDepartments(m, cursor, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<Department> {
    return this.tx.run((m) => this.one(m, id));
  }

  create(name: string): Promise<Department> {
    return uniqueName(
      this.tx.run(async (m) => {
        const id = await insertDepartment(m, name);
        await this.audit.record(m, 'department.created', name, { departmentId: id });
        return this.one(m, id);
      }),
    );
  }

  update(id: string, name: string): Promise<Department> {
    return uniqueName(
      this.tx.run(async (m) => {
        const before = await this.one(m, id);
        await renameDepartment(m, id, name);
        await this.audit.record(m, 'department.updated', name, { departmentId: id, from: before.name });
        return this.one(m, id);
      }),
    );
  }

  /** Deleting a department keeps its members; they are left without a department. */
  async remove(id: string): Promise<void> {
    await this.tx.run(async (m) => {
      const before = await this.one(m, id);
      await deleteDepartment(m, id);
      await this.audit.record(m, 'department.deleted', before.name, { departmentId: id, members: before.memberCount });
    });
  }
}

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @AnyTenantMember()
  @Responds(DepartmentPageSchema)
  list(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<Department>> {
    return this.departments.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  @Post()
  @TenantRoles('owner')
  @Responds(DepartmentSchema, 201)
  create(@ValidBody(DepartmentRequestSchema) body: DepartmentRequest): Promise<Department> {
    return this.departments.create(body.name);
  }

  @Get(':id')
  @AnyTenantMember()
  @Responds(DepartmentSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Department> {
    return this.departments.get(id);
  }

  @Patch(':id')
  @TenantRoles('owner')
  @Responds(DepartmentSchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(DepartmentRequestSchema) body: DepartmentRequest): Promise<Department> {
    return this.departments.update(id, body.name);
  }

  @Delete(':id')
  @HttpCode(204)
  @TenantRoles('owner')
  @RespondsNoContent()
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.departments.remove(id);
  }
}
