-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS","security-guarantees","security-guarantees","synthetic-person-00001","synthetic person 00001","synthetic person 00001","synthetic-poltalis","synthetic-person-00001","synthetic person 00001","synthetic person 00001","synthetic-poltalis","SUPPORTS","2019-01-01T00:00:00.000Z","2026-01-01T00:00:00.000Z"]
select
  json_build_array("sg0"."id")::text as position,
  json_build_object(
    'actor',
    (
      select
        json_build_object(
          'affiliations',
          coalesce(
            (
              select
                json_agg(
                  json_build_object('endedOn', "sg2"."ended_on", 'role', "sg2"."role", 'startedOn', "sg2"."started_on")
                  order by
                    "sg2"."id" asc
                )
              from
                "affiliations" as "sg2"
              where
                "sg2"."actor_id" = "sg1"."id"
            ),
            '[]'::json
          ),
          'aliases',
          coalesce(
            (
              select
                json_agg(
                  "sg3"."alias"
                  order by
                    "sg3"."alias" asc
                )
              from
                "actor_aliases" as "sg3"
              where
                "sg3"."actor_id" = "sg1"."id"
            ),
            '[]'::json
          ),
          'articles',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "articles" as "sg4"
                    join "mentions" as "sg5" on "sg4"."id" = "sg5"."article_id"
                  where
                    "sg5"."actor_id" = "sg1"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $1, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $2
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $3
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg4".n,
                  json_build_object(
                    'body',
                    "sg4"."body",
                    'id',
                    encode(convert_to('Article:' || "sg4"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg4"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg4"."slug",
                    'sourceName',
                    "sg4"."source_name",
                    'summary',
                    "sg4"."summary",
                    'title',
                    "sg4"."title",
                    'url',
                    "sg4"."url",
                    'version',
                    "sg4"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg4"."body",
                    'id',
                    encode(convert_to('Article:' || "sg4"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg4"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg4"."slug",
                    'sourceName',
                    "sg4"."source_name",
                    'summary',
                    "sg4"."summary",
                    'title',
                    "sg4"."title",
                    'url',
                    "sg4"."url",
                    'version',
                    "sg4"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg4".*,
                      row_number() over (
                        order by
                          "sg4"."id" asc
                      ) as n
                    from
                      "articles" as "sg4"
                      join "mentions" as "sg5" on "sg4"."id" = "sg5"."article_id"
                    where
                      "sg5"."actor_id" = "sg1"."id"
                    order by
                      "sg4"."id" asc
                    limit
                      4
                  ) as "sg4"
              ) s
          ),
          'countryCode',
          "sg1"."country_code",
          'description',
          "sg1"."description",
          'id',
          encode(convert_to('Actor:' || "sg1"."id", 'UTF8'), 'base64'),
          'kind',
          "sg1"."kind",
          'members',
          coalesce(
            (
              select
                json_agg(
                  json_build_object('endedOn', "sg6"."ended_on", 'role', "sg6"."role", 'startedOn', "sg6"."started_on")
                  order by
                    "sg6"."id" asc
                )
              from
                "affiliations" as "sg6"
              where
                "sg6"."organization_id" = "sg1"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg1"."name",
          'positions',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg7"
                  where
                    "sg7"."actor_id" = "sg1"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $4, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $5
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $6
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg7".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg7"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg7"."quote",
                    'stance',
                    "sg7"."stance",
                    'statedAt',
                    to_char("sg7"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg7"."stated_at" is not null then 'STATED'
                      when "sg7"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg7"."statement",
                    'version',
                    "sg7"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg7"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg7"."quote",
                    'stance',
                    "sg7"."stance",
                    'statedAt',
                    to_char("sg7"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg7"."stated_at" is not null then 'STATED'
                      when "sg7"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg7"."statement",
                    'version',
                    "sg7"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg7".*,
                      row_number() over (
                        order by
                          "sg7"."id" asc
                      ) as n
                    from
                      "positions" as "sg7"
                    where
                      "sg7"."actor_id" = "sg1"."id"
                    order by
                      "sg7"."id" asc
                    limit
                      4
                  ) as "sg7"
              ) s
          ),
          'positionsWithArguments',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg8"
                  where
                    "sg8"."actor_id" = "sg1"."id"
                    and "sg8"."topic_id" in (
                      (
                        select
                          c.descendant_id
                        from
                          "topic_closure" c
                          join "topics" t on t.id = c.ancestor_id
                        where
                          t.slug = $7
                      )
                    )
                    and "sg8"."stance" = $8
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $9, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $10
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $11
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg8".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg8"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg8"."quote",
                    'stance',
                    "sg8"."stance",
                    'statedAt',
                    to_char("sg8"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg8"."stated_at" is not null then 'STATED'
                      when "sg8"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg8"."statement",
                    'version',
                    "sg8"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg8"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg8"."quote",
                    'stance',
                    "sg8"."stance",
                    'statedAt',
                    to_char("sg8"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg8"."stated_at" is not null then 'STATED'
                      when "sg8"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg8"."statement",
                    'version',
                    "sg8"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg8".*,
                      row_number() over (
                        order by
                          "sg8"."id" asc
                      ) as n
                    from
                      "positions" as "sg8"
                    where
                      "sg8"."actor_id" = "sg1"."id"
                      and "sg8"."topic_id" in (
                        (
                          select
                            c.descendant_id
                          from
                            "topic_closure" c
                            join "topics" t on t.id = c.ancestor_id
                          where
                            t.slug = $12
                        )
                      )
                      and "sg8"."stance" = $13
                    order by
                      "sg8"."id" asc
                    limit
                      4
                  ) as "sg8"
              ) s
          ),
          'slug',
          "sg1"."slug"
        )
      from
        "actors" as "sg1"
      where
        "sg1"."id" = "sg0"."actor_id"
      limit
        1
    ),
    'article',
    (
      select
        json_build_object(
          'actors',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg12"."alias"
                            order by
                              "sg12"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg12"
                        where
                          "sg12"."actor_id" = "sg10"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg10"."country_code",
                    'description',
                    "sg10"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg10"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg10"."kind",
                    'name',
                    "sg10"."name",
                    'slug',
                    "sg10"."slug"
                  )
                  order by
                    "sg10"."name" asc,
                    "sg10"."id" asc
                )
              from
                "actors" as "sg10"
                join "mentions" as "sg11" on "sg10"."id" = "sg11"."actor_id"
              where
                "sg11"."article_id" = "sg9"."id"
            ),
            '[]'::json
          ),
          'body',
          "sg9"."body",
          'id',
          encode(convert_to('Article:' || "sg9"."id", 'UTF8'), 'base64'),
          'positions',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg13"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg13"."quote",
                    'stance',
                    "sg13"."stance",
                    'statedAt',
                    to_char("sg13"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg13"."stated_at" is not null then 'STATED'
                      when "sg13"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg13"."statement",
                    'version',
                    "sg13"."version"
                  )
                  order by
                    "sg13"."id" asc
                )
              from
                "positions" as "sg13"
              where
                "sg13"."article_id" = "sg9"."id"
            ),
            '[]'::json
          ),
          'publishedAt',
          to_char("sg9"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'slug',
          "sg9"."slug",
          'sourceName',
          "sg9"."source_name",
          'summary',
          "sg9"."summary",
          'title',
          "sg9"."title",
          'topics',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg14"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg14"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg14"."name",
                    'slug',
                    "sg14"."slug"
                  )
                  order by
                    "sg14"."name" asc,
                    "sg14"."id" asc
                )
              from
                "topics" as "sg14"
                join "article_topics" as "sg15" on "sg14"."id" = "sg15"."topic_id"
              where
                "sg15"."article_id" = "sg9"."id"
            ),
            '[]'::json
          ),
          'url',
          "sg9"."url",
          'version',
          "sg9"."version"
        )
      from
        "articles" as "sg9"
      where
        "sg9"."id" = "sg0"."article_id"
      limit
        1
    ),
    'id',
    encode(convert_to('Position:' || "sg0"."id", 'UTF8'), 'base64'),
    'quote',
    "sg0"."quote",
    'stance',
    "sg0"."stance",
    'statedAt',
    to_char("sg0"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'statedAtSource',
    case
      when "sg0"."stated_at" is not null then 'STATED'
      when "sg0"."dated_at" is not null then 'ARTICLE_PUBLISHED'
    end,
    'statement',
    "sg0"."statement",
    'topic',
    (
      select
        json_build_object(
          'articles',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "articles" as "sg17"
                    join "article_topics" as "sg18" on "sg17"."id" = "sg18"."article_id"
                  where
                    "sg18"."topic_id" = "sg16"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $14, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $15
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $16
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg17".n,
                  json_build_object(
                    'body',
                    "sg17"."body",
                    'id',
                    encode(convert_to('Article:' || "sg17"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg17"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg17"."slug",
                    'sourceName',
                    "sg17"."source_name",
                    'summary',
                    "sg17"."summary",
                    'title',
                    "sg17"."title",
                    'url',
                    "sg17"."url",
                    'version',
                    "sg17"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg17"."body",
                    'id',
                    encode(convert_to('Article:' || "sg17"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg17"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg17"."slug",
                    'sourceName',
                    "sg17"."source_name",
                    'summary',
                    "sg17"."summary",
                    'title',
                    "sg17"."title",
                    'url',
                    "sg17"."url",
                    'version',
                    "sg17"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg17".*,
                      row_number() over (
                        order by
                          "sg17"."id" asc
                      ) as n
                    from
                      "articles" as "sg17"
                      join "article_topics" as "sg18" on "sg17"."id" = "sg18"."article_id"
                    where
                      "sg18"."topic_id" = "sg16"."id"
                    order by
                      "sg17"."id" asc
                    limit
                      4
                  ) as "sg17"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg19"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg19"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg19"."name",
                    'slug',
                    "sg19"."slug"
                  )
                  order by
                    "sg19"."name" asc,
                    "sg19"."id" asc
                )
              from
                "topics" as "sg19"
              where
                "sg19"."parent_id" = "sg16"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg16"."description",
          'id',
          encode(convert_to('Topic:' || "sg16"."id", 'UTF8'), 'base64'),
          'name',
          "sg16"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg20"."description",
                'id',
                encode(convert_to('Topic:' || "sg20"."id", 'UTF8'), 'base64'),
                'name',
                "sg20"."name",
                'slug',
                "sg20"."slug"
              )
            from
              "topics" as "sg20"
            where
              "sg20"."id" = "sg16"."parent_id"
            limit
              1
          ),
          'positions',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg21"
                    join "topic_closure" as "sg22" on "sg21"."topic_id" = "sg22"."descendant_id"
                  where
                    "sg22"."ancestor_id" = "sg16"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $17, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $18
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $19
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg21".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg21"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg21"."quote",
                    'stance',
                    "sg21"."stance",
                    'statedAt',
                    to_char("sg21"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg21"."stated_at" is not null then 'STATED'
                      when "sg21"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg21"."statement",
                    'version',
                    "sg21"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg21"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg21"."quote",
                    'stance',
                    "sg21"."stance",
                    'statedAt',
                    to_char("sg21"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg21"."stated_at" is not null then 'STATED'
                      when "sg21"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg21"."statement",
                    'version',
                    "sg21"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg21".*,
                      row_number() over (
                        order by
                          "sg21"."id" asc
                      ) as n
                    from
                      "positions" as "sg21"
                      join "topic_closure" as "sg22" on "sg21"."topic_id" = "sg22"."descendant_id"
                    where
                      "sg22"."ancestor_id" = "sg16"."id"
                    order by
                      "sg21"."id" asc
                    limit
                      4
                  ) as "sg21"
              ) s
          ),
          'positionsWithArguments',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg23"
                    join "topic_closure" as "sg24" on "sg23"."topic_id" = "sg24"."descendant_id"
                  where
                    "sg24"."ancestor_id" = "sg16"."id"
                    and "sg23"."stance" = $20
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $21, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $22
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $23
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg23".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg23"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg23"."quote",
                    'stance',
                    "sg23"."stance",
                    'statedAt',
                    to_char("sg23"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg23"."stated_at" is not null then 'STATED'
                      when "sg23"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg23"."statement",
                    'version',
                    "sg23"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg23"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg23"."quote",
                    'stance',
                    "sg23"."stance",
                    'statedAt',
                    to_char("sg23"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg23"."stated_at" is not null then 'STATED'
                      when "sg23"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg23"."statement",
                    'version',
                    "sg23"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg23".*,
                      row_number() over (
                        order by
                          "sg23"."id" asc
                      ) as n
                    from
                      "positions" as "sg23"
                      join "topic_closure" as "sg24" on "sg23"."topic_id" = "sg24"."descendant_id"
                    where
                      "sg24"."ancestor_id" = "sg16"."id"
                      and "sg23"."stance" = $24
                    order by
                      "sg23"."id" asc
                    limit
                      4
                  ) as "sg23"
              ) s
          ),
          'slug',
          "sg16"."slug"
        )
      from
        "topics" as "sg16"
      where
        "sg16"."id" = "sg0"."topic_id"
      limit
        1
    ),
    'version',
    "sg0"."version"
  )::text as "j0",
  json_build_object(
    'actor',
    (
      select
        json_build_object(
          'affiliations',
          coalesce(
            (
              select
                json_agg(
                  json_build_object('endedOn', "sg26"."ended_on", 'role', "sg26"."role", 'startedOn', "sg26"."started_on")
                  order by
                    "sg26"."id" asc
                )
              from
                "affiliations" as "sg26"
              where
                "sg26"."actor_id" = "sg25"."id"
            ),
            '[]'::json
          ),
          'aliases',
          coalesce(
            (
              select
                json_agg(
                  "sg27"."alias"
                  order by
                    "sg27"."alias" asc
                )
              from
                "actor_aliases" as "sg27"
              where
                "sg27"."actor_id" = "sg25"."id"
            ),
            '[]'::json
          ),
          'articles',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "articles" as "sg28"
                    join "mentions" as "sg29" on "sg28"."id" = "sg29"."article_id"
                  where
                    "sg29"."actor_id" = "sg25"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $25, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $26
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $27
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg28".n,
                  json_build_object(
                    'body',
                    "sg28"."body",
                    'id',
                    encode(convert_to('Article:' || "sg28"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg28"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg28"."slug",
                    'sourceName',
                    "sg28"."source_name",
                    'summary',
                    "sg28"."summary",
                    'title',
                    "sg28"."title",
                    'url',
                    "sg28"."url",
                    'version',
                    "sg28"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg28"."body",
                    'id',
                    encode(convert_to('Article:' || "sg28"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg28"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg28"."slug",
                    'sourceName',
                    "sg28"."source_name",
                    'summary',
                    "sg28"."summary",
                    'title',
                    "sg28"."title",
                    'url',
                    "sg28"."url",
                    'version',
                    "sg28"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg28".*,
                      row_number() over (
                        order by
                          "sg28"."id" asc
                      ) as n
                    from
                      "articles" as "sg28"
                      join "mentions" as "sg29" on "sg28"."id" = "sg29"."article_id"
                    where
                      "sg29"."actor_id" = "sg25"."id"
                    order by
                      "sg28"."id" asc
                    limit
                      4
                  ) as "sg28"
              ) s
          ),
          'countryCode',
          "sg25"."country_code",
          'description',
          "sg25"."description",
          'id',
          encode(convert_to('Actor:' || "sg25"."id", 'UTF8'), 'base64'),
          'kind',
          "sg25"."kind",
          'members',
          coalesce(
            (
              select
                json_agg(
                  json_build_object('endedOn', "sg30"."ended_on", 'role', "sg30"."role", 'startedOn', "sg30"."started_on")
                  order by
                    "sg30"."id" asc
                )
              from
                "affiliations" as "sg30"
              where
                "sg30"."organization_id" = "sg25"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg25"."name",
          'positions',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg31"
                  where
                    "sg31"."actor_id" = "sg25"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $28, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $29
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $30
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg31".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg31"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg31"."quote",
                    'stance',
                    "sg31"."stance",
                    'statedAt',
                    to_char("sg31"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg31"."stated_at" is not null then 'STATED'
                      when "sg31"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg31"."statement",
                    'version',
                    "sg31"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg31"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg31"."quote",
                    'stance',
                    "sg31"."stance",
                    'statedAt',
                    to_char("sg31"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg31"."stated_at" is not null then 'STATED'
                      when "sg31"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg31"."statement",
                    'version',
                    "sg31"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg31".*,
                      row_number() over (
                        order by
                          "sg31"."id" asc
                      ) as n
                    from
                      "positions" as "sg31"
                    where
                      "sg31"."actor_id" = "sg25"."id"
                    order by
                      "sg31"."id" asc
                    limit
                      4
                  ) as "sg31"
              ) s
          ),
          'positionsWithArguments',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg32"
                  where
                    "sg32"."actor_id" = "sg25"."id"
                    and "sg32"."topic_id" in (
                      (
                        select
                          c.descendant_id
                        from
                          "topic_closure" c
                          join "topics" t on t.id = c.ancestor_id
                        where
                          t.slug = $31
                      )
                    )
                    and "sg32"."stance" = $32
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $33, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $34
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $35
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg32".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg32"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg32"."quote",
                    'stance',
                    "sg32"."stance",
                    'statedAt',
                    to_char("sg32"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg32"."stated_at" is not null then 'STATED'
                      when "sg32"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg32"."statement",
                    'version',
                    "sg32"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg32"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg32"."quote",
                    'stance',
                    "sg32"."stance",
                    'statedAt',
                    to_char("sg32"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg32"."stated_at" is not null then 'STATED'
                      when "sg32"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg32"."statement",
                    'version',
                    "sg32"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg32".*,
                      row_number() over (
                        order by
                          "sg32"."id" asc
                      ) as n
                    from
                      "positions" as "sg32"
                    where
                      "sg32"."actor_id" = "sg25"."id"
                      and "sg32"."topic_id" in (
                        (
                          select
                            c.descendant_id
                          from
                            "topic_closure" c
                            join "topics" t on t.id = c.ancestor_id
                          where
                            t.slug = $36
                        )
                      )
                      and "sg32"."stance" = $37
                    order by
                      "sg32"."id" asc
                    limit
                      4
                  ) as "sg32"
              ) s
          ),
          'slug',
          "sg25"."slug"
        )
      from
        "actors" as "sg25"
      where
        "sg25"."id" = "sg0"."actor_id"
      limit
        1
    ),
    'article',
    (
      select
        json_build_object(
          'actors',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg36"."alias"
                            order by
                              "sg36"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg36"
                        where
                          "sg36"."actor_id" = "sg34"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg34"."country_code",
                    'description',
                    "sg34"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg34"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg34"."kind",
                    'name',
                    "sg34"."name",
                    'slug',
                    "sg34"."slug"
                  )
                  order by
                    "sg34"."name" asc,
                    "sg34"."id" asc
                )
              from
                "actors" as "sg34"
                join "mentions" as "sg35" on "sg34"."id" = "sg35"."actor_id"
              where
                "sg35"."article_id" = "sg33"."id"
            ),
            '[]'::json
          ),
          'body',
          "sg33"."body",
          'id',
          encode(convert_to('Article:' || "sg33"."id", 'UTF8'), 'base64'),
          'positions',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg37"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg37"."quote",
                    'stance',
                    "sg37"."stance",
                    'statedAt',
                    to_char("sg37"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg37"."stated_at" is not null then 'STATED'
                      when "sg37"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg37"."statement",
                    'version',
                    "sg37"."version"
                  )
                  order by
                    "sg37"."id" asc
                )
              from
                "positions" as "sg37"
              where
                "sg37"."article_id" = "sg33"."id"
            ),
            '[]'::json
          ),
          'publishedAt',
          to_char("sg33"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'slug',
          "sg33"."slug",
          'sourceName',
          "sg33"."source_name",
          'summary',
          "sg33"."summary",
          'title',
          "sg33"."title",
          'topics',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg38"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg38"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg38"."name",
                    'slug',
                    "sg38"."slug"
                  )
                  order by
                    "sg38"."name" asc,
                    "sg38"."id" asc
                )
              from
                "topics" as "sg38"
                join "article_topics" as "sg39" on "sg38"."id" = "sg39"."topic_id"
              where
                "sg39"."article_id" = "sg33"."id"
            ),
            '[]'::json
          ),
          'url',
          "sg33"."url",
          'version',
          "sg33"."version"
        )
      from
        "articles" as "sg33"
      where
        "sg33"."id" = "sg0"."article_id"
      limit
        1
    ),
    'id',
    encode(convert_to('Position:' || "sg0"."id", 'UTF8'), 'base64'),
    'quote',
    "sg0"."quote",
    'stance',
    "sg0"."stance",
    'statedAt',
    to_char("sg0"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'statedAtSource',
    case
      when "sg0"."stated_at" is not null then 'STATED'
      when "sg0"."dated_at" is not null then 'ARTICLE_PUBLISHED'
    end,
    'statement',
    "sg0"."statement",
    'topic',
    (
      select
        json_build_object(
          'articles',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "articles" as "sg41"
                    join "article_topics" as "sg42" on "sg41"."id" = "sg42"."article_id"
                  where
                    "sg42"."topic_id" = "sg40"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $38, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $39
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $40
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg41".n,
                  json_build_object(
                    'body',
                    "sg41"."body",
                    'id',
                    encode(convert_to('Article:' || "sg41"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg41"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg41"."slug",
                    'sourceName',
                    "sg41"."source_name",
                    'summary',
                    "sg41"."summary",
                    'title',
                    "sg41"."title",
                    'url',
                    "sg41"."url",
                    'version',
                    "sg41"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg41"."body",
                    'id',
                    encode(convert_to('Article:' || "sg41"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg41"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg41"."slug",
                    'sourceName',
                    "sg41"."source_name",
                    'summary',
                    "sg41"."summary",
                    'title',
                    "sg41"."title",
                    'url',
                    "sg41"."url",
                    'version',
                    "sg41"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg41".*,
                      row_number() over (
                        order by
                          "sg41"."id" asc
                      ) as n
                    from
                      "articles" as "sg41"
                      join "article_topics" as "sg42" on "sg41"."id" = "sg42"."article_id"
                    where
                      "sg42"."topic_id" = "sg40"."id"
                    order by
                      "sg41"."id" asc
                    limit
                      4
                  ) as "sg41"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg43"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg43"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg43"."name",
                    'slug',
                    "sg43"."slug"
                  )
                  order by
                    "sg43"."name" asc,
                    "sg43"."id" asc
                )
              from
                "topics" as "sg43"
              where
                "sg43"."parent_id" = "sg40"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg40"."description",
          'id',
          encode(convert_to('Topic:' || "sg40"."id", 'UTF8'), 'base64'),
          'name',
          "sg40"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg44"."description",
                'id',
                encode(convert_to('Topic:' || "sg44"."id", 'UTF8'), 'base64'),
                'name',
                "sg44"."name",
                'slug',
                "sg44"."slug"
              )
            from
              "topics" as "sg44"
            where
              "sg44"."id" = "sg40"."parent_id"
            limit
              1
          ),
          'positions',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg45"
                    join "topic_closure" as "sg46" on "sg45"."topic_id" = "sg46"."descendant_id"
                  where
                    "sg46"."ancestor_id" = "sg40"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $41, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $42
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $43
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg45".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg45"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg45"."quote",
                    'stance',
                    "sg45"."stance",
                    'statedAt',
                    to_char("sg45"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg45"."stated_at" is not null then 'STATED'
                      when "sg45"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg45"."statement",
                    'version',
                    "sg45"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg45"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg45"."quote",
                    'stance',
                    "sg45"."stance",
                    'statedAt',
                    to_char("sg45"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg45"."stated_at" is not null then 'STATED'
                      when "sg45"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg45"."statement",
                    'version',
                    "sg45"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg45".*,
                      row_number() over (
                        order by
                          "sg45"."id" asc
                      ) as n
                    from
                      "positions" as "sg45"
                      join "topic_closure" as "sg46" on "sg45"."topic_id" = "sg46"."descendant_id"
                    where
                      "sg46"."ancestor_id" = "sg40"."id"
                    order by
                      "sg45"."id" asc
                    limit
                      4
                  ) as "sg45"
              ) s
          ),
          'positionsWithArguments',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg47"
                    join "topic_closure" as "sg48" on "sg47"."topic_id" = "sg48"."descendant_id"
                  where
                    "sg48"."ancestor_id" = "sg40"."id"
                    and "sg47"."stance" = $44
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $45, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $46
                  ),
                  '[]'::json
                ),
                'nodes',
                coalesce(
                  json_agg(
                    s."j1"
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $47
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg47".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg47"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg47"."quote",
                    'stance',
                    "sg47"."stance",
                    'statedAt',
                    to_char("sg47"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg47"."stated_at" is not null then 'STATED'
                      when "sg47"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg47"."statement",
                    'version',
                    "sg47"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg47"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg47"."quote",
                    'stance',
                    "sg47"."stance",
                    'statedAt',
                    to_char("sg47"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg47"."stated_at" is not null then 'STATED'
                      when "sg47"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg47"."statement",
                    'version',
                    "sg47"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg47".*,
                      row_number() over (
                        order by
                          "sg47"."id" asc
                      ) as n
                    from
                      "positions" as "sg47"
                      join "topic_closure" as "sg48" on "sg47"."topic_id" = "sg48"."descendant_id"
                    where
                      "sg48"."ancestor_id" = "sg40"."id"
                      and "sg47"."stance" = $48
                    order by
                      "sg47"."id" asc
                    limit
                      4
                  ) as "sg47"
              ) s
          ),
          'slug',
          "sg40"."slug"
        )
      from
        "topics" as "sg40"
      where
        "sg40"."id" = "sg0"."topic_id"
      limit
        1
    ),
    'version',
    "sg0"."version"
  )::text as "j1",
  case
    when (
      exists (
        select
          c.descendant_id
        from
          "topic_closure" c
          join "topics" t on t.id = c.ancestor_id
        where
          t.slug = $49
      )
    )
    and (
      exists (
        select
          c.descendant_id
        from
          "topic_closure" c
          join "topics" t on t.id = c.ancestor_id
        where
          t.slug = $50
      )
    )
    and (
      (
        select
          id
        from
          (
            select
              a.id,
              0 as preference
            from
              "actors" a
            where
              a.slug = $51
            union all
            select
              al.actor_id,
              1
            from
              "actor_aliases" al
            where
              (
                not al.case_sensitive
                and al.normalized = $52
              )
              or (
                al.case_sensitive
                and al.normalized = $53
              )
          ) named
        order by
          preference,
          id
        limit
          1
      ) is not null
    )
    and (
      exists (
        select
          c.descendant_id
        from
          "topic_closure" c
          join "topics" t on t.id = c.ancestor_id
        where
          t.slug = $54
      )
    ) then 1
    else 0
  end as found
