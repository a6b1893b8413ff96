-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS","security-guarantees","security-guarantees"]
select
  json_build_array("sg0"."title", "sg0"."id")::text as position,
  json_build_object(
    'actors',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'affiliations',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object('endedOn', "sg3"."ended_on", 'role', "sg3"."role", 'startedOn', "sg3"."started_on")
                      order by
                        "sg3"."id" asc
                    )
                  from
                    "affiliations" as "sg3"
                  where
                    "sg3"."actor_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'aliases',
              coalesce(
                (
                  select
                    json_agg(
                      "sg4"."alias"
                      order by
                        "sg4"."alias" asc
                    )
                  from
                    "actor_aliases" as "sg4"
                  where
                    "sg4"."actor_id" = "sg1"."id"
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
                        "articles" as "sg5"
                        join "mentions" as "sg6" on "sg5"."id" = "sg6"."article_id"
                      where
                        "sg6"."actor_id" = "sg1"."id"
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
                      "sg5".n,
                      json_build_object(
                        'body',
                        "sg5"."body",
                        'id',
                        encode(convert_to('Article:' || "sg5"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg5"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg5"."slug",
                        'sourceName',
                        "sg5"."source_name",
                        'summary',
                        "sg5"."summary",
                        'title',
                        "sg5"."title",
                        'url',
                        "sg5"."url",
                        'version',
                        "sg5"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg5"."body",
                        'id',
                        encode(convert_to('Article:' || "sg5"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg5"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg5"."slug",
                        'sourceName',
                        "sg5"."source_name",
                        'summary',
                        "sg5"."summary",
                        'title',
                        "sg5"."title",
                        'url',
                        "sg5"."url",
                        'version',
                        "sg5"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg5".*,
                          row_number() over (
                            order by
                              "sg5"."id" asc
                          ) as n
                        from
                          "articles" as "sg5"
                          join "mentions" as "sg6" on "sg5"."id" = "sg6"."article_id"
                        where
                          "sg6"."actor_id" = "sg1"."id"
                        order by
                          "sg5"."id" asc
                        limit
                          4
                      ) as "sg5"
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
                      json_build_object('endedOn', "sg7"."ended_on", 'role', "sg7"."role", 'startedOn', "sg7"."started_on")
                      order by
                        "sg7"."id" asc
                    )
                  from
                    "affiliations" as "sg7"
                  where
                    "sg7"."organization_id" = "sg1"."id"
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
                        "positions" as "sg8"
                      where
                        "sg8"."actor_id" = "sg1"."id"
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
                        order by
                          "sg8"."id" asc
                        limit
                          4
                      ) as "sg8"
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
                        "positions" as "sg9"
                      where
                        "sg9"."actor_id" = "sg1"."id"
                        and "sg9"."topic_id" in (
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
                        and "sg9"."stance" = $8
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
                      "sg9".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg9"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg9"."quote",
                        'stance',
                        "sg9"."stance",
                        'statedAt',
                        to_char("sg9"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg9"."stated_at" is not null then 'STATED'
                          when "sg9"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg9"."statement",
                        'version',
                        "sg9"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg9"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg9"."quote",
                        'stance',
                        "sg9"."stance",
                        'statedAt',
                        to_char("sg9"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg9"."stated_at" is not null then 'STATED'
                          when "sg9"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg9"."statement",
                        'version',
                        "sg9"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg9".*,
                          row_number() over (
                            order by
                              "sg9"."id" asc
                          ) as n
                        from
                          "positions" as "sg9"
                        where
                          "sg9"."actor_id" = "sg1"."id"
                          and "sg9"."topic_id" in (
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
                          and "sg9"."stance" = $13
                        order by
                          "sg9"."id" asc
                        limit
                          4
                      ) as "sg9"
                  ) s
              ),
              'slug',
              "sg1"."slug"
            )
            order by
              "sg1"."name" asc,
              "sg1"."id" asc
          )
        from
          "actors" as "sg1"
          join "mentions" as "sg2" on "sg1"."id" = "sg2"."actor_id"
        where
          "sg2"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'body',
    "sg0"."body",
    'id',
    encode(convert_to('Article:' || "sg0"."id", 'UTF8'), 'base64'),
    'positions',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'actor',
              (
                select
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
                          "sg12"."actor_id" = "sg11"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg11"."country_code",
                    'description',
                    "sg11"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg11"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg11"."kind",
                    'name',
                    "sg11"."name",
                    'slug',
                    "sg11"."slug"
                  )
                from
                  "actors" as "sg11"
                where
                  "sg11"."id" = "sg10"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg13"."body",
                    'id',
                    encode(convert_to('Article:' || "sg13"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg13"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg13"."slug",
                    'sourceName',
                    "sg13"."source_name",
                    'summary',
                    "sg13"."summary",
                    'title',
                    "sg13"."title",
                    'url',
                    "sg13"."url",
                    'version',
                    "sg13"."version"
                  )
                from
                  "articles" as "sg13"
                where
                  "sg13"."id" = "sg10"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg10"."id", 'UTF8'), 'base64'),
              'quote',
              "sg10"."quote",
              'stance',
              "sg10"."stance",
              'statedAt',
              to_char("sg10"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg10"."stated_at" is not null then 'STATED'
                when "sg10"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg10"."statement",
              'topic',
              (
                select
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
                from
                  "topics" as "sg14"
                where
                  "sg14"."id" = "sg10"."topic_id"
                limit
                  1
              ),
              'version',
              "sg10"."version"
            )
            order by
              "sg10"."id" asc
          )
        from
          "positions" as "sg10"
        where
          "sg10"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'publishedAt',
    to_char("sg0"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'slug',
    "sg0"."slug",
    'sourceName',
    "sg0"."source_name",
    'summary',
    "sg0"."summary",
    'title',
    "sg0"."title",
    'topics',
    coalesce(
      (
        select
          json_agg(
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
                        "sg18"."topic_id" = "sg15"."id"
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
                          "sg18"."topic_id" = "sg15"."id"
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
                    "sg19"."parent_id" = "sg15"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg15"."description",
              'id',
              encode(convert_to('Topic:' || "sg15"."id", 'UTF8'), 'base64'),
              'name',
              "sg15"."name",
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
                  "sg20"."id" = "sg15"."parent_id"
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
                        "sg22"."ancestor_id" = "sg15"."id"
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
                          "sg22"."ancestor_id" = "sg15"."id"
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
                        "sg24"."ancestor_id" = "sg15"."id"
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
                          "sg24"."ancestor_id" = "sg15"."id"
                          and "sg23"."stance" = $24
                        order by
                          "sg23"."id" asc
                        limit
                          4
                      ) as "sg23"
                  ) s
              ),
              'slug',
              "sg15"."slug"
            )
            order by
              "sg15"."name" asc,
              "sg15"."id" asc
          )
        from
          "topics" as "sg15"
          join "article_topics" as "sg16" on "sg15"."id" = "sg16"."topic_id"
        where
          "sg16"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'url',
    "sg0"."url",
    'version',
    "sg0"."version"
  )::text as "j0",
  json_build_object(
    'actors',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'affiliations',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object('endedOn', "sg27"."ended_on", 'role', "sg27"."role", 'startedOn', "sg27"."started_on")
                      order by
                        "sg27"."id" asc
                    )
                  from
                    "affiliations" as "sg27"
                  where
                    "sg27"."actor_id" = "sg25"."id"
                ),
                '[]'::json
              ),
              'aliases',
              coalesce(
                (
                  select
                    json_agg(
                      "sg28"."alias"
                      order by
                        "sg28"."alias" asc
                    )
                  from
                    "actor_aliases" as "sg28"
                  where
                    "sg28"."actor_id" = "sg25"."id"
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
                        "articles" as "sg29"
                        join "mentions" as "sg30" on "sg29"."id" = "sg30"."article_id"
                      where
                        "sg30"."actor_id" = "sg25"."id"
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
                      "sg29".n,
                      json_build_object(
                        'body',
                        "sg29"."body",
                        'id',
                        encode(convert_to('Article:' || "sg29"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg29"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg29"."slug",
                        'sourceName',
                        "sg29"."source_name",
                        'summary',
                        "sg29"."summary",
                        'title',
                        "sg29"."title",
                        'url',
                        "sg29"."url",
                        'version',
                        "sg29"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg29"."body",
                        'id',
                        encode(convert_to('Article:' || "sg29"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg29"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg29"."slug",
                        'sourceName',
                        "sg29"."source_name",
                        'summary',
                        "sg29"."summary",
                        'title',
                        "sg29"."title",
                        'url',
                        "sg29"."url",
                        'version',
                        "sg29"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg29".*,
                          row_number() over (
                            order by
                              "sg29"."id" asc
                          ) as n
                        from
                          "articles" as "sg29"
                          join "mentions" as "sg30" on "sg29"."id" = "sg30"."article_id"
                        where
                          "sg30"."actor_id" = "sg25"."id"
                        order by
                          "sg29"."id" asc
                        limit
                          4
                      ) as "sg29"
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
                      json_build_object('endedOn', "sg31"."ended_on", 'role', "sg31"."role", 'startedOn', "sg31"."started_on")
                      order by
                        "sg31"."id" asc
                    )
                  from
                    "affiliations" as "sg31"
                  where
                    "sg31"."organization_id" = "sg25"."id"
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
                        "positions" as "sg32"
                      where
                        "sg32"."actor_id" = "sg25"."id"
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
                        order by
                          "sg32"."id" asc
                        limit
                          4
                      ) as "sg32"
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
                        "positions" as "sg33"
                      where
                        "sg33"."actor_id" = "sg25"."id"
                        and "sg33"."topic_id" in (
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
                        and "sg33"."stance" = $32
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
                      "sg33".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg33"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg33"."quote",
                        'stance',
                        "sg33"."stance",
                        'statedAt',
                        to_char("sg33"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg33"."stated_at" is not null then 'STATED'
                          when "sg33"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg33"."statement",
                        'version',
                        "sg33"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg33"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg33"."quote",
                        'stance',
                        "sg33"."stance",
                        'statedAt',
                        to_char("sg33"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg33"."stated_at" is not null then 'STATED'
                          when "sg33"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg33"."statement",
                        'version',
                        "sg33"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg33".*,
                          row_number() over (
                            order by
                              "sg33"."id" asc
                          ) as n
                        from
                          "positions" as "sg33"
                        where
                          "sg33"."actor_id" = "sg25"."id"
                          and "sg33"."topic_id" in (
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
                          and "sg33"."stance" = $37
                        order by
                          "sg33"."id" asc
                        limit
                          4
                      ) as "sg33"
                  ) s
              ),
              'slug',
              "sg25"."slug"
            )
            order by
              "sg25"."name" asc,
              "sg25"."id" asc
          )
        from
          "actors" as "sg25"
          join "mentions" as "sg26" on "sg25"."id" = "sg26"."actor_id"
        where
          "sg26"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'body',
    "sg0"."body",
    'id',
    encode(convert_to('Article:' || "sg0"."id", 'UTF8'), 'base64'),
    'positions',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'actor',
              (
                select
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
                          "sg36"."actor_id" = "sg35"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg35"."country_code",
                    'description',
                    "sg35"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg35"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg35"."kind",
                    'name',
                    "sg35"."name",
                    'slug',
                    "sg35"."slug"
                  )
                from
                  "actors" as "sg35"
                where
                  "sg35"."id" = "sg34"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg37"."body",
                    'id',
                    encode(convert_to('Article:' || "sg37"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg37"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg37"."slug",
                    'sourceName',
                    "sg37"."source_name",
                    'summary',
                    "sg37"."summary",
                    'title',
                    "sg37"."title",
                    'url',
                    "sg37"."url",
                    'version',
                    "sg37"."version"
                  )
                from
                  "articles" as "sg37"
                where
                  "sg37"."id" = "sg34"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg34"."id", 'UTF8'), 'base64'),
              'quote',
              "sg34"."quote",
              'stance',
              "sg34"."stance",
              'statedAt',
              to_char("sg34"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg34"."stated_at" is not null then 'STATED'
                when "sg34"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg34"."statement",
              'topic',
              (
                select
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
                from
                  "topics" as "sg38"
                where
                  "sg38"."id" = "sg34"."topic_id"
                limit
                  1
              ),
              'version',
              "sg34"."version"
            )
            order by
              "sg34"."id" asc
          )
        from
          "positions" as "sg34"
        where
          "sg34"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'publishedAt',
    to_char("sg0"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'slug',
    "sg0"."slug",
    'sourceName',
    "sg0"."source_name",
    'summary',
    "sg0"."summary",
    'title',
    "sg0"."title",
    'topics',
    coalesce(
      (
        select
          json_agg(
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
                        "sg42"."topic_id" = "sg39"."id"
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
                          "sg42"."topic_id" = "sg39"."id"
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
                    "sg43"."parent_id" = "sg39"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg39"."description",
              'id',
              encode(convert_to('Topic:' || "sg39"."id", 'UTF8'), 'base64'),
              'name',
              "sg39"."name",
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
                  "sg44"."id" = "sg39"."parent_id"
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
                        "sg46"."ancestor_id" = "sg39"."id"
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
                          "sg46"."ancestor_id" = "sg39"."id"
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
                        "sg48"."ancestor_id" = "sg39"."id"
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
                          "sg48"."ancestor_id" = "sg39"."id"
                          and "sg47"."stance" = $48
                        order by
                          "sg47"."id" asc
                        limit
                          4
                      ) as "sg47"
                  ) s
              ),
              'slug',
              "sg39"."slug"
            )
            order by
              "sg39"."name" asc,
              "sg39"."id" asc
          )
        from
          "topics" as "sg39"
          join "article_topics" as "sg40" on "sg39"."id" = "sg40"."topic_id"
        where
          "sg40"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'url',
    "sg0"."url",
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
    ) then 1
    else 0
  end as found
from
  (
    select
      *
    from
      "articles" as "sg0"
    order by
      "sg0"."title" asc,
      "sg0"."id" asc
    limit
      4
  ) as "sg0"
order by
  "sg0"."title" asc,
  "sg0"."id" asc;

-- parameters: []
select
  count(*)::int as n
from
  "articles" as "sg0";
