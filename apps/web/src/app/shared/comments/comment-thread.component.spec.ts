import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CommentPayload, CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { required } from '../../testing/query';
import { CommentThreadComponent } from './comment-thread.component';

const liaison: CurrentUser = {
  id: 7,
  email: 'ars-bretagne@boussole.test',
  name: 'Awena Le Gall',
  role: 'ars_liaison',
  unit: null,
  regionCode: '53',
};

function comment(overrides: Partial<CommentPayload>): CommentPayload {
  return {
    id: 1,
    actionId: 12,
    regionCode: '53',
    kind: 'general',
    text: '',
    author: {
      id: 7,
      name: 'Awena Le Gall',
      role: 'ars_liaison',
      regionCode: '53',
      unitCode: null,
    },
    createdAt: '2026-11-24T13:05:00Z',
    editedAt: null,
    parentId: null,
    deleted: false,
    ...overrides,
  };
}

describe('CommentThreadComponent', () => {
  let http: HttpTestingController;

  async function render(comments: CommentPayload[], regionCode = '53') {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { user: signal(liaison) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CommentThreadComponent);
    fixture.componentRef.setInput('actionId', 12);
    fixture.componentRef.setInput('regionCode', regionCode);
    fixture.componentRef.setInput('unitCode', 'R');
    fixture.componentRef.setInput('heading', 'Commentaires du déploiement');
    await fixture.whenStable();
    http
      .expectOne(`/api/actions/12/regions/${regionCode}/comments`)
      .flush(comments);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('renders markup as text and http(s) addresses as links opening in a new window', async () => {
    const host = await render([
      comment({
        text: '<script>alert("x")</script>\n<img src=x onerror=alert(1)>\nCompte rendu : https://sante.gouv.fr/cr.pdf.',
        kind: 'result',
      }),
    ]);
    const body = host.querySelector('bsl-comment-text') as HTMLElement;
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')).toBeNull();
    expect(body.textContent).toContain('<script>alert("x")</script>');
    expect(body.textContent).toContain('<img src=x onerror=alert(1)>');
    const links = Array.from(body.querySelectorAll('a'));
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://sante.gouv.fr/cr.pdf');
    expect(links[0].textContent).toBe('https://sante.gouv.fr/cr.pdf');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(body.textContent).toContain('\nCompte rendu : ');
    expect(host.querySelector('.fr-tag')?.textContent?.trim()).toBe(
      'Type : Résultat',
    );
  });

  it('indents replies under their comment, and offers to answer, edit and post to the author’s own region', async () => {
    const host = await render([
      comment({ id: 1, text: 'Question' }),
      comment({
        id: 2,
        parentId: 1,
        text: 'Réponse',
        author: {
          id: 3,
          name: 'Paul Martin',
          role: 'project_manager',
          regionCode: null,
          unitCode: 'R',
        },
        editedAt: '2026-11-25T09:00:00Z',
      }),
    ]);
    const reply = host.querySelector('.bsl-thread__replies') as HTMLElement;
    expect(reply.textContent).toContain('Réponse');
    expect(reply.textContent).toContain('Chef·fe de projet (R)');
    expect(reply.textContent).toContain('(modifié le 25/11/2026 à 10:00)');
    const buttons = Array.from(host.querySelectorAll('button'), (b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(buttons.filter((b) => b?.startsWith('Répondre'))).toHaveLength(1);
    expect(buttons.filter((b) => b?.startsWith('Modifier'))).toHaveLength(1);
    expect(
      host.querySelector('label[for$="-nouveau-texte"]')?.textContent,
    ).toContain('Votre commentaire');
  });

  it('posts a comment, then puts the focus on it once the thread shows it', async () => {
    const question = comment({ id: 1, text: 'Question' });
    const host = await render([question]);
    const text = required(
      host.querySelector<HTMLTextAreaElement>('textarea[id$="-nouveau-texte"]'),
      'the new comment’s text',
    );
    text.value = 'Convention signée le 2 décembre.';
    text.dispatchEvent(new Event('input'));
    const post = required(
      Array.from(host.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === 'Publier le commentaire',
      ),
      '« Publier le commentaire »',
    );
    post.click();
    await TestBed.inject(ApplicationRef).whenStable();

    const sent = http.expectOne('/api/actions/12/regions/53/comments');
    expect(sent.request.method).toBe('POST');
    const created = comment({
      id: 9,
      text: 'Convention signée le 2 décembre.',
    });
    sent.flush(created);
    await TestBed.inject(ApplicationRef).whenStable();
    http
      .expectOne('/api/actions/12/regions/53/comments')
      .flush([question, created]);
    await TestBed.inject(ApplicationRef).whenStable();

    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe('ARTICLE');
    expect(focused.textContent).toContain('Convention signée le 2 décembre.');
    expect(host.querySelector('[role=status]')?.textContent).toContain(
      'Commentaire publié.',
    );
  });

  it('refuses the form outside the liaison’s region, with the reason', async () => {
    const host = await render([], '11');
    expect(host.querySelector('textarea')).toBeNull();
    expect(host.textContent).toContain('Aucun commentaire pour le moment.');
    expect(host.textContent).toContain(
      'Vous ne pouvez commenter que le déploiement de votre région (Bretagne).',
    );
  });
});
