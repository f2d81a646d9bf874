-- The facet counts of a common search word at a million jobs (issue 14). Above the exact-count limit the board
-- counts the jobs whose random sample bucket is below k per mille (V87), but the whole-text GIN index still
-- returned every job containing the word (71,586 for "python") before the sample cut them to about a thousand:
-- 50-130 ms in the index alone. The same index over the sample only holds a tenth or a hundredth of the postings.
-- The count's condition "sample < k" with k at most 10 (or 100) implies the index predicate, so PostgreSQL picks
-- the smaller index by itself; the query text does not change.
create index job_search_sample_10_idx on job using gin (search_vector) where status = 'PUBLISHED' and sample < 10;
create index job_search_sample_100_idx on job using gin (search_vector) where status = 'PUBLISHED' and sample < 100;
