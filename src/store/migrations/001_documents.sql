-- Documents: one row per distinct article, identified by a hash of its normalized clean text.
CREATE TABLE documents (
  id text PRIMARY KEY,
  seq bigserial UNIQUE,
  source text NOT NULL,
  title text,
  outlet text,
  url text,
  published text,
  published_source text,
  text text NOT NULL,
  words integer NOT NULL,
  duplicate_of text REFERENCES documents (id),
  similarity real,
  minhash integer[] NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  removed jsonb NOT NULL DEFAULT '[]',
  captions jsonb NOT NULL DEFAULT '[]',
  analysis json, -- json, not jsonb: stored and read whole, never queried into; json inserts twice as fast
  analyzed_with text,
  ingested_at timestamptz NOT NULL DEFAULT now()
);

-- Every input that produced a document, with the raw bytes as read (kept for re-analysis and audit).
CREATE TABLE sources (
  source text PRIMARY KEY,
  doc_id text NOT NULL REFERENCES documents (id),
  format text NOT NULL,
  raw bytea NOT NULL,
  raw_sha text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sources_doc ON sources (doc_id);

-- MinHash LSH bands of each document, to find near-identical articles without comparing all pairs.
CREATE TABLE doc_bands (
  band smallint NOT NULL,
  hash text NOT NULL,
  doc_id text NOT NULL REFERENCES documents (id),
  PRIMARY KEY (band, hash, doc_id)
);
