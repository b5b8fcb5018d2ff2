-- H2 counterpart of db/postgresql/V8: the plain b-tree indexes of V1 and V4 already serve H2's LIKE prefix
-- matches, and H2 has no trigram indexes, so nothing is added. Kept so both databases share one version history.
select 1;
