-- Settings of the store itself, e.g. the pack it was last ingested with (read commands default to it).
CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
