import { analyzeDocument, type CompiledPack } from '../pipeline/analyze.ts';
import type { Db } from '../store/db.ts';
import { allDocuments, updateAnalysis } from '../store/documents.ts';

/**
 * Re-runs every per-document stage on the stored clean texts with `pack` (a newer pack, or newer
 * code) and replaces the stored facts. The inputs are untouched; a publication
 * date inferred at ingest is kept, since the lines it came from may not be in the clean text.
 */
export async function reanalyze(
  db: Db,
  pack: CompiledPack,
  opts: { all?: boolean; onProgress?: (done: number) => void } = {},
): Promise<{ analyzed: number; current: number }> {
  let analyzed = 0;
  let current = 0;
  let done = 0;
  for await (const d of allDocuments(db)) {
    done++;
    if (!opts.all && d.analyzedWith === pack.fingerprint) {
      current++;
      opts.onProgress?.(done);
      continue;
    }
    const { doc } = analyzeDocument(
      {
        id: d.id,
        source: d.source,
        format: 'text',
        title: d.title,
        outlet: d.outlet,
        url: d.url,
        published: d.published,
        publishedSource: d.publishedSource,
        text: d.text,
        words: d.words,
        removed: d.removed,
        captions: d.captions,
        stamps: [],
        minhash: [...d.minhash],
      },
      pack,
    );
    const kept = d.flags.filter((f) => f.kind === 'date-inferred');
    await updateAnalysis(db, d.id, doc.analysis, pack.fingerprint, [...kept, ...doc.flags]);
    analyzed++;
    opts.onProgress?.(done);
  }
  return { analyzed, current };
}
