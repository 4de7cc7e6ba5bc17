// The files of issue 11 on the large plan (DESIGN §7): the xlsx export and the PDF briefing, each
// downloaded whole, and the import's dry run of the plan's own template (its structure: the
// 2,000 actions; its measurements would pass the import's 20,000-row limit).

/** Downloads `path` whole: time to the last byte, size, status. */
async function download(base, token, path) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, ms: Math.round(performance.now() - started), bytes };
}

export async function exportsLoad(base, token, planId) {
  const xlsx = await download(base, token, `/api/exports/plans/${planId}.xlsx`);
  const pdf = await download(base, token, `/api/exports/plans/${planId}/briefing.pdf`);
  const template = await download(base, token, `/api/imports/plans/${planId}/template.xlsx`);
  const form = new FormData();
  form.append('file', new Blob([template.bytes]), 'modele.xlsx');
  const started = performance.now();
  const response = await fetch(`${base}/api/imports/plans/${planId}?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const plan = await response.json();
  const dryRun = { status: response.status, ms: Math.round(performance.now() - started), errors: plan.errors?.length ?? null, counts: plan.counts ?? null };
  const size = (file) => ({ status: file.status, ms: file.ms, kb: Math.round(file.bytes.length / 1024) });
  return { xlsx: size(xlsx), pdf: size(pdf), template: size(template), dryRun };
}
