// Angular's XLIFF 2 extraction, read into what the runtime needs: each message's id, its French
// source in `$localize`'s own syntax (`{$INTERPOLATION}`, `{$START_BOLD_TEXT}…{$CLOSE_BOLD_TEXT}`),
// and where it stands in the code (file:line), so a missing translation can be found.

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function readXliff2(xml) {
  const messages = [];
  for (const unit of xml.matchAll(/<unit id="([^"]+)">([\s\S]*?)<\/unit>/g)) {
    const [, id, body] = unit;
    const locations = [...body.matchAll(/<note category="location">([^<]*)<\/note>/g)].map((m) => decode(m[1]));
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    messages.push({ id, locations, source: runtimeText(source) });
  }
  return messages;
}

function runtimeText(source) {
  let text = source.replace(/<ph [^>]*equiv="([^"]+)"[^>]*\/>/g, '{$$$1}');
  // Innermost paired tags first, so that nested ones (a link in bold) unfold whole.
  const innermost = /<pc [^>]*equivStart="([^"]+)"[^>]*equivEnd="([^"]+)"[^>]*>((?:(?!<pc )[\s\S])*?)<\/pc>/g;
  while (/<pc /.test(text) && innermost.test(text)) {
    innermost.lastIndex = 0;
    text = text.replace(innermost, (_, start, end, inner) => `{$${start}}${inner}{$${end}}`);
  }
  return decode(text);
}

function decode(text) {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name) => ENTITIES[name]);
}
