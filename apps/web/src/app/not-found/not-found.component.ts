import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';

@Component({
  selector: 'xz-not-found',
  imports: [RouterLink, NzButtonModule, NzResultModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result nzStatus="404" nzTitle="404" [nzSubTitle]="'notFound.message' | t" data-testid="not-found">
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/" data-testid="not-found-home">{{ 'notFound.backHome' | t }}</a>
      </div>
    </nz-result>
  `,
})
export class NotFoundComponent {}
