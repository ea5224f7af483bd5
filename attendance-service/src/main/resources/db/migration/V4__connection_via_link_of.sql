-- A forwarded link used beside its owner (issue 14): a connection that came through someone else's
-- link and is not that person names the link's owner (identity.via_link_of). NULL otherwise, and on
-- every connection stored before this.
ALTER TABLE connection ADD COLUMN via_link_of TEXT;
