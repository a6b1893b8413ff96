-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS","security-guarantees","united-kingdom"]
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
  "sg0"."slug" = $15
limit
  1;
