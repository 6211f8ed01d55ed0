-- The user accounts counted, read by UserStatisticsPersistenceAdapter; bench/reports runs it too. One scan: the
-- ROLLUP gives a line per role and, with role NULL, the line for all users, each counted with FILTERs, so a new role
-- is counted without touching this statement.
SELECT role,
       count(*),
       count(*) FILTER (WHERE active),
       count(*) FILTER (WHERE NOT active),
       count(*) FILTER (WHERE created_at >= :registeredSince)
  FROM users
 GROUP BY ROLLUP (role)
