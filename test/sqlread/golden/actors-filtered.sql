-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS","security-guarantees","security-guarantees","security-guarantees","COUNTRY","%an%","%an%","security-guarantees"]
select
  json_build_array("sg0"."name", "sg0"."id")::text as position,
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
  )::text as "j0",
  json_build_object(
    'affiliations',
    coalesce(
      (
        select
          json_agg(
            json_build_object(
              'endedOn',
              "sg44"."ended_on",
              'member',
              (
                select
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg46"."alias"
                            order by
                              "sg46"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg46"
                        where
                          "sg46"."actor_id" = "sg45"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg45"."country_code",
                    'description',
                    "sg45"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg45"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg45"."kind",
                    'name',
                    "sg45"."name",
                    'slug',
                    "sg45"."slug"
                  )
                from
                  "actors" as "sg45"
                where
                  "sg45"."id" = "sg44"."actor_id"
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
                            "sg48"."alias"
                            order by
                              "sg48"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg48"
                        where
                          "sg48"."actor_id" = "sg47"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg47"."country_code",
                    'description',
                    "sg47"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg47"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg47"."kind",
                    'name',
                    "sg47"."name",
                    'slug',
                    "sg47"."slug"
                  )
                from
                  "actors" as "sg47"
                where
                  "sg47"."id" = "sg44"."organization_id"
                limit
                  1
              ),
              'role',
              "sg44"."role",
              'startedOn',
              "sg44"."started_on"
            )
            order by
              "sg44"."id" asc
          )
        from
          "affiliations" as "sg44"
        where
          "sg44"."actor_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'aliases',
    coalesce(
      (
        select
          json_agg(
            "sg49"."alias"
            order by
              "sg49"."alias" asc
          )
        from
          "actor_aliases" as "sg49"
        where
          "sg49"."actor_id" = "sg0"."id"
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
              "articles" as "sg50"
              join "mentions" as "sg51" on "sg50"."id" = "sg51"."article_id"
            where
              "sg51"."actor_id" = "sg0"."id"
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
            "sg50".n,
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
                                "sg54"."alias"
                                order by
                                  "sg54"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg54"
                            where
                              "sg54"."actor_id" = "sg52"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg52"."country_code",
                        'description',
                        "sg52"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg52"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg52"."kind",
                        'name',
                        "sg52"."name",
                        'slug',
                        "sg52"."slug"
                      )
                      order by
                        "sg52"."name" asc,
                        "sg52"."id" asc
                    )
                  from
                    "actors" as "sg52"
                    join "mentions" as "sg53" on "sg52"."id" = "sg53"."actor_id"
                  where
                    "sg53"."article_id" = "sg50"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg50"."body",
              'id',
              encode(convert_to('Article:' || "sg50"."id", 'UTF8'), 'base64'),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg55"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg55"."quote",
                        'stance',
                        "sg55"."stance",
                        'statedAt',
                        to_char("sg55"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg55"."stated_at" is not null then 'STATED'
                          when "sg55"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg55"."statement",
                        'version',
                        "sg55"."version"
                      )
                      order by
                        "sg55"."id" asc
                    )
                  from
                    "positions" as "sg55"
                  where
                    "sg55"."article_id" = "sg50"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg50"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg50"."slug",
              'sourceName',
              "sg50"."source_name",
              'summary',
              "sg50"."summary",
              'title',
              "sg50"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg56"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg56"."id", 'UTF8'), 'base64'),
                        'name',
                        "sg56"."name",
                        'slug',
                        "sg56"."slug"
                      )
                      order by
                        "sg56"."name" asc,
                        "sg56"."id" asc
                    )
                  from
                    "topics" as "sg56"
                    join "article_topics" as "sg57" on "sg56"."id" = "sg57"."topic_id"
                  where
                    "sg57"."article_id" = "sg50"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg50"."url",
              'version',
              "sg50"."version"
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
                                "sg60"."alias"
                                order by
                                  "sg60"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg60"
                            where
                              "sg60"."actor_id" = "sg58"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg58"."country_code",
                        'description',
                        "sg58"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg58"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg58"."kind",
                        'name',
                        "sg58"."name",
                        'slug',
                        "sg58"."slug"
                      )
                      order by
                        "sg58"."name" asc,
                        "sg58"."id" asc
                    )
                  from
                    "actors" as "sg58"
                    join "mentions" as "sg59" on "sg58"."id" = "sg59"."actor_id"
                  where
                    "sg59"."article_id" = "sg50"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg50"."body",
              'id',
              encode(convert_to('Article:' || "sg50"."id", 'UTF8'), 'base64'),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg61"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg61"."quote",
                        'stance',
                        "sg61"."stance",
                        'statedAt',
                        to_char("sg61"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg61"."stated_at" is not null then 'STATED'
                          when "sg61"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg61"."statement",
                        'version',
                        "sg61"."version"
                      )
                      order by
                        "sg61"."id" asc
                    )
                  from
                    "positions" as "sg61"
                  where
                    "sg61"."article_id" = "sg50"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg50"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg50"."slug",
              'sourceName',
              "sg50"."source_name",
              'summary',
              "sg50"."summary",
              'title',
              "sg50"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg62"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg62"."id", 'UTF8'), 'base64'),
                        'name',
                        "sg62"."name",
                        'slug',
                        "sg62"."slug"
                      )
                      order by
                        "sg62"."name" asc,
                        "sg62"."id" asc
                    )
                  from
                    "topics" as "sg62"
                    join "article_topics" as "sg63" on "sg62"."id" = "sg63"."topic_id"
                  where
                    "sg63"."article_id" = "sg50"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg50"."url",
              'version',
              "sg50"."version"
            ) as "j1"
          from
            (
              select
                "sg50".*,
                row_number() over (
                  order by
                    "sg50"."id" asc
                ) as n
              from
                "articles" as "sg50"
                join "mentions" as "sg51" on "sg50"."id" = "sg51"."article_id"
              where
                "sg51"."actor_id" = "sg0"."id"
              order by
                "sg50"."id" asc
              limit
                4
            ) as "sg50"
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
              "sg64"."ended_on",
              'member',
              (
                select
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg66"."alias"
                            order by
                              "sg66"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg66"
                        where
                          "sg66"."actor_id" = "sg65"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg65"."country_code",
                    'description',
                    "sg65"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg65"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg65"."kind",
                    'name',
                    "sg65"."name",
                    'slug',
                    "sg65"."slug"
                  )
                from
                  "actors" as "sg65"
                where
                  "sg65"."id" = "sg64"."actor_id"
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
                            "sg68"."alias"
                            order by
                              "sg68"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg68"
                        where
                          "sg68"."actor_id" = "sg67"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg67"."country_code",
                    'description',
                    "sg67"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg67"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg67"."kind",
                    'name',
                    "sg67"."name",
                    'slug',
                    "sg67"."slug"
                  )
                from
                  "actors" as "sg67"
                where
                  "sg67"."id" = "sg64"."organization_id"
                limit
                  1
              ),
              'role',
              "sg64"."role",
              'startedOn',
              "sg64"."started_on"
            )
            order by
              "sg64"."id" asc
          )
        from
          "affiliations" as "sg64"
        where
          "sg64"."organization_id" = "sg0"."id"
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
              "positions" as "sg69"
            where
              "sg69"."actor_id" = "sg0"."id"
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
            "sg69".n,
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
                            "sg71"."alias"
                            order by
                              "sg71"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg71"
                        where
                          "sg71"."actor_id" = "sg70"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg70"."country_code",
                    'description',
                    "sg70"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg70"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg70"."kind",
                    'name',
                    "sg70"."name",
                    'slug',
                    "sg70"."slug"
                  )
                from
                  "actors" as "sg70"
                where
                  "sg70"."id" = "sg69"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg72"."body",
                    'id',
                    encode(convert_to('Article:' || "sg72"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg72"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg72"."slug",
                    'sourceName',
                    "sg72"."source_name",
                    'summary',
                    "sg72"."summary",
                    'title',
                    "sg72"."title",
                    'url',
                    "sg72"."url",
                    'version',
                    "sg72"."version"
                  )
                from
                  "articles" as "sg72"
                where
                  "sg72"."id" = "sg69"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg69"."id", 'UTF8'), 'base64'),
              'quote',
              "sg69"."quote",
              'stance',
              "sg69"."stance",
              'statedAt',
              to_char("sg69"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg69"."stated_at" is not null then 'STATED'
                when "sg69"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg69"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg73"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg73"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg73"."name",
                    'slug',
                    "sg73"."slug"
                  )
                from
                  "topics" as "sg73"
                where
                  "sg73"."id" = "sg69"."topic_id"
                limit
                  1
              ),
              'version',
              "sg69"."version"
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
                            "sg75"."alias"
                            order by
                              "sg75"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg75"
                        where
                          "sg75"."actor_id" = "sg74"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg74"."country_code",
                    'description',
                    "sg74"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg74"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg74"."kind",
                    'name',
                    "sg74"."name",
                    'slug',
                    "sg74"."slug"
                  )
                from
                  "actors" as "sg74"
                where
                  "sg74"."id" = "sg69"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg76"."body",
                    'id',
                    encode(convert_to('Article:' || "sg76"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg76"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg76"."slug",
                    'sourceName',
                    "sg76"."source_name",
                    'summary',
                    "sg76"."summary",
                    'title',
                    "sg76"."title",
                    'url',
                    "sg76"."url",
                    'version',
                    "sg76"."version"
                  )
                from
                  "articles" as "sg76"
                where
                  "sg76"."id" = "sg69"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg69"."id", 'UTF8'), 'base64'),
              'quote',
              "sg69"."quote",
              'stance',
              "sg69"."stance",
              'statedAt',
              to_char("sg69"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg69"."stated_at" is not null then 'STATED'
                when "sg69"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg69"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg77"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg77"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg77"."name",
                    'slug',
                    "sg77"."slug"
                  )
                from
                  "topics" as "sg77"
                where
                  "sg77"."id" = "sg69"."topic_id"
                limit
                  1
              ),
              'version',
              "sg69"."version"
            ) as "j1"
          from
            (
              select
                "sg69".*,
                row_number() over (
                  order by
                    "sg69"."id" asc
                ) as n
              from
                "positions" as "sg69"
              where
                "sg69"."actor_id" = "sg0"."id"
              order by
                "sg69"."id" asc
              limit
                4
            ) as "sg69"
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
              "positions" as "sg78"
            where
              "sg78"."actor_id" = "sg0"."id"
              and "sg78"."topic_id" in (
                (
                  select
                    c.descendant_id
                  from
                    "topic_closure" c
                    join "topics" t on t.id = c.ancestor_id
                  where
                    t.slug = $20
                )
              )
              and "sg78"."stance" = $21
          ),
          'pageInfo',
          json_build_object('hasNextPage', count(*) > $22, 'hasPreviousPage', false),
          'edges',
          coalesce(
            json_agg(
              json_build_object('node', s."j0")
              order by
                s.n
            ) filter (
              where
                s.n <= $23
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
                s.n <= $24
            ),
            '[]'::json
          )
        )
      from
        (
          select
            "sg78".n,
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
                            "sg80"."alias"
                            order by
                              "sg80"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg80"
                        where
                          "sg80"."actor_id" = "sg79"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg79"."country_code",
                    'description',
                    "sg79"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg79"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg79"."kind",
                    'name',
                    "sg79"."name",
                    'slug',
                    "sg79"."slug"
                  )
                from
                  "actors" as "sg79"
                where
                  "sg79"."id" = "sg78"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg81"."body",
                    'id',
                    encode(convert_to('Article:' || "sg81"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg81"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg81"."slug",
                    'sourceName',
                    "sg81"."source_name",
                    'summary',
                    "sg81"."summary",
                    'title',
                    "sg81"."title",
                    'url',
                    "sg81"."url",
                    'version',
                    "sg81"."version"
                  )
                from
                  "articles" as "sg81"
                where
                  "sg81"."id" = "sg78"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg78"."id", 'UTF8'), 'base64'),
              'quote',
              "sg78"."quote",
              'stance',
              "sg78"."stance",
              'statedAt',
              to_char("sg78"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg78"."stated_at" is not null then 'STATED'
                when "sg78"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg78"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg82"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg82"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg82"."name",
                    'slug',
                    "sg82"."slug"
                  )
                from
                  "topics" as "sg82"
                where
                  "sg82"."id" = "sg78"."topic_id"
                limit
                  1
              ),
              'version',
              "sg78"."version"
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
                            "sg84"."alias"
                            order by
                              "sg84"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg84"
                        where
                          "sg84"."actor_id" = "sg83"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg83"."country_code",
                    'description',
                    "sg83"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg83"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg83"."kind",
                    'name',
                    "sg83"."name",
                    'slug',
                    "sg83"."slug"
                  )
                from
                  "actors" as "sg83"
                where
                  "sg83"."id" = "sg78"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg85"."body",
                    'id',
                    encode(convert_to('Article:' || "sg85"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg85"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg85"."slug",
                    'sourceName',
                    "sg85"."source_name",
                    'summary',
                    "sg85"."summary",
                    'title',
                    "sg85"."title",
                    'url',
                    "sg85"."url",
                    'version',
                    "sg85"."version"
                  )
                from
                  "articles" as "sg85"
                where
                  "sg85"."id" = "sg78"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg78"."id", 'UTF8'), 'base64'),
              'quote',
              "sg78"."quote",
              'stance',
              "sg78"."stance",
              'statedAt',
              to_char("sg78"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg78"."stated_at" is not null then 'STATED'
                when "sg78"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg78"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg86"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg86"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg86"."name",
                    'slug',
                    "sg86"."slug"
                  )
                from
                  "topics" as "sg86"
                where
                  "sg86"."id" = "sg78"."topic_id"
                limit
                  1
              ),
              'version',
              "sg78"."version"
            ) as "j1"
          from
            (
              select
                "sg78".*,
                row_number() over (
                  order by
                    "sg78"."id" asc
                ) as n
              from
                "positions" as "sg78"
              where
                "sg78"."actor_id" = "sg0"."id"
                and "sg78"."topic_id" in (
                  (
                    select
                      c.descendant_id
                    from
                      "topic_closure" c
                      join "topics" t on t.id = c.ancestor_id
                    where
                      t.slug = $25
                  )
                )
                and "sg78"."stance" = $26
              order by
                "sg78"."id" asc
              limit
                4
            ) as "sg78"
        ) s
    ),
    'slug',
    "sg0"."slug"
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
          t.slug = $27
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
          t.slug = $28
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
          t.slug = $29
      )
    ) then 1
    else 0
  end as found
