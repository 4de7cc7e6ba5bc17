import type { BriefingData } from './briefing-data';

/** `note-codir-<plan>-<cycle or day>.pdf`, in ASCII letters so that every browser keeps it. */
export function briefingFileName(data: BriefingData): string {
  const when = data.cycle && data.ofCycle ? data.cycle.label : data.asOf;
  return `note-codir-${slug(data.planTitle)}-${slug(when)}.pdf`;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'plan'
  );
}
