import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Benchmark, Page, Project, PutShowcaseRequest, ShowcaseCard, ShowcasePage, ShowcaseSettings } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Who reads the gallery: a member of an enterprise, or the park administrator (its own routes). */
export type GalleryMode = 'tenant' | 'park';

/** Showcases (the owner's consent, the gallery, one showcase, the benchmark mark) and the peer benchmark. */
@Injectable({ providedIn: 'root' })
export class ShowcasesClient {
  private readonly http = inject(HttpClient);

  settings(): Observable<ShowcaseSettings> {
    return this.http.get<ShowcaseSettings>('/api/showcase');
  }

  save(body: PutShowcaseRequest): Observable<ShowcaseSettings> {
    return this.http.put<ShowcaseSettings>('/api/showcase', body);
  }

  revoke(): Observable<void> {
    return this.http.delete<void>('/api/showcase');
  }

  projects(): Observable<Page<Project>> {
    return this.http.get<Page<Project>>('/api/projects', { params: new HttpParams().set('limit', 200) });
  }

  list(mode: GalleryMode): Observable<ShowcaseCard[]> {
    return this.http.get<ShowcaseCard[]>(mode === 'park' ? '/api/park/showcases' : '/api/showcases');
  }

  get(mode: GalleryMode, showcaseId: string): Observable<ShowcasePage> {
    return this.http.get<ShowcasePage>(`${mode === 'park' ? '/api/park/showcases' : '/api/showcases'}/${id(showcaseId)}`);
  }

  mark(showcaseId: string, benchmark: boolean): Observable<ShowcasePage> {
    return this.http.patch<ShowcasePage>(`/api/park/showcases/${id(showcaseId)}`, { benchmark });
  }

  benchmarks(): Observable<Benchmark> {
    return this.http.get<Benchmark>('/api/benchmarks');
  }
}
