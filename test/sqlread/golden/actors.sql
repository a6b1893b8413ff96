-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS","security-guarantees","security-guarantees"]
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
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg12"."confidence",
                        'createdAt',
                        to_char("sg12"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg12"."extractor",
                        'extractorVersion',
                        "sg12"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg12"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg12"."quote",
                        'quoteEnd',
                        "sg12"."quote_end",
                        'quoteField',
                        (
                          case "sg12"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg12"."quote_start",
                        'reason',
                        "sg12"."reason",
                        'reviewedAt',
                        to_char("sg12"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg12"."reviewed_by",
                        'stance',
                        "sg12"."stance",
                        'statement',
                        "sg12"."statement",
                        'status',
                        "sg12"."status",
                        'version',
                        "sg12"."version"
                      )
                      order by
                        "sg12"."id" asc
                    )
                  from
                    "position_suggestions" as "sg12"
                  where
                    "sg12"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
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
                        'recordedBy',
                        "sg13"."recorded_by",
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
                    "sg13"."article_id" = "sg7"."id"
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
                        "sg14"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg14"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg16"."keyword"
                                order by
                                  "sg16"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg16"
                            where
                              "sg16"."topic_id" = "sg14"."id"
                          ),
                          '[]'::json
                        ),
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
                    "sg15"."article_id" = "sg7"."id"
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
                                "sg19"."alias"
                                order by
                                  "sg19"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg19"
                            where
                              "sg19"."actor_id" = "sg17"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg17"."country_code",
                        'description',
                        "sg17"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg17"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg17"."kind",
                        'name',
                        "sg17"."name",
                        'slug',
                        "sg17"."slug"
                      )
                      order by
                        "sg17"."name" asc,
                        "sg17"."id" asc
                    )
                  from
                    "actors" as "sg17"
                    join "mentions" as "sg18" on "sg17"."id" = "sg18"."actor_id"
                  where
                    "sg18"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg7"."body",
              'id',
              encode(convert_to('Article:' || "sg7"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg20"."confidence",
                        'createdAt',
                        to_char("sg20"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg20"."extractor",
                        'extractorVersion',
                        "sg20"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg20"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg20"."quote",
                        'quoteEnd',
                        "sg20"."quote_end",
                        'quoteField',
                        (
                          case "sg20"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg20"."quote_start",
                        'reason',
                        "sg20"."reason",
                        'reviewedAt',
                        to_char("sg20"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg20"."reviewed_by",
                        'stance',
                        "sg20"."stance",
                        'statement',
                        "sg20"."statement",
                        'status',
                        "sg20"."status",
                        'version',
                        "sg20"."version"
                      )
                      order by
                        "sg20"."id" asc
                    )
                  from
                    "position_suggestions" as "sg20"
                  where
                    "sg20"."article_id" = "sg7"."id"
                ),
                '[]'::json
              ),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg21"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg21"."quote",
                        'recordedBy',
                        "sg21"."recorded_by",
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
                      )
                      order by
                        "sg21"."id" asc
                    )
                  from
                    "positions" as "sg21"
                  where
                    "sg21"."article_id" = "sg7"."id"
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
                        "sg22"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg22"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg24"."keyword"
                                order by
                                  "sg24"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg24"
                            where
                              "sg24"."topic_id" = "sg22"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg22"."name",
                        'slug',
                        "sg22"."slug"
                      )
                      order by
                        "sg22"."name" asc,
                        "sg22"."id" asc
                    )
                  from
                    "topics" as "sg22"
                    join "article_topics" as "sg23" on "sg22"."id" = "sg23"."topic_id"
                  where
                    "sg23"."article_id" = "sg7"."id"
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
              "sg25"."ended_on",
              'member',
              (
                select
                  json_build_object(
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
                          "sg27"."actor_id" = "sg26"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg26"."country_code",
                    'description',
                    "sg26"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg26"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg26"."kind",
                    'name',
                    "sg26"."name",
                    'slug',
                    "sg26"."slug"
                  )
                from
                  "actors" as "sg26"
                where
                  "sg26"."id" = "sg25"."actor_id"
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
                            "sg29"."alias"
                            order by
                              "sg29"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg29"
                        where
                          "sg29"."actor_id" = "sg28"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg28"."country_code",
                    'description',
                    "sg28"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg28"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg28"."kind",
                    'name',
                    "sg28"."name",
                    'slug',
                    "sg28"."slug"
                  )
                from
                  "actors" as "sg28"
                where
                  "sg28"."id" = "sg25"."organization_id"
                limit
                  1
              ),
              'role',
              "sg25"."role",
              'startedOn',
              "sg25"."started_on"
            )
            order by
              "sg25"."id" asc
          )
        from
          "affiliations" as "sg25"
        where
          "sg25"."organization_id" = "sg0"."id"
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
              "positions" as "sg30"
            where
              "sg30"."actor_id" = "sg0"."id"
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
            "sg30".n,
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
                  "sg31"."id" = "sg30"."actor_id"
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
                  "sg33"."id" = "sg30"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg30"."id", 'UTF8'), 'base64'),
              'quote',
              "sg30"."quote",
              'recordedBy',
              "sg30"."recorded_by",
              'stance',
              "sg30"."stance",
              'statedAt',
              to_char("sg30"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg30"."stated_at" is not null then 'STATED'
                when "sg30"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg30"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg34"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg34"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg35"."keyword"
                            order by
                              "sg35"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg35"
                        where
                          "sg35"."topic_id" = "sg34"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg34"."name",
                    'slug',
                    "sg34"."slug"
                  )
                from
                  "topics" as "sg34"
                where
                  "sg34"."id" = "sg30"."topic_id"
                limit
                  1
              ),
              'version',
              "sg30"."version"
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
                  "sg36"."id" = "sg30"."actor_id"
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
                  "sg38"."id" = "sg30"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg30"."id", 'UTF8'), 'base64'),
              'quote',
              "sg30"."quote",
              'recordedBy',
              "sg30"."recorded_by",
              'stance',
              "sg30"."stance",
              'statedAt',
              to_char("sg30"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg30"."stated_at" is not null then 'STATED'
                when "sg30"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg30"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg39"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg39"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg40"."keyword"
                            order by
                              "sg40"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg40"
                        where
                          "sg40"."topic_id" = "sg39"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg39"."name",
                    'slug',
                    "sg39"."slug"
                  )
                from
                  "topics" as "sg39"
                where
                  "sg39"."id" = "sg30"."topic_id"
                limit
                  1
              ),
              'version',
              "sg30"."version"
            ) as "j1"
          from
            (
              select
                "sg30".*,
                row_number() over (
                  order by
                    "sg30"."id" asc
                ) as n
              from
                "positions" as "sg30"
              where
                "sg30"."actor_id" = "sg0"."id"
              order by
                "sg30"."id" asc
              limit
                4
            ) as "sg30"
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
              "positions" as "sg41"
            where
              "sg41"."actor_id" = "sg0"."id"
              and "sg41"."topic_id" in (
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
              and "sg41"."stance" = $8
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
            "sg41".n,
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
                            "sg43"."alias"
                            order by
                              "sg43"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg43"
                        where
                          "sg43"."actor_id" = "sg42"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg42"."country_code",
                    'description',
                    "sg42"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg42"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg42"."kind",
                    'name',
                    "sg42"."name",
                    'slug',
                    "sg42"."slug"
                  )
                from
                  "actors" as "sg42"
                where
                  "sg42"."id" = "sg41"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg44"."body",
                    'id',
                    encode(convert_to('Article:' || "sg44"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg44"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg44"."slug",
                    'sourceName',
                    "sg44"."source_name",
                    'summary',
                    "sg44"."summary",
                    'title',
                    "sg44"."title",
                    'url',
                    "sg44"."url",
                    'version',
                    "sg44"."version"
                  )
                from
                  "articles" as "sg44"
                where
                  "sg44"."id" = "sg41"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg41"."id", 'UTF8'), 'base64'),
              'quote',
              "sg41"."quote",
              'recordedBy',
              "sg41"."recorded_by",
              'stance',
              "sg41"."stance",
              'statedAt',
              to_char("sg41"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg41"."stated_at" is not null then 'STATED'
                when "sg41"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg41"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg45"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg45"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg46"."keyword"
                            order by
                              "sg46"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg46"
                        where
                          "sg46"."topic_id" = "sg45"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg45"."name",
                    'slug',
                    "sg45"."slug"
                  )
                from
                  "topics" as "sg45"
                where
                  "sg45"."id" = "sg41"."topic_id"
                limit
                  1
              ),
              'version',
              "sg41"."version"
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
                  "sg47"."id" = "sg41"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg49"."body",
                    'id',
                    encode(convert_to('Article:' || "sg49"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg49"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg49"."slug",
                    'sourceName',
                    "sg49"."source_name",
                    'summary',
                    "sg49"."summary",
                    'title',
                    "sg49"."title",
                    'url',
                    "sg49"."url",
                    'version',
                    "sg49"."version"
                  )
                from
                  "articles" as "sg49"
                where
                  "sg49"."id" = "sg41"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg41"."id", 'UTF8'), 'base64'),
              'quote',
              "sg41"."quote",
              'recordedBy',
              "sg41"."recorded_by",
              'stance',
              "sg41"."stance",
              'statedAt',
              to_char("sg41"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg41"."stated_at" is not null then 'STATED'
                when "sg41"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg41"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg50"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg50"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg51"."keyword"
                            order by
                              "sg51"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg51"
                        where
                          "sg51"."topic_id" = "sg50"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg50"."name",
                    'slug',
                    "sg50"."slug"
                  )
                from
                  "topics" as "sg50"
                where
                  "sg50"."id" = "sg41"."topic_id"
                limit
                  1
              ),
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
                "positions" as "sg41"
              where
                "sg41"."actor_id" = "sg0"."id"
                and "sg41"."topic_id" in (
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
                and "sg41"."stance" = $13
              order by
                "sg41"."id" asc
              limit
                4
            ) as "sg41"
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
              "sg52"."ended_on",
              'member',
              (
                select
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
                          "sg54"."actor_id" = "sg53"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg53"."country_code",
                    'description',
                    "sg53"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg53"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg53"."kind",
                    'name',
                    "sg53"."name",
                    'slug',
                    "sg53"."slug"
                  )
                from
                  "actors" as "sg53"
                where
                  "sg53"."id" = "sg52"."actor_id"
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
                            "sg56"."alias"
                            order by
                              "sg56"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg56"
                        where
                          "sg56"."actor_id" = "sg55"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg55"."country_code",
                    'description',
                    "sg55"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg55"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg55"."kind",
                    'name',
                    "sg55"."name",
                    'slug',
                    "sg55"."slug"
                  )
                from
                  "actors" as "sg55"
                where
                  "sg55"."id" = "sg52"."organization_id"
                limit
                  1
              ),
              'role',
              "sg52"."role",
              'startedOn',
              "sg52"."started_on"
            )
            order by
              "sg52"."id" asc
          )
        from
          "affiliations" as "sg52"
        where
          "sg52"."actor_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'aliases',
    coalesce(
      (
        select
          json_agg(
            "sg57"."alias"
            order by
              "sg57"."alias" asc
          )
        from
          "actor_aliases" as "sg57"
        where
          "sg57"."actor_id" = "sg0"."id"
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
              "articles" as "sg58"
              join "mentions" as "sg59" on "sg58"."id" = "sg59"."article_id"
            where
              "sg59"."actor_id" = "sg0"."id"
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
            "sg58".n,
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
                                "sg62"."alias"
                                order by
                                  "sg62"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg62"
                            where
                              "sg62"."actor_id" = "sg60"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg60"."country_code",
                        'description',
                        "sg60"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg60"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg60"."kind",
                        'name',
                        "sg60"."name",
                        'slug',
                        "sg60"."slug"
                      )
                      order by
                        "sg60"."name" asc,
                        "sg60"."id" asc
                    )
                  from
                    "actors" as "sg60"
                    join "mentions" as "sg61" on "sg60"."id" = "sg61"."actor_id"
                  where
                    "sg61"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg58"."body",
              'id',
              encode(convert_to('Article:' || "sg58"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg63"."confidence",
                        'createdAt',
                        to_char("sg63"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg63"."extractor",
                        'extractorVersion',
                        "sg63"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg63"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg63"."quote",
                        'quoteEnd',
                        "sg63"."quote_end",
                        'quoteField',
                        (
                          case "sg63"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg63"."quote_start",
                        'reason',
                        "sg63"."reason",
                        'reviewedAt',
                        to_char("sg63"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg63"."reviewed_by",
                        'stance',
                        "sg63"."stance",
                        'statement',
                        "sg63"."statement",
                        'status',
                        "sg63"."status",
                        'version',
                        "sg63"."version"
                      )
                      order by
                        "sg63"."id" asc
                    )
                  from
                    "position_suggestions" as "sg63"
                  where
                    "sg63"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg64"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg64"."quote",
                        'recordedBy',
                        "sg64"."recorded_by",
                        'stance',
                        "sg64"."stance",
                        'statedAt',
                        to_char("sg64"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg64"."stated_at" is not null then 'STATED'
                          when "sg64"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg64"."statement",
                        'version',
                        "sg64"."version"
                      )
                      order by
                        "sg64"."id" asc
                    )
                  from
                    "positions" as "sg64"
                  where
                    "sg64"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg58"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg58"."slug",
              'sourceName',
              "sg58"."source_name",
              'summary',
              "sg58"."summary",
              'title',
              "sg58"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg65"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg65"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg67"."keyword"
                                order by
                                  "sg67"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg67"
                            where
                              "sg67"."topic_id" = "sg65"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg65"."name",
                        'slug',
                        "sg65"."slug"
                      )
                      order by
                        "sg65"."name" asc,
                        "sg65"."id" asc
                    )
                  from
                    "topics" as "sg65"
                    join "article_topics" as "sg66" on "sg65"."id" = "sg66"."topic_id"
                  where
                    "sg66"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg58"."url",
              'version',
              "sg58"."version"
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
                                "sg70"."alias"
                                order by
                                  "sg70"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg70"
                            where
                              "sg70"."actor_id" = "sg68"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg68"."country_code",
                        'description',
                        "sg68"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg68"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg68"."kind",
                        'name',
                        "sg68"."name",
                        'slug',
                        "sg68"."slug"
                      )
                      order by
                        "sg68"."name" asc,
                        "sg68"."id" asc
                    )
                  from
                    "actors" as "sg68"
                    join "mentions" as "sg69" on "sg68"."id" = "sg69"."actor_id"
                  where
                    "sg69"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg58"."body",
              'id',
              encode(convert_to('Article:' || "sg58"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg71"."confidence",
                        'createdAt',
                        to_char("sg71"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg71"."extractor",
                        'extractorVersion',
                        "sg71"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg71"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg71"."quote",
                        'quoteEnd',
                        "sg71"."quote_end",
                        'quoteField',
                        (
                          case "sg71"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg71"."quote_start",
                        'reason',
                        "sg71"."reason",
                        'reviewedAt',
                        to_char("sg71"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg71"."reviewed_by",
                        'stance',
                        "sg71"."stance",
                        'statement',
                        "sg71"."statement",
                        'status',
                        "sg71"."status",
                        'version',
                        "sg71"."version"
                      )
                      order by
                        "sg71"."id" asc
                    )
                  from
                    "position_suggestions" as "sg71"
                  where
                    "sg71"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg72"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg72"."quote",
                        'recordedBy',
                        "sg72"."recorded_by",
                        'stance',
                        "sg72"."stance",
                        'statedAt',
                        to_char("sg72"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg72"."stated_at" is not null then 'STATED'
                          when "sg72"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg72"."statement",
                        'version',
                        "sg72"."version"
                      )
                      order by
                        "sg72"."id" asc
                    )
                  from
                    "positions" as "sg72"
                  where
                    "sg72"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg58"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg58"."slug",
              'sourceName',
              "sg58"."source_name",
              'summary',
              "sg58"."summary",
              'title',
              "sg58"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg73"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg73"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg75"."keyword"
                                order by
                                  "sg75"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg75"
                            where
                              "sg75"."topic_id" = "sg73"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg73"."name",
                        'slug',
                        "sg73"."slug"
                      )
                      order by
                        "sg73"."name" asc,
                        "sg73"."id" asc
                    )
                  from
                    "topics" as "sg73"
                    join "article_topics" as "sg74" on "sg73"."id" = "sg74"."topic_id"
                  where
                    "sg74"."article_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg58"."url",
              'version',
              "sg58"."version"
            ) as "j1"
          from
            (
              select
                "sg58".*,
                row_number() over (
                  order by
                    "sg58"."id" asc
                ) as n
              from
                "articles" as "sg58"
                join "mentions" as "sg59" on "sg58"."id" = "sg59"."article_id"
              where
                "sg59"."actor_id" = "sg0"."id"
              order by
                "sg58"."id" asc
              limit
                4
            ) as "sg58"
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
              "sg76"."ended_on",
              'member',
              (
                select
                  json_build_object(
                    'aliases',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg78"."alias"
                            order by
                              "sg78"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg78"
                        where
                          "sg78"."actor_id" = "sg77"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg77"."country_code",
                    'description',
                    "sg77"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg77"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg77"."kind",
                    'name',
                    "sg77"."name",
                    'slug',
                    "sg77"."slug"
                  )
                from
                  "actors" as "sg77"
                where
                  "sg77"."id" = "sg76"."actor_id"
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
                  "sg79"."id" = "sg76"."organization_id"
                limit
                  1
              ),
              'role',
              "sg76"."role",
              'startedOn',
              "sg76"."started_on"
            )
            order by
              "sg76"."id" asc
          )
        from
          "affiliations" as "sg76"
        where
          "sg76"."organization_id" = "sg0"."id"
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
              "positions" as "sg81"
            where
              "sg81"."actor_id" = "sg0"."id"
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
            "sg81".n,
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
                            "sg83"."alias"
                            order by
                              "sg83"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg83"
                        where
                          "sg83"."actor_id" = "sg82"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg82"."country_code",
                    'description',
                    "sg82"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg82"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg82"."kind",
                    'name',
                    "sg82"."name",
                    'slug',
                    "sg82"."slug"
                  )
                from
                  "actors" as "sg82"
                where
                  "sg82"."id" = "sg81"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg84"."body",
                    'id',
                    encode(convert_to('Article:' || "sg84"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg84"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg84"."slug",
                    'sourceName',
                    "sg84"."source_name",
                    'summary',
                    "sg84"."summary",
                    'title',
                    "sg84"."title",
                    'url',
                    "sg84"."url",
                    'version',
                    "sg84"."version"
                  )
                from
                  "articles" as "sg84"
                where
                  "sg84"."id" = "sg81"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg81"."id", 'UTF8'), 'base64'),
              'quote',
              "sg81"."quote",
              'recordedBy',
              "sg81"."recorded_by",
              'stance',
              "sg81"."stance",
              'statedAt',
              to_char("sg81"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg81"."stated_at" is not null then 'STATED'
                when "sg81"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg81"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg85"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg85"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg86"."keyword"
                            order by
                              "sg86"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg86"
                        where
                          "sg86"."topic_id" = "sg85"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg85"."name",
                    'slug',
                    "sg85"."slug"
                  )
                from
                  "topics" as "sg85"
                where
                  "sg85"."id" = "sg81"."topic_id"
                limit
                  1
              ),
              'version',
              "sg81"."version"
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
                            "sg88"."alias"
                            order by
                              "sg88"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg88"
                        where
                          "sg88"."actor_id" = "sg87"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg87"."country_code",
                    'description',
                    "sg87"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg87"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg87"."kind",
                    'name',
                    "sg87"."name",
                    'slug',
                    "sg87"."slug"
                  )
                from
                  "actors" as "sg87"
                where
                  "sg87"."id" = "sg81"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg89"."body",
                    'id',
                    encode(convert_to('Article:' || "sg89"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg89"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg89"."slug",
                    'sourceName',
                    "sg89"."source_name",
                    'summary',
                    "sg89"."summary",
                    'title',
                    "sg89"."title",
                    'url',
                    "sg89"."url",
                    'version',
                    "sg89"."version"
                  )
                from
                  "articles" as "sg89"
                where
                  "sg89"."id" = "sg81"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg81"."id", 'UTF8'), 'base64'),
              'quote',
              "sg81"."quote",
              'recordedBy',
              "sg81"."recorded_by",
              'stance',
              "sg81"."stance",
              'statedAt',
              to_char("sg81"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg81"."stated_at" is not null then 'STATED'
                when "sg81"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg81"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg90"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg90"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg91"."keyword"
                            order by
                              "sg91"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg91"
                        where
                          "sg91"."topic_id" = "sg90"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg90"."name",
                    'slug',
                    "sg90"."slug"
                  )
                from
                  "topics" as "sg90"
                where
                  "sg90"."id" = "sg81"."topic_id"
                limit
                  1
              ),
              'version',
              "sg81"."version"
            ) as "j1"
          from
            (
              select
                "sg81".*,
                row_number() over (
                  order by
                    "sg81"."id" asc
                ) as n
              from
                "positions" as "sg81"
              where
                "sg81"."actor_id" = "sg0"."id"
              order by
                "sg81"."id" asc
              limit
                4
            ) as "sg81"
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
              "positions" as "sg92"
            where
              "sg92"."actor_id" = "sg0"."id"
              and "sg92"."topic_id" in (
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
              and "sg92"."stance" = $21
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
            "sg92".n,
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
                            "sg94"."alias"
                            order by
                              "sg94"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg94"
                        where
                          "sg94"."actor_id" = "sg93"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg93"."country_code",
                    'description',
                    "sg93"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg93"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg93"."kind",
                    'name',
                    "sg93"."name",
                    'slug',
                    "sg93"."slug"
                  )
                from
                  "actors" as "sg93"
                where
                  "sg93"."id" = "sg92"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg95"."body",
                    'id',
                    encode(convert_to('Article:' || "sg95"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg95"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg95"."slug",
                    'sourceName',
                    "sg95"."source_name",
                    'summary',
                    "sg95"."summary",
                    'title',
                    "sg95"."title",
                    'url',
                    "sg95"."url",
                    'version',
                    "sg95"."version"
                  )
                from
                  "articles" as "sg95"
                where
                  "sg95"."id" = "sg92"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg92"."id", 'UTF8'), 'base64'),
              'quote',
              "sg92"."quote",
              'recordedBy',
              "sg92"."recorded_by",
              'stance',
              "sg92"."stance",
              'statedAt',
              to_char("sg92"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg92"."stated_at" is not null then 'STATED'
                when "sg92"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg92"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg96"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg96"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg97"."keyword"
                            order by
                              "sg97"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg97"
                        where
                          "sg97"."topic_id" = "sg96"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg96"."name",
                    'slug',
                    "sg96"."slug"
                  )
                from
                  "topics" as "sg96"
                where
                  "sg96"."id" = "sg92"."topic_id"
                limit
                  1
              ),
              'version',
              "sg92"."version"
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
                            "sg99"."alias"
                            order by
                              "sg99"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg99"
                        where
                          "sg99"."actor_id" = "sg98"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg98"."country_code",
                    'description',
                    "sg98"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg98"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg98"."kind",
                    'name',
                    "sg98"."name",
                    'slug',
                    "sg98"."slug"
                  )
                from
                  "actors" as "sg98"
                where
                  "sg98"."id" = "sg92"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg100"."body",
                    'id',
                    encode(convert_to('Article:' || "sg100"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg100"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg100"."slug",
                    'sourceName',
                    "sg100"."source_name",
                    'summary',
                    "sg100"."summary",
                    'title',
                    "sg100"."title",
                    'url',
                    "sg100"."url",
                    'version',
                    "sg100"."version"
                  )
                from
                  "articles" as "sg100"
                where
                  "sg100"."id" = "sg92"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg92"."id", 'UTF8'), 'base64'),
              'quote',
              "sg92"."quote",
              'recordedBy',
              "sg92"."recorded_by",
              'stance',
              "sg92"."stance",
              'statedAt',
              to_char("sg92"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg92"."stated_at" is not null then 'STATED'
                when "sg92"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg92"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg101"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg101"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg102"."keyword"
                            order by
                              "sg102"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg102"
                        where
                          "sg102"."topic_id" = "sg101"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg101"."name",
                    'slug',
                    "sg101"."slug"
                  )
                from
                  "topics" as "sg101"
                where
                  "sg101"."id" = "sg92"."topic_id"
                limit
                  1
              ),
              'version',
              "sg92"."version"
            ) as "j1"
          from
            (
              select
                "sg92".*,
                row_number() over (
                  order by
                    "sg92"."id" asc
                ) as n
              from
                "positions" as "sg92"
              where
                "sg92"."actor_id" = "sg0"."id"
                and "sg92"."topic_id" in (
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
                and "sg92"."stance" = $26
              order by
                "sg92"."id" asc
              limit
                4
            ) as "sg92"
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
    ) then 1
    else 0
  end as found
from
  (
    select
      *
    from
      "actors" as "sg0"
    order by
      "sg0"."name" asc,
      "sg0"."id" asc
    limit
      4
  ) as "sg0"
order by
  "sg0"."name" asc,
  "sg0"."id" asc;

-- parameters: []
select
  count(*)::int as n
from
  "actors" as "sg0";
