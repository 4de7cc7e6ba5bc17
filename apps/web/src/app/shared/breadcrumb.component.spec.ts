import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BreadcrumbComponent } from './breadcrumb.component';

describe('BreadcrumbComponent', () => {
  it('links every step but the last, which is the current page', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(BreadcrumbComponent);
    fixture.componentRef.setInput('items', [
      { label: 'Projets stratégiques', link: '/plans' },
      { label: 'Ma santé 2027', link: ['/plans', 1] },
      { label: 'Axe 2', link: ['/plans', 1, 'axes', 2] },
    ]);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    const nav = host.querySelector('nav.fr-breadcrumb');
    expect(nav?.getAttribute('aria-label')).toBe('vous êtes ici :');
    const links = Array.from(
      host.querySelectorAll<HTMLAnchorElement>('.fr-breadcrumb__link'),
    );
    expect(
      links.map((link) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
        link.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['Projets stratégiques', '/plans', null],
      ['Ma santé 2027', '/plans/1', null],
      ['Axe 2', null, 'page'],
    ]);
    expect(
      host
        .querySelector('.fr-breadcrumb__button')
        ?.getAttribute('aria-controls'),
    ).toBe('fil-ariane');
  });
});