from
  (
    select
      *
    from
      "actors" as "sg0"
    where
      "sg0"."kind" = $30
      and exists (
        select
          1
        from
          "actor_aliases" al
        where
          al.actor_id = "sg0"."id"
          and (
            (
              not al.case_sensitive
              and al.normalized like $31
            )
            or (
              al.case_sensitive
              and al.normalized like $32
            )
          )
      )
      and exists (
        select
          1
        from
          "positions" p
        where
          p.actor_id = "sg0"."id"
      )
      and exists (
        select
          1
        from
          "positions" p
        where
          p.actor_id = "sg0"."id"
          and p.topic_id in (
            (
              select
                c.descendant_id
              from
                "topic_closure" c
                join "topics" t on t.id = c.ancestor_id
              where
                t.slug = $33
            )
          )
      )
    order by
      "sg0"."name" asc,
      "sg0"."id" asc
    limit
      4
  ) as "sg0"
order by
  "sg0"."name" asc,
  "sg0"."id" asc;

-- parameters: ["COUNTRY","%an%","%an%","security-guarantees"]
select
  count(*)::int as n
from
  "actors" as "sg0"
where
  "sg0"."kind" = $1
  and exists (
    select
      1
    from
      "actor_aliases" al
    where
      al.actor_id = "sg0"."id"
      and (
        (
          not al.case_sensitive
          and al.normalized like $2
        )
        or (
          al.case_sensitive
          and al.normalized like $3
        )
      )
  )
  and exists (
    select
      1
    from
      "positions" p
    where
      p.actor_id = "sg0"."id"
  )
  and exists (
    select
      1
    from
      "positions" p
    where
      p.actor_id = "sg0"."id"
      and p.topic_id in (
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
  );
