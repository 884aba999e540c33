import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ImportCreated, ImportState, Locale } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** Excel imports of a project's tasks: upload, status, apply, the error report and the template. */
@Injectable({ providedIn: 'root' })
export class ImportsClient {
  private readonly http = inject(HttpClient);

  upload(projectId: string, file: File): Observable<ImportCreated> {
    const form = new FormData();
    form.append('kind', 'tasks');
    form.append('projectId', projectId);
    form.append('file', file, file.name);
    return this.http.post<ImportCreated>('/api/imports', form);
  }

  get(id: string): Observable<ImportState> {
    return this.http.get<ImportState>(`/api/imports/${encodeURIComponent(id)}`);
  }

  apply(id: string, removeMissing: boolean): Observable<ImportState> {
    return this.http.post<ImportState>(`/api/imports/${encodeURIComponent(id)}/apply`, { removeMissing });
  }

  errorsWorkbook(id: string): Observable<Blob> {
    return this.http.get(`/api/imports/${encodeURIComponent(id)}/errors.xlsx`, { responseType: 'blob' });
  }

  template(locale: Locale): Observable<Blob> {
    return this.http.get('/api/templates/tasks.xlsx', { params: { locale }, responseType: 'blob' });
  }
}
