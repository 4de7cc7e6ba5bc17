/**
 * The headers of a refetch after a live event. The API's read cache may answer a plain read with
 * its previous answer for a moment after a write (≤ 0.5 s, while it recomputes); `no-cache` asks
 * for figures that hold the write the event announced, so a screen never settles on the answer
 * from before it. A first load asks plainly: any recent answer will do.
 */
export const REFETCH_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-cache',
};