from
  (
    select
      *
    from
      "positions" as "sg0"
    where
      "sg0"."actor_id" = (
        (
          select
            id
          from
            (
              select
                a.id,
                0 as preference
              from
                "actors" a
              where
                a.slug = $55
              union all
              select
                al.actor_id,
                1
              from
                "actor_aliases" al
              where
                (
                  not al.case_sensitive
                  and al.normalized = $56
                )
                or (
                  al.case_sensitive
                  and al.normalized = $57
                )
            ) named
          order by
            preference,
            id
          limit
            1
        )
      )
      and "sg0"."topic_id" in (
        (
          select
            c.descendant_id
          from
            "topic_closure" c
            join "topics" t on t.id = c.ancestor_id
          where
            t.slug = $58
        )
      )
      and "sg0"."stance" = $59
      and "sg0"."dated_at" > $60
      and "sg0"."dated_at" < $61
    order by
      "sg0"."id" asc
    limit
      4
  ) as "sg0"
order by
  "sg0"."id" asc;

-- parameters: ["synthetic-person-00001","synthetic person 00001","synthetic person 00001","synthetic-poltalis","SUPPORTS","2019-01-01T00:00:00.000Z","2026-01-01T00:00:00.000Z"]
select
  count(*)::int as n
from
  "positions" as "sg0"
where
  "sg0"."actor_id" = (
    (
      select
        id
      from
        (
          select
            a.id,
            0 as preference
          from
            "actors" a
          where
            a.slug = $1
          union all
          select
            al.actor_id,
            1
          from
            "actor_aliases" al
          where
            (
              not al.case_sensitive
              and al.normalized = $2
            )
            or (
              al.case_sensitive
              and al.normalized = $3
            )
        ) named
      order by
        preference,
        id
      limit
        1
    )
  )
  and "sg0"."topic_id" in (
    (
      select
        c.descendant_id
      from
        "topic_closure" c
        join "topics" t on t.id = c.ancestor_id
      where
        t.slug = $4
    )
  )
  and "sg0"."stance" = $5
  and "sg0"."dated_at" > $6
  and "sg0"."dated_at" < $7;
