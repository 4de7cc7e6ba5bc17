import { countText, dateTimeText, numberText, percentText } from './page-format';
import { domainText } from './domain-text';

describe('the page language', () => {
  afterEach(() => (document.documentElement.lang = ''));

  it('writes French by default', () => {
    expect(countText(0, 'action', 'actions')).toBe('0 action');
    expect(numberText(1234.5)).toBe('1\u202f234,5');
    expect(percentText(42)).toBe('42\u00a0%');
    expect(dateTimeText('2026-11-24T13:05:00Z')).toBe('24/11/2026 à 14:05');
    expect(domainText('Français')).toBe('Français');
    expect($localize`Bonjour`).toBe('Bonjour');
  });

  it('writes English when the page runs in English', () => {
    document.documentElement.lang = 'en';
    expect(countText(0, 'action', 'actions')).toBe('0 actions');
    expect(countText(1, 'action', 'actions')).toBe('1 action');
    expect(numberText(1234.5)).toBe('1,234.5');
    expect(percentText(42)).toBe('42%');
    expect(dateTimeText('2026-11-24T13:05:00Z')).toBe('24/11/2026 at 14:05');
    expect(domainText('Français')).toBe('French');
  });
});
