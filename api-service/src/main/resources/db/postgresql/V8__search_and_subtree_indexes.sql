-- PostgreSQL-only performance indexes (location db/postgresql; H2 runs db/h2/V8 instead, which adds nothing).
-- The schema (tables, columns, constraints) stays identical on both databases; only index methods differ:
-- * "area and its sub-areas" filters are prefix matches on materialised paths (area_path LIKE '/3/17/%').
--   Under a non-C collation (C.UTF-8, en_US.UTF-8, vi_VN.UTF-8) a plain b-tree cannot serve LIKE, so the paths
--   get varchar_pattern_ops indexes.
-- * Name search is a substring match on the folded name (search_key LIKE '%hop tac xa%'), served by trigram
--   GIN indexes (pg_trgm is a trusted extension: the database owner may create it).
create extension if not exists pg_trgm;

create index area_path_pattern_ix on area (path varchar_pattern_ops);
create index producer_area_path_pattern_ix on producer (area_path varchar_pattern_ops);
create index product_area_path_pattern_ix on product (area_path varchar_pattern_ops);
create index plan_area_path_pattern_ix on plan (area_path varchar_pattern_ops);
create index certificate_area_issued_pattern_ix on certificate (area_path varchar_pattern_ops, issued_on);
create index certificate_area_expires_pattern_ix on certificate (area_path varchar_pattern_ops, expires_on);

create index area_search_key_trgm_ix on area using gin (search_key gin_trgm_ops);
create index producer_search_key_trgm_ix on producer using gin (search_key gin_trgm_ops);
create index product_search_key_trgm_ix on product using gin (search_key gin_trgm_ops);
