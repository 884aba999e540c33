import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { HealthCardComponent } from '../system-status/health-card.component';

interface Persona {
  readonly id: 'leadership' | 'employee' | 'park';
  readonly icon: string;
  readonly title: TranslationKey;
  readonly text: TranslationKey;
}

const PERSONAS: readonly Persona[] = [
  {
    id: 'leadership',
    icon: 'apartment',
    title: 'home.persona.leadership.title',
    text: 'home.persona.leadership.text',
  },
  { id: 'employee', icon: 'user', title: 'home.persona.employee.title', text: 'home.persona.employee.text' },
  { id: 'park', icon: 'bank', title: 'home.persona.park.title', text: 'home.persona.park.text' },
];

/** Landing page: what Xinzhi is, for whom, and whether the system is up. */
@Component({
  selector: 'xz-home-page',
  imports: [RouterLink, NzButtonModule, NzCardModule, NzIconModule, PageHeaderComponent, HealthCardComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.css',
})
export class HomePageComponent {
  private readonly auth = inject(AuthService);

  protected readonly personas = PERSONAS;
  protected readonly signedIn = this.auth.signedIn;
  protected readonly home = this.auth.home;
}
