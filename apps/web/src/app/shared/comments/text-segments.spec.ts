import { textSegments } from './text-segments';

describe('textSegments', () => {
  it('keeps text without address as one text segment', () => {
    expect(textSegments('Point d’étape\nRAS')).toEqual([
      { kind: 'text', text: 'Point d’étape\nRAS' },
    ]);
    expect(textSegments('')).toEqual([]);
  });

  it('makes http(s) addresses links, without the punctuation that ends the sentence', () => {
    expect(
      textSegments(
        'Voir https://sante.gouv.fr/page?x=1. Et http://a.fr/b_(c))',
      ),
    ).toEqual([
      { kind: 'text', text: 'Voir ' },
      {
        kind: 'link',
        text: 'https://sante.gouv.fr/page?x=1',
        href: 'https://sante.gouv.fr/page?x=1',
      },
      { kind: 'text', text: '. Et ' },
      { kind: 'link', text: 'http://a.fr/b_(c)', href: 'http://a.fr/b_(c)' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('never makes a link of another scheme or of markup', () => {
    const segments = textSegments(
      'javascript:alert(1) <a href="https://x.fr">x</a>',
    );
    const links = segments.filter((segment) => segment.kind === 'link');
    expect(links).toEqual([
      { kind: 'link', text: 'https://x.fr', href: 'https://x.fr/' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(
      'javascript:alert(1) <a href="https://x.fr">x</a>',
    );
  });
});
