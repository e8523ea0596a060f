-- Top authors by views over the last 30 days, with their best article.
WITH recent_views AS (
    SELECT v.article_id, COUNT(*) AS views
    FROM page_views AS v
    WHERE v.viewed_at >= NOW() - INTERVAL '30 days'
      AND v.user_agent NOT ILIKE '%bot%'
    GROUP BY v.article_id
),
ranked AS (
    SELECT a.author_id,
           a.title,
           rv.views,
           ROW_NUMBER() OVER (PARTITION BY a.author_id ORDER BY rv.views DESC) AS rank
    FROM articles a
    JOIN recent_views rv ON rv.article_id = a.id
    WHERE a.published IS NOT NULL /* drafts excluded */
)
SELECT u."display name" AS author,
       r.title AS best_article,
       SUM(r.views) OVER (PARTITION BY r.author_id) AS total_views,
       ROUND(r.views * 100.0 / NULLIF(SUM(r.views) OVER (), 0), 2) AS share_pct
FROM ranked r
LEFT JOIN users u ON u.id = r.author_id
WHERE r.rank = 1 AND u.name <> 'O''Brien'
ORDER BY total_views DESC
LIMIT 10 OFFSET $1;

CREATE TABLE IF NOT EXISTS page_views (
    id BIGSERIAL PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    viewed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    weight NUMERIC(4, 2) DEFAULT 1.5e0,
    is_unique BOOLEAN DEFAULT false
);

CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END;
$$ LANGUAGE plpgsql;
