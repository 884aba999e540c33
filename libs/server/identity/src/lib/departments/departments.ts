import { Body, Controller, Delete, Get, HttpCode, Injectable, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { AnyTenantMember, decodeCursor, encodeCursor, IdParam, isUniqueViolation, PageQuery, ProblemException, TenantRoles } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { Department, Page, PAGE_LIMIT_DEFAULT } from '@xinzhi/shared-contracts';
import { AuditLog } from '../audit/audit.log';
import { DepartmentDto } from '../dto';
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
  constructor(private readonly tx: TransactionRunner, private readonly audit: AuditLog) {}

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
  list(@Query() query: PageQuery): Promise<Page<Department>> {
    return this.departments.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor));
  }

  @Post()
  @TenantRoles('owner')
  create(@Body() body: DepartmentDto): Promise<Department> {
    return this.departments.create(body.name);
  }

  @Get(':id')
  @AnyTenantMember()
  get(@Param() { id }: IdParam): Promise<Department> {
    return this.departments.get(id);
  }

  @Patch(':id')
  @TenantRoles('owner')
  update(@Param() { id }: IdParam, @Body() body: DepartmentDto): Promise<Department> {
    return this.departments.update(id, body.name);
  }

  @Delete(':id')
  @HttpCode(204)
  @TenantRoles('owner')
  async remove(@Param() { id }: IdParam): Promise<void> {
    await this.departments.remove(id);
  }
}

