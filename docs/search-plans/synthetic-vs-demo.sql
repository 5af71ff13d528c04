-- Demo (seeds) against synthetic (syno_…) offers, side by side.
WITH o AS (
  SELECT o.*, CASE WHEN o.id LIKE 'syno\_%' THEN 'synthetic' ELSE 'demo' END AS source
  FROM offer o WHERE o.status = 'LIVE'
),
per_org AS (SELECT source, organisation_id, count(*) AS n FROM o GROUP BY 1, 2),
sessions AS (
  SELECT o.source, s.* FROM offer_schedule s JOIN o ON o.id = s.offer_id
),
centre AS (SELECT avg(latitude) AS lat, avg(longitude) AS lng FROM district),
venue_km AS (
  SELECT o.source, earth_distance(ll_to_earth(v.latitude, v.longitude), ll_to_earth(c.lat, c.lng)) / 1000 AS km
  FROM o JOIN offer_venue ov ON ov.offer_id = o.id JOIN venue v ON v.id = ov.venue_id, centre c
)
SELECT source,
  (SELECT count(*) FROM o WHERE o.source = s.source) AS offers,
  (SELECT count(*) FROM per_org p WHERE p.source = s.source) AS organisations,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) FROM per_org p WHERE p.source = s.source) AS median_offers_per_org,
  (SELECT round(100.0 * sum(n) FILTER (WHERE rk <= greatest(1, cnt / 10)) / sum(n)) FROM (SELECT n, row_number() OVER (ORDER BY n DESC) rk, count(*) OVER () cnt FROM per_org p WHERE p.source = s.source) t) AS pct_offers_top_10pct_orgs,
  (SELECT round(100.0 * count(*) FILTER (WHERE coalesce(day_of_week, extract(isodow FROM date)::int) >= 6) / count(*)) FROM sessions x WHERE x.source = s.source) AS pct_sessions_weekend,
  (SELECT round(100.0 * count(*) FILTER (WHERE start_minute >= 15 * 60) / nullif(count(*) FILTER (WHERE coalesce(day_of_week, extract(isodow FROM date)::int) <= 5), 0)) FROM sessions x WHERE x.source = s.source AND coalesce(day_of_week, extract(isodow FROM date)::int) <= 5) AS pct_weekday_after_15h,
  (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY km)::numeric, 1) FROM venue_km k WHERE k.source = s.source) AS median_km_from_centre,
  (SELECT round(percentile_cont(0.9) WITHIN GROUP (ORDER BY km)::numeric, 1) FROM venue_km k WHERE k.source = s.source) AS p90_km_from_centre,
  (SELECT round(100.0 * count(*) FILTER (WHERE cost_type = 'FREE') / count(*)) FROM o WHERE o.source = s.source) AS pct_free,
  (SELECT round(100.0 * count(*) FILTER (WHERE min_age IS NULL OR (min_age <= 12 AND (max_age IS NULL OR max_age >= 12))) / count(*)) FROM o WHERE o.source = s.source) AS pct_for_age_12
FROM (VALUES ('demo'), ('synthetic')) s(source);
