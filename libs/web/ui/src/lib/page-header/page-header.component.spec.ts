import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageHeaderComponent } from './page-header.component';

@Component({
  selector: 'xz-host',
  imports: [PageHeaderComponent],
  template: `<xz-page-header heading="Projects" subheading="All of them" headingTestId="projects-title">
    <button xzPageHeaderActions>New</button>
  </xz-page-header>`,
})
class HostComponent {}

describe('PageHeaderComponent', () => {
  it('renders heading, subheading and projected actions', () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const heading = element.querySelector('h1');
    expect(heading?.textContent).toBe('Projects');
    expect(heading?.getAttribute('data-testid')).toBe('projects-title');
    expect(element.querySelector('.subheading')?.textContent).toBe('All of them');
    expect(element.querySelector('.actions button')?.textContent).toBe('New');
  });
});
