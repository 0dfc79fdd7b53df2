-- Global search and the customer list search (server/search/): names, e-mails and phones are
-- matched as folded word prefixes, the same on PGlite and PostgreSQL without the unaccent or pg_trgm
-- extensions. reise_search_fold spells out lib/search/fold.ts (an explicit table, so both engines fold
-- alike whatever their collation; server/search/fold-sql.test.ts checks they agree).
CREATE FUNCTION reise_search_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT replace(replace(replace(replace(replace(replace(replace(translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅĀĂĄÇĆČĎÐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤŢÙÚÛÜŪŮŰŲÝŸŽŹŻàáâãäåāăąçćčďðèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿžźż ', 'abcdefghijklmnopqrstuvwxyzaaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzaaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz '), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'ß', 'ss'), 'Þ', 'th'), 'þ', 'th') $$;

-- Every prefix (up to 20 characters) of every folded word of the name and e-mail, and of the
-- phone's digits both with and without its country code: "mul" finds Müller, "912 34" and
-- "0047 912" find +4791234567. A GIN index on the array answers "holds all of these" (@>) for any
-- number of typed words. E.164 country codes are prefix-free: 1 and 7 are one digit, the listed
-- ones two, the rest three. The search_path is the migration's: PostgreSQL 17 builds indexes with
-- only pg_catalog on the path, where reise_search_fold would not be found. COST says what it is
-- (about half a millisecond a row on PGlite): with the default the planner walked the name index
-- and called it on every row until five matched (100k customers: 0.5–0.8 s) instead of asking
-- the GIN index (a few ms).
CREATE FUNCTION reise_search_tokens(p_name text, p_email text, p_phone text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000 SET search_path FROM CURRENT
  AS $$
  WITH phone AS (SELECT regexp_replace(coalesce(p_phone, ''), '[^0-9]', '', 'g') AS d),
  words AS (
    SELECT w FROM regexp_split_to_table(reise_search_fold(coalesce(p_name, '') || ' ' || coalesce(p_email, '')), '[\x01-\x2f\x3a-\x60\x7b-\x7f]+') w
    UNION SELECT d FROM phone
    UNION SELECT substr(d, CASE WHEN d ~ '^[17]' THEN 2
                                WHEN d ~ '^(2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])' THEN 3
                                ELSE 4 END)
            FROM phone WHERE p_phone LIKE '+%'
  )
  SELECT coalesce(array_agg(DISTINCT left(w, n)), '{}')
    FROM words, generate_series(1, least(length(w), 20)) n
   WHERE w <> ''
  $$;

CREATE INDEX "Customer_search_tokens_idx" ON "Customer" USING gin (reise_search_tokens(name, email, phone));

-- Order numbers are a prefix and digits (NB-100234); people type the digits alone. A btree on the
-- digits with text_pattern_ops answers "digits start with 1002" as a range.
CREATE INDEX "Order_number_digits_idx" ON "Order" (regexp_replace(number, '[^0-9]', '', 'g') text_pattern_ops);
