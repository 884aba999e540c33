import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { InvitationPreview } from '@xinzhi/shared-contracts';
import { AUTH_URLS } from '@xinzhi/web-core';
import type { Observable } from 'rxjs';

/** Reads an invitation by the secret of its link (public: no sign-in needed). */
@Injectable({ providedIn: 'root' })
export class InvitationClient {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`${AUTH_URLS.invitations}/${encodeURIComponent(token)}`);
  }
}
