import { FrenchToEnglish, englishFigures } from './french-to-english';

describe('FrenchToEnglish', () => {
  const english = new FrenchToEnglish(
    {
      'En retard': 'Late',
      'Échéance du {date} dépassée de {days}.': 'Due date {date} passed by {days}.',
      '{n}\u00a0jours': '{n}\u00a0days',
      '{what} introuvable.': '{what} not found.',
    },
    { 'Axe': 'Axis', 'Météo « {status} » à vérifier.': '“{status}” status to check.' },
  );

  it('knows exact texts, trimmed', () => {
    expect(english.known(' En retard ')).toBe('Late');
  });

  it('fills the variable parts, each translated in turn, figures made English', () => {
    expect(english.translate('Échéance du 24/11/2026 dépassée de 1\u202f234\u00a0jours.')).toBe(
      'Due date 24/11/2026 passed by 1,234\u00a0days.',
    );
    expect(english.translate('Axe introuvable.')).toBe('Axis not found.');
    expect(english.translate('Météo « En retard » à vérifier.')).toBe('“Late” status to check.');
  });

  it('translates each item of a French enumeration, joined the English way', () => {
    const lists = new FrenchToEnglish({
      'Historique ({historyList}).': 'History ({historyList}).',
      '{n} jalons': '{n} milestones',
      'En retard': 'Late',
    });
    expect(lists.translate('Historique (2 jalons, En retard et 1\u202f234 jalons).')).toBe(
      'History (2 milestones, Late and 1,234 milestones).',
    );
    expect(lists.translate('Historique (En retard).')).toBe('History (Late).');
  });

  it('leaves an unknown text as it is, with its figures made English', () => {
    expect(english.known('Texte inconnu')).toBeNull();
    expect(english.translate('Vu 42,5\u00a0% le 01/02/2026 à 14:05')).toBe('Vu 42.5% le 01/02/2026 at 14:05');
  });
});

describe('englishFigures', () => {
  it('writes decimals with a point and groups with a comma', () => {
    expect(englishFigures('1\u202f234\u202f567,25')).toBe('1,234,567.25');
    expect(englishFigures('\u22123,5\u00a0points')).toBe('\u22123.5\u00a0points');
  });
});
