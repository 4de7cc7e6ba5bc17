/**
 * Quarterly reporting cycles ("T1 2025" …): each opens on the 16th of the quarter's second month
 * and closes on the 11th of its third. Every cycle opened before today is closed but the latest,
 * which is open; the next one is planned.
 */
export interface DemoCycle {
  label: string;
  opensOn: string;
  closesOn: string;
  state: 'planned' | 'open' | 'closed';
}

export function demoCycles(firstYear: number, lastYear: number, today: string): DemoCycle[] {
  const all: DemoCycle[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const month = quarter * 3 - 1;
      all.push({
        label: `T${quarter} ${year}`,
        opensOn: `${year}-${pad(month)}-16`,
        closesOn: `${year}-${pad(month + 1)}-11`,
        state: 'planned',
      });
    }
  }
  const opened = all.filter((c) => c.opensOn <= today);
  opened.forEach((c, i) => (c.state = i === opened.length - 1 ? 'open' : 'closed'));
  // Keep what has opened and the next planned cycle.
  return all.slice(0, Math.min(all.length, opened.length + 1));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
