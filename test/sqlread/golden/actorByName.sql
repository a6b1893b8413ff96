-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS","security-guarantees","Zelenskiy","zelenskiy","Zelenskiy"]
select
  json_build_object(
    'affiliations',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'endedOn',
              "sg1"."ended_on",
              'member',
              (
                select
                  json_build_object(
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
                          "sg3"."actor_id" = "sg2"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg2"."country_code",
                    'description',
                    "sg2"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg2"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg2"."kind",
                    'name',
                    "sg2"."name",
                    'slug',
                    "sg2"."slug"
                  )
                from
                  "actors" as "sg2"
                where
                  "sg2"."id" = "sg1"."actor_id"
                limit
                  1
              ),
              'organization',
              (
                select
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg5"."alias"
                            order by
                              "sg5"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg5"
                        where
                          "sg5"."actor_id" = "sg4"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg4"."country_code",
                    'description',
                    "sg4"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg4"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg4"."kind",
                    'name',
                    "sg4"."name",
                    'slug',
                    "sg4"."slug"
                  )
                from
                  "actors" as "sg4"
                where
                  "sg4"."id" = "sg1"."organization_id"
                limit
                  1
              ),
              'role',
              "sg1"."role",
              'startedOn',
              "sg1"."started_on"
            )
            order by
              "sg1"."id" asc
          )
        from
          "affiliations" as "sg1"
        where
          "sg1"."actor_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'aliases',
    coalesce(
      (
        select
          json_agg(
            "sg6"."alias"
            order by
              "sg6"."alias" asc
          )
        from
          "actor_aliases" as "sg6"
        where
          "sg6"."actor_id" = "sg0"."id"
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
              "articles" as "sg7"
              join "mentions" as "sg8" on "sg7"."id" = "sg8"."article_id"
            where
              "sg8"."actor_id" = "sg0"."id"
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
            "sg7".n,
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
                                "sg11"."alias"
                                order by
                                  "sg11"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg11"
                            where
                              "sg11"."actor_id" = "sg9"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg9"."country_code",
                        'description',
                        "sg9"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg9"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg9"."kind",
                        'name',
                        "sg9"."name",
                        'slug',
                        "sg9"."slug"
                      )
                      order by
                        "sg9"."name" asc,
                        "sg9"."id" asc
                    )
                  from
                    "actors" as "sg9"
                    join "mentions" as "sg10" on "sg9"."id" = "sg10"."actor_id"
                  where
                    "sg10"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg7"."body",
              'id',
              encode(convert_to('Article:' || "sg7"."id", 'UTF8'), 'base64'),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg12"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg12"."quote",
                        'stance',
                        "sg12"."stance",
                        'statedAt',
                        to_char("sg12"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg12"."stated_at" is not null then 'STATED'
                          when "sg12"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg12"."statement",
                        'version',
                        "sg12"."version"
                      )
                      order by
                        "sg12"."id" asc
                    )
                  from
                    "positions" as "sg12"
                  where
                    "sg12"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg7"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg7"."slug",
              'sourceName',
              "sg7"."source_name",
              'summary',
              "sg7"."summary",
              'title',
              "sg7"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg13"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg13"."id", 'UTF8'), 'base64'),
                        'name',
                        "sg13"."name",
                        'slug',
                        "sg13"."slug"
                      )
                      order by
                        "sg13"."name" asc,
                        "sg13"."id" asc
                    )
                  from
                    "topics" as "sg13"
                    join "article_topics" as "sg14" on "sg13"."id" = "sg14"."topic_id"
                  where
                    "sg14"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg7"."url",
              'version',
              "sg7"."version"
            ) as "j0",
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
                                "sg17"."alias"
                                order by
                                  "sg17"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg17"
                            where
                              "sg17"."actor_id" = "sg15"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg15"."country_code",
                        'description',
                        "sg15"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg15"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg15"."kind",
                        'name',
                        "sg15"."name",
                        'slug',
                        "sg15"."slug"
                      )
                      order by
                        "sg15"."name" asc,
                        "sg15"."id" asc
                    )
                  from
                    "actors" as "sg15"
                    join "mentions" as "sg16" on "sg15"."id" = "sg16"."actor_id"
                  where
                    "sg16"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg7"."body",
              'id',
              encode(convert_to('Article:' || "sg7"."id", 'UTF8'), 'base64'),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg18"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg18"."quote",
                        'stance',
                        "sg18"."stance",
                        'statedAt',
                        to_char("sg18"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg18"."stated_at" is not null then 'STATED'
                          when "sg18"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg18"."statement",
                        'version',
                        "sg18"."version"
                      )
                      order by
                        "sg18"."id" asc
                    )
                  from
                    "positions" as "sg18"
                  where
                    "sg18"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg7"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg7"."slug",
              'sourceName',
              "sg7"."source_name",
              'summary',
              "sg7"."summary",
              'title',
              "sg7"."title",
              'topics',
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
                    join "article_topics" as "sg20" on "sg19"."id" = "sg20"."topic_id"
                  where
                    "sg20"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg7"."url",
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
                "articles" as "sg7"
                join "mentions" as "sg8" on "sg7"."id" = "sg8"."article_id"
              where
                "sg8"."actor_id" = "sg0"."id"
              order by
                "sg7"."id" asc
              limit
                4
            ) as "sg7"
        ) s
    ),
    'countryCode',
    "sg0"."country_code",
    'description',
    "sg0"."description",
    'id',
    encode(convert_to('Actor:' || "sg0"."id", 'UTF8'), 'base64'),
    'kind',
    "sg0"."kind",
    'members',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'endedOn',
              "sg21"."ended_on",
              'member',
              (
                select
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg23"."alias"
                            order by
                              "sg23"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg23"
                        where
                          "sg23"."actor_id" = "sg22"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg22"."country_code",
                    'description',
                    "sg22"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg22"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg22"."kind",
                    'name',
                    "sg22"."name",
                    'slug',
                    "sg22"."slug"
                  )
                from
                  "actors" as "sg22"
                where
                  "sg22"."id" = "sg21"."actor_id"
                limit
                  1
              ),
              'organization',
              (
                select
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg25"."alias"
                            order by
                              "sg25"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg25"
                        where
                          "sg25"."actor_id" = "sg24"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg24"."country_code",
                    'description',
                    "sg24"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg24"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg24"."kind",
                    'name',
                    "sg24"."name",
                    'slug',
                    "sg24"."slug"
                  )
                from
                  "actors" as "sg24"
                where
                  "sg24"."id" = "sg21"."organization_id"
                limit
                  1
              ),
              'role',
              "sg21"."role",
              'startedOn',
              "sg21"."started_on"
            )
            order by
              "sg21"."id" asc
          )
        from
          "affiliations" as "sg21"
        where
          "sg21"."organization_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'name',
    "sg0"."name",
    'positions',
    (
      select
        json_build_object(
          'totalCount',
          (
            select
              count(*)
            from
              "positions" as "sg26"
            where
              "sg26"."actor_id" = "sg0"."id"
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
            "sg26".n,
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
                            "sg28"."alias"
                            order by
                              "sg28"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg28"
                        where
                          "sg28"."actor_id" = "sg27"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg27"."country_code",
                    'description',
                    "sg27"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg27"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg27"."kind",
                    'name',
                    "sg27"."name",
                    'slug',
                    "sg27"."slug"
                  )
                from
                  "actors" as "sg27"
                where
                  "sg27"."id" = "sg26"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
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
                  )
                from
                  "articles" as "sg29"
                where
                  "sg29"."id" = "sg26"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg26"."id", 'UTF8'), 'base64'),
              'quote',
              "sg26"."quote",
              'stance',
              "sg26"."stance",
              'statedAt',
              to_char("sg26"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg26"."stated_at" is not null then 'STATED'
                when "sg26"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg26"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg30"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg30"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg30"."name",
                    'slug',
                    "sg30"."slug"
                  )
                from
                  "topics" as "sg30"
                where
                  "sg30"."id" = "sg26"."topic_id"
                limit
                  1
              ),
              'version',
              "sg26"."version"
            ) as "j0",
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
                            "sg32"."alias"
                            order by
                              "sg32"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg32"
                        where
                          "sg32"."actor_id" = "sg31"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg31"."country_code",
                    'description',
                    "sg31"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg31"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg31"."kind",
                    'name',
                    "sg31"."name",
                    'slug',
                    "sg31"."slug"
                  )
                from
                  "actors" as "sg31"
                where
                  "sg31"."id" = "sg26"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg33"."body",
                    'id',
                    encode(convert_to('Article:' || "sg33"."id", 'UTF8'), 'base64'),
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
                    'url',
                    "sg33"."url",
                    'version',
                    "sg33"."version"
                  )
                from
                  "articles" as "sg33"
                where
                  "sg33"."id" = "sg26"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg26"."id", 'UTF8'), 'base64'),
              'quote',
              "sg26"."quote",
              'stance',
              "sg26"."stance",
              'statedAt',
              to_char("sg26"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg26"."stated_at" is not null then 'STATED'
                when "sg26"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg26"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg34"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg34"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg34"."name",
                    'slug',
                    "sg34"."slug"
                  )
                from
                  "topics" as "sg34"
                where
                  "sg34"."id" = "sg26"."topic_id"
                limit
                  1
              ),
              'version',
              "sg26"."version"
            ) as "j1"
          from
            (
              select
                "sg26".*,
                row_number() over (
                  order by
                    "sg26"."id" asc
                ) as n
              from
                "positions" as "sg26"
              where
                "sg26"."actor_id" = "sg0"."id"
              order by
                "sg26"."id" asc
              limit
                4
            ) as "sg26"
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
              "positions" as "sg35"
            where
              "sg35"."actor_id" = "sg0"."id"
              and "sg35"."topic_id" in (
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
              and "sg35"."stance" = $8
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
            "sg35".n,
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
                            "sg37"."alias"
                            order by
                              "sg37"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg37"
                        where
                          "sg37"."actor_id" = "sg36"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg36"."country_code",
                    'description',
                    "sg36"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg36"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg36"."kind",
                    'name',
                    "sg36"."name",
                    'slug',
                    "sg36"."slug"
                  )
                from
                  "actors" as "sg36"
                where
                  "sg36"."id" = "sg35"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg38"."body",
                    'id',
                    encode(convert_to('Article:' || "sg38"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg38"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg38"."slug",
                    'sourceName',
                    "sg38"."source_name",
                    'summary',
                    "sg38"."summary",
                    'title',
                    "sg38"."title",
                    'url',
                    "sg38"."url",
                    'version',
                    "sg38"."version"
                  )
                from
                  "articles" as "sg38"
                where
                  "sg38"."id" = "sg35"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg35"."id", 'UTF8'), 'base64'),
              'quote',
              "sg35"."quote",
              'stance',
              "sg35"."stance",
              'statedAt',
              to_char("sg35"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg35"."stated_at" is not null then 'STATED'
                when "sg35"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg35"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg39"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg39"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg39"."name",
                    'slug',
                    "sg39"."slug"
                  )
                from
                  "topics" as "sg39"
                where
                  "sg39"."id" = "sg35"."topic_id"
                limit
                  1
              ),
              'version',
              "sg35"."version"
            ) as "j0",
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
                            "sg41"."alias"
                            order by
                              "sg41"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg41"
                        where
                          "sg41"."actor_id" = "sg40"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg40"."country_code",
                    'description',
                    "sg40"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg40"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg40"."kind",
                    'name',
                    "sg40"."name",
                    'slug',
                    "sg40"."slug"
                  )
                from
                  "actors" as "sg40"
                where
                  "sg40"."id" = "sg35"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg42"."body",
                    'id',
                    encode(convert_to('Article:' || "sg42"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg42"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg42"."slug",
                    'sourceName',
                    "sg42"."source_name",
                    'summary',
                    "sg42"."summary",
                    'title',
                    "sg42"."title",
                    'url',
                    "sg42"."url",
                    'version',
                    "sg42"."version"
                  )
                from
                  "articles" as "sg42"
                where
                  "sg42"."id" = "sg35"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg35"."id", 'UTF8'), 'base64'),
              'quote',
              "sg35"."quote",
              'stance',
              "sg35"."stance",
              'statedAt',
              to_char("sg35"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg35"."stated_at" is not null then 'STATED'
                when "sg35"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg35"."statement",
              'topic',
              (
                select
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
                from
                  "topics" as "sg43"
                where
                  "sg43"."id" = "sg35"."topic_id"
                limit
                  1
              ),
              'version',
              "sg35"."version"
            ) as "j1"
          from
            (
              select
                "sg35".*,
                row_number() over (
                  order by
                    "sg35"."id" asc
                ) as n
              from
                "positions" as "sg35"
              where
                "sg35"."actor_id" = "sg0"."id"
                and "sg35"."topic_id" in (
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
                and "sg35"."stance" = $13
              order by
                "sg35"."id" asc
              limit
                4
            ) as "sg35"
        ) s
    ),
    'slug',
    "sg0"."slug"
  )::text as j,
  case
    when (
      exists (
        select
          c.descendant_id
        from
          "topic_closure" c
          join "topics" t on t.id = c.ancestor_id
        where
          t.slug = $14
      )
    ) then 1
    else 0
  end as found
from
  "actors" as "sg0"
where
  "sg0"."id" = (
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
          a.slug = $15
        union all
        select
          al.actor_id,
          1
        from
          "actor_aliases" al
        where
          (
            not al.case_sensitive
            and al.normalized = $16
          )
          or (
            al.case_sensitive
            and al.normalized = $17
          )
      ) named
    order by
      preference,
      id
    limit
      1
  )
limit
  1;
