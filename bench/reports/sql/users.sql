-- UserStatisticsPersistenceAdapter's statement, :since bound to 30 days before now.
SELECT count(*),
       count(*) FILTER (WHERE active),
       count(*) FILTER (WHERE NOT active),
       count(*) FILTER (WHERE created_at >= now() - interval '30 days'),
       count(*) FILTER (WHERE role = 'CUSTOMER'),
       count(*) FILTER (WHERE role = 'STAFF'),
       count(*) FILTER (WHERE role = 'ADMIN')
  FROM users;
