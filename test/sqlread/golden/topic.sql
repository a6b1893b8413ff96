-- parameters: [3,3,3,3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS","security-guarantees"]
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
              "articles" as "sg1"
              join "article_topics" as "sg2" on "sg1"."id" = "sg2"."article_id"
            where
              "sg2"."topic_id" = "sg0"."id"
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
            "sg1".n,
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
                                "sg5"."alias"
                                order by
                                  "sg5"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg5"
                            where
                              "sg5"."actor_id" = "sg3"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg3"."country_code",
                        'description',
                        "sg3"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg3"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg3"."kind",
                        'name',
                        "sg3"."name",
                        'slug',
                        "sg3"."slug"
                      )
                      order by
                        "sg3"."name" asc,
                        "sg3"."id" asc
                    )
                  from
                    "actors" as "sg3"
                    join "mentions" as "sg4" on "sg3"."id" = "sg4"."actor_id"
                  where
                    "sg4"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg1"."body",
              'id',
              encode(convert_to('Article:' || "sg1"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg6"."confidence",
                        'createdAt',
                        to_char("sg6"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg6"."extractor",
                        'extractorVersion',
                        "sg6"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg6"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg6"."quote",
                        'quoteEnd',
                        "sg6"."quote_end",
                        'quoteField',
                        (
                          case "sg6"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg6"."quote_start",
                        'reason',
                        "sg6"."reason",
                        'reviewedAt',
                        to_char("sg6"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg6"."reviewed_by",
                        'stance',
                        "sg6"."stance",
                        'statement',
                        "sg6"."statement",
                        'status',
                        "sg6"."status",
                        'version',
                        "sg6"."version"
                      )
                      order by
                        "sg6"."id" asc
                    )
                  from
                    "position_suggestions" as "sg6"
                  where
                    "sg6"."article_id" = "sg1"."id"
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
                        encode(convert_to('Position:' || "sg7"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg7"."quote",
                        'recordedBy',
                        "sg7"."recorded_by",
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
                      )
                      order by
                        "sg7"."id" asc
                    )
                  from
                    "positions" as "sg7"
                  where
                    "sg7"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg1"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg1"."slug",
              'sourceName',
              "sg1"."source_name",
              'summary',
              "sg1"."summary",
              'title',
              "sg1"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg8"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg8"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg10"."keyword"
                                order by
                                  "sg10"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg10"
                            where
                              "sg10"."topic_id" = "sg8"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg8"."name",
                        'slug',
                        "sg8"."slug"
                      )
                      order by
                        "sg8"."name" asc,
                        "sg8"."id" asc
                    )
                  from
                    "topics" as "sg8"
                    join "article_topics" as "sg9" on "sg8"."id" = "sg9"."topic_id"
                  where
                    "sg9"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg1"."url",
              'version',
              "sg1"."version"
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
                                "sg13"."alias"
                                order by
                                  "sg13"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg13"
                            where
                              "sg13"."actor_id" = "sg11"."id"
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
                      order by
                        "sg11"."name" asc,
                        "sg11"."id" asc
                    )
                  from
                    "actors" as "sg11"
                    join "mentions" as "sg12" on "sg11"."id" = "sg12"."actor_id"
                  where
                    "sg12"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg1"."body",
              'id',
              encode(convert_to('Article:' || "sg1"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg14"."confidence",
                        'createdAt',
                        to_char("sg14"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg14"."extractor",
                        'extractorVersion',
                        "sg14"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg14"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg14"."quote",
                        'quoteEnd',
                        "sg14"."quote_end",
                        'quoteField',
                        (
                          case "sg14"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg14"."quote_start",
                        'reason',
                        "sg14"."reason",
                        'reviewedAt',
                        to_char("sg14"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg14"."reviewed_by",
                        'stance',
                        "sg14"."stance",
                        'statement',
                        "sg14"."statement",
                        'status',
                        "sg14"."status",
                        'version',
                        "sg14"."version"
                      )
                      order by
                        "sg14"."id" asc
                    )
                  from
                    "position_suggestions" as "sg14"
                  where
                    "sg14"."article_id" = "sg1"."id"
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
                        encode(convert_to('Position:' || "sg15"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg15"."quote",
                        'recordedBy',
                        "sg15"."recorded_by",
                        'stance',
                        "sg15"."stance",
                        'statedAt',
                        to_char("sg15"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg15"."stated_at" is not null then 'STATED'
                          when "sg15"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg15"."statement",
                        'version',
                        "sg15"."version"
                      )
                      order by
                        "sg15"."id" asc
                    )
                  from
                    "positions" as "sg15"
                  where
                    "sg15"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg1"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg1"."slug",
              'sourceName',
              "sg1"."source_name",
              'summary',
              "sg1"."summary",
              'title',
              "sg1"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg16"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg16"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg18"."keyword"
                                order by
                                  "sg18"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg18"
                            where
                              "sg18"."topic_id" = "sg16"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg16"."name",
                        'slug',
                        "sg16"."slug"
                      )
                      order by
                        "sg16"."name" asc,
                        "sg16"."id" asc
                    )
                  from
                    "topics" as "sg16"
                    join "article_topics" as "sg17" on "sg16"."id" = "sg17"."topic_id"
                  where
                    "sg17"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg1"."url",
              'version',
              "sg1"."version"
            ) as "j1"
          from
            (
              select
                "sg1".*,
                row_number() over (
                  order by
                    "sg1"."id" asc
                ) as n
              from
                "articles" as "sg1"
                join "article_topics" as "sg2" on "sg1"."id" = "sg2"."article_id"
              where
                "sg2"."topic_id" = "sg0"."id"
              order by
                "sg1"."id" asc
              limit
                4
            ) as "sg1"
        ) s
    ),
    'children',
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
                        "articles" as "sg20"
                        join "article_topics" as "sg21" on "sg20"."id" = "sg21"."article_id"
                      where
                        "sg21"."topic_id" = "sg19"."id"
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
                      "sg20".n,
                      json_build_object(
                        'body',
                        "sg20"."body",
                        'id',
                        encode(convert_to('Article:' || "sg20"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg20"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg20"."slug",
                        'sourceName',
                        "sg20"."source_name",
                        'summary',
                        "sg20"."summary",
                        'title',
                        "sg20"."title",
                        'url',
                        "sg20"."url",
                        'version',
                        "sg20"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg20"."body",
                        'id',
                        encode(convert_to('Article:' || "sg20"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg20"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg20"."slug",
                        'sourceName',
                        "sg20"."source_name",
                        'summary',
                        "sg20"."summary",
                        'title',
                        "sg20"."title",
                        'url',
                        "sg20"."url",
                        'version',
                        "sg20"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg20".*,
                          row_number() over (
                            order by
                              "sg20"."id" asc
                          ) as n
                        from
                          "articles" as "sg20"
                          join "article_topics" as "sg21" on "sg20"."id" = "sg21"."article_id"
                        where
                          "sg21"."topic_id" = "sg19"."id"
                        order by
                          "sg20"."id" asc
                        limit
                          4
                      ) as "sg20"
                  ) s
              ),
              'children',
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
                                "sg23"."keyword"
                                order by
                                  "sg23"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg23"
                            where
                              "sg23"."topic_id" = "sg22"."id"
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
                  where
                    "sg22"."parent_id" = "sg19"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg19"."description",
              'id',
              encode(convert_to('Topic:' || "sg19"."id", 'UTF8'), 'base64'),
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
                    "sg24"."topic_id" = "sg19"."id"
                ),
                '[]'::json
              ),
              'name',
              "sg19"."name",
              'parent',
              (
                select
                  json_build_object(
                    'description',
                    "sg25"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg25"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg26"."keyword"
                            order by
                              "sg26"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg26"
                        where
                          "sg26"."topic_id" = "sg25"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg25"."name",
                    'slug',
                    "sg25"."slug"
                  )
                from
                  "topics" as "sg25"
                where
                  "sg25"."id" = "sg19"."parent_id"
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
                        "positions" as "sg27"
                        join "topic_closure" as "sg28" on "sg27"."topic_id" = "sg28"."descendant_id"
                      where
                        "sg28"."ancestor_id" = "sg19"."id"
                    ),
                    'pageInfo',
                    json_build_object('hasNextPage', count(*) > $7, 'hasPreviousPage', false),
                    'edges',
                    coalesce(
                      json_agg(
                        json_build_object('node', s."j0")
                        order by
                          s.n
                      ) filter (
                        where
                          s.n <= $8
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
                          s.n <= $9
                      ),
                      '[]'::json
                    )
                  )
                from
                  (
                    select
                      "sg27".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg27"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg27"."quote",
                        'recordedBy',
                        "sg27"."recorded_by",
                        'stance',
                        "sg27"."stance",
                        'statedAt',
                        to_char("sg27"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg27"."stated_at" is not null then 'STATED'
                          when "sg27"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg27"."statement",
                        'version',
                        "sg27"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg27"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg27"."quote",
                        'recordedBy',
                        "sg27"."recorded_by",
                        'stance',
                        "sg27"."stance",
                        'statedAt',
                        to_char("sg27"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg27"."stated_at" is not null then 'STATED'
                          when "sg27"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg27"."statement",
                        'version',
                        "sg27"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg27".*,
                          row_number() over (
                            order by
                              "sg27"."id" asc
                          ) as n
                        from
                          "positions" as "sg27"
                          join "topic_closure" as "sg28" on "sg27"."topic_id" = "sg28"."descendant_id"
                        where
                          "sg28"."ancestor_id" = "sg19"."id"
                        order by
                          "sg27"."id" asc
                        limit
                          4
                      ) as "sg27"
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
                        "positions" as "sg29"
                        join "topic_closure" as "sg30" on "sg29"."topic_id" = "sg30"."descendant_id"
                      where
                        "sg30"."ancestor_id" = "sg19"."id"
                        and "sg29"."stance" = $10
                    ),
                    'pageInfo',
                    json_build_object('hasNextPage', count(*) > $11, 'hasPreviousPage', false),
                    'edges',
                    coalesce(
                      json_agg(
                        json_build_object('node', s."j0")
                        order by
                          s.n
                      ) filter (
                        where
                          s.n <= $12
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
                          s.n <= $13
                      ),
                      '[]'::json
                    )
                  )
                from
                  (
                    select
                      "sg29".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg29"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg29"."quote",
                        'recordedBy',
                        "sg29"."recorded_by",
                        'stance',
                        "sg29"."stance",
                        'statedAt',
                        to_char("sg29"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg29"."stated_at" is not null then 'STATED'
                          when "sg29"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg29"."statement",
                        'version',
                        "sg29"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg29"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg29"."quote",
                        'recordedBy',
                        "sg29"."recorded_by",
                        'stance',
                        "sg29"."stance",
                        'statedAt',
                        to_char("sg29"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg29"."stated_at" is not null then 'STATED'
                          when "sg29"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg29"."statement",
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
                          "positions" as "sg29"
                          join "topic_closure" as "sg30" on "sg29"."topic_id" = "sg30"."descendant_id"
                        where
                          "sg30"."ancestor_id" = "sg19"."id"
                          and "sg29"."stance" = $14
                        order by
                          "sg29"."id" asc
                        limit
                          4
                      ) as "sg29"
                  ) s
              ),
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
          "sg19"."parent_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'description',
    "sg0"."description",
    'id',
    encode(convert_to('Topic:' || "sg0"."id", 'UTF8'), 'base64'),
    'keywords',
    coalesce(
      (
        select
          json_agg(
            "sg31"."keyword"
            order by
              "sg31"."keyword" asc
          )
        from
          "topic_keywords" as "sg31"
        where
          "sg31"."topic_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'name',
    "sg0"."name",
    'parent',
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
                    "articles" as "sg33"
                    join "article_topics" as "sg34" on "sg33"."id" = "sg34"."article_id"
                  where
                    "sg34"."topic_id" = "sg32"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $15, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $16
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
                      s.n <= $17
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg33".n,
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
                  ) as "j0",
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
                      "articles" as "sg33"
                      join "article_topics" as "sg34" on "sg33"."id" = "sg34"."article_id"
                    where
                      "sg34"."topic_id" = "sg32"."id"
                    order by
                      "sg33"."id" asc
                    limit
                      4
                  ) as "sg33"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg35"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg35"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg36"."keyword"
                            order by
                              "sg36"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg36"
                        where
                          "sg36"."topic_id" = "sg35"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg35"."name",
                    'slug',
                    "sg35"."slug"
                  )
                  order by
                    "sg35"."name" asc,
                    "sg35"."id" asc
                )
              from
                "topics" as "sg35"
              where
                "sg35"."parent_id" = "sg32"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg32"."description",
          'id',
          encode(convert_to('Topic:' || "sg32"."id", 'UTF8'), 'base64'),
          'keywords',
          coalesce(
            (
              select
                json_agg(
                  "sg37"."keyword"
                  order by
                    "sg37"."keyword" asc
                )
              from
                "topic_keywords" as "sg37"
              where
                "sg37"."topic_id" = "sg32"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg32"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg38"."description",
                'id',
                encode(convert_to('Topic:' || "sg38"."id", 'UTF8'), 'base64'),
                'keywords',
                coalesce(
                  (
                    select
                      json_agg(
                        "sg39"."keyword"
                        order by
                          "sg39"."keyword" asc
                      )
                    from
                      "topic_keywords" as "sg39"
                    where
                      "sg39"."topic_id" = "sg38"."id"
                  ),
                  '[]'::json
                ),
                'name',
                "sg38"."name",
                'slug',
                "sg38"."slug"
              )
            from
              "topics" as "sg38"
            where
              "sg38"."id" = "sg32"."parent_id"
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
                    "positions" as "sg40"
                    join "topic_closure" as "sg41" on "sg40"."topic_id" = "sg41"."descendant_id"
                  where
                    "sg41"."ancestor_id" = "sg32"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $18, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $19
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
                      s.n <= $20
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg40".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg40"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg40"."quote",
                    'recordedBy',
                    "sg40"."recorded_by",
                    'stance',
                    "sg40"."stance",
                    'statedAt',
                    to_char("sg40"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg40"."stated_at" is not null then 'STATED'
                      when "sg40"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg40"."statement",
                    'version',
                    "sg40"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg40"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg40"."quote",
                    'recordedBy',
                    "sg40"."recorded_by",
                    'stance',
                    "sg40"."stance",
                    'statedAt',
                    to_char("sg40"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg40"."stated_at" is not null then 'STATED'
                      when "sg40"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg40"."statement",
                    'version',
                    "sg40"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg40".*,
                      row_number() over (
                        order by
                          "sg40"."id" asc
                      ) as n
                    from
                      "positions" as "sg40"
                      join "topic_closure" as "sg41" on "sg40"."topic_id" = "sg41"."descendant_id"
                    where
                      "sg41"."ancestor_id" = "sg32"."id"
                    order by
                      "sg40"."id" asc
                    limit
                      4
                  ) as "sg40"
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
                    "positions" as "sg42"
                    join "topic_closure" as "sg43" on "sg42"."topic_id" = "sg43"."descendant_id"
                  where
                    "sg43"."ancestor_id" = "sg32"."id"
                    and "sg42"."stance" = $21
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
                  "sg42".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg42"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg42"."quote",
                    'recordedBy',
                    "sg42"."recorded_by",
                    'stance',
                    "sg42"."stance",
                    'statedAt',
                    to_char("sg42"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg42"."stated_at" is not null then 'STATED'
                      when "sg42"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg42"."statement",
                    'version',
                    "sg42"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg42"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg42"."quote",
                    'recordedBy',
                    "sg42"."recorded_by",
                    'stance',
                    "sg42"."stance",
                    'statedAt',
                    to_char("sg42"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg42"."stated_at" is not null then 'STATED'
                      when "sg42"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg42"."statement",
                    'version',
                    "sg42"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg42".*,
                      row_number() over (
                        order by
                          "sg42"."id" asc
                      ) as n
                    from
                      "positions" as "sg42"
                      join "topic_closure" as "sg43" on "sg42"."topic_id" = "sg43"."descendant_id"
                    where
                      "sg43"."ancestor_id" = "sg32"."id"
                      and "sg42"."stance" = $25
                    order by
                      "sg42"."id" asc
                    limit
                      4
                  ) as "sg42"
              ) s
          ),
          'slug',
          "sg32"."slug"
        )
      from
        "topics" as "sg32"
      where
        "sg32"."id" = "sg0"."parent_id"
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
              "positions" as "sg44"
              join "topic_closure" as "sg45" on "sg44"."topic_id" = "sg45"."descendant_id"
            where
              "sg45"."ancestor_id" = "sg0"."id"
          ),
          'pageInfo',
          json_build_object('hasNextPage', count(*) > $26, 'hasPreviousPage', false),
          'edges',
          coalesce(
            json_agg(
              json_build_object('node', s."j0")
              order by
                s.n
            ) filter (
              where
                s.n <= $27
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
                s.n <= $28
            ),
            '[]'::json
          )
        )
      from
        (
          select
            "sg44".n,
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
                            "sg47"."alias"
                            order by
                              "sg47"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg47"
                        where
                          "sg47"."actor_id" = "sg46"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg46"."country_code",
                    'description',
                    "sg46"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg46"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg46"."kind",
                    'name',
                    "sg46"."name",
                    'slug',
                    "sg46"."slug"
                  )
                from
                  "actors" as "sg46"
                where
                  "sg46"."id" = "sg44"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg48"."body",
                    'id',
                    encode(convert_to('Article:' || "sg48"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg48"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg48"."slug",
                    'sourceName',
                    "sg48"."source_name",
                    'summary',
                    "sg48"."summary",
                    'title',
                    "sg48"."title",
                    'url',
                    "sg48"."url",
                    'version',
                    "sg48"."version"
                  )
                from
                  "articles" as "sg48"
                where
                  "sg48"."id" = "sg44"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg44"."id", 'UTF8'), 'base64'),
              'quote',
              "sg44"."quote",
              'recordedBy',
              "sg44"."recorded_by",
              'stance',
              "sg44"."stance",
              'statedAt',
              to_char("sg44"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg44"."stated_at" is not null then 'STATED'
                when "sg44"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg44"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg49"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg49"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg50"."keyword"
                            order by
                              "sg50"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg50"
                        where
                          "sg50"."topic_id" = "sg49"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg49"."name",
                    'slug',
                    "sg49"."slug"
                  )
                from
                  "topics" as "sg49"
                where
                  "sg49"."id" = "sg44"."topic_id"
                limit
                  1
              ),
              'version',
              "sg44"."version"
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
                            "sg52"."alias"
                            order by
                              "sg52"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg52"
                        where
                          "sg52"."actor_id" = "sg51"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg51"."country_code",
                    'description',
                    "sg51"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg51"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg51"."kind",
                    'name',
                    "sg51"."name",
                    'slug',
                    "sg51"."slug"
                  )
                from
                  "actors" as "sg51"
                where
                  "sg51"."id" = "sg44"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg53"."body",
                    'id',
                    encode(convert_to('Article:' || "sg53"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg53"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg53"."slug",
                    'sourceName',
                    "sg53"."source_name",
                    'summary',
                    "sg53"."summary",
                    'title',
                    "sg53"."title",
                    'url',
                    "sg53"."url",
                    'version',
                    "sg53"."version"
                  )
                from
                  "articles" as "sg53"
                where
                  "sg53"."id" = "sg44"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg44"."id", 'UTF8'), 'base64'),
              'quote',
              "sg44"."quote",
              'recordedBy',
              "sg44"."recorded_by",
              'stance',
              "sg44"."stance",
              'statedAt',
              to_char("sg44"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg44"."stated_at" is not null then 'STATED'
                when "sg44"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg44"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg54"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg54"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg55"."keyword"
                            order by
                              "sg55"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg55"
                        where
                          "sg55"."topic_id" = "sg54"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg54"."name",
                    'slug',
                    "sg54"."slug"
                  )
                from
                  "topics" as "sg54"
                where
                  "sg54"."id" = "sg44"."topic_id"
                limit
                  1
              ),
              'version',
              "sg44"."version"
            ) as "j1"
          from
            (
              select
                "sg44".*,
                row_number() over (
                  order by
                    "sg44"."id" asc
                ) as n
              from
                "positions" as "sg44"
                join "topic_closure" as "sg45" on "sg44"."topic_id" = "sg45"."descendant_id"
              where
                "sg45"."ancestor_id" = "sg0"."id"
              order by
                "sg44"."id" asc
              limit
                4
            ) as "sg44"
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
              "positions" as "sg56"
              join "topic_closure" as "sg57" on "sg56"."topic_id" = "sg57"."descendant_id"
            where
              "sg57"."ancestor_id" = "sg0"."id"
              and "sg56"."stance" = $29
          ),
          'pageInfo',
          json_build_object('hasNextPage', count(*) > $30, 'hasPreviousPage', false),
          'edges',
          coalesce(
            json_agg(
              json_build_object('node', s."j0")
              order by
                s.n
            ) filter (
              where
                s.n <= $31
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
                s.n <= $32
            ),
            '[]'::json
          )
        )
      from
        (
          select
            "sg56".n,
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
                            "sg59"."alias"
                            order by
                              "sg59"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg59"
                        where
                          "sg59"."actor_id" = "sg58"."id"
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
                from
                  "actors" as "sg58"
                where
                  "sg58"."id" = "sg56"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg60"."body",
                    'id',
                    encode(convert_to('Article:' || "sg60"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg60"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg60"."slug",
                    'sourceName',
                    "sg60"."source_name",
                    'summary',
                    "sg60"."summary",
                    'title',
                    "sg60"."title",
                    'url',
                    "sg60"."url",
                    'version',
                    "sg60"."version"
                  )
                from
                  "articles" as "sg60"
                where
                  "sg60"."id" = "sg56"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg56"."id", 'UTF8'), 'base64'),
              'quote',
              "sg56"."quote",
              'recordedBy',
              "sg56"."recorded_by",
              'stance',
              "sg56"."stance",
              'statedAt',
              to_char("sg56"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg56"."stated_at" is not null then 'STATED'
                when "sg56"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg56"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg61"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg61"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg62"."keyword"
                            order by
                              "sg62"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg62"
                        where
                          "sg62"."topic_id" = "sg61"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg61"."name",
                    'slug',
                    "sg61"."slug"
                  )
                from
                  "topics" as "sg61"
                where
                  "sg61"."id" = "sg56"."topic_id"
                limit
                  1
              ),
              'version',
              "sg56"."version"
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
                            "sg64"."alias"
                            order by
                              "sg64"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg64"
                        where
                          "sg64"."actor_id" = "sg63"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg63"."country_code",
                    'description',
                    "sg63"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg63"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg63"."kind",
                    'name',
                    "sg63"."name",
                    'slug',
                    "sg63"."slug"
                  )
                from
                  "actors" as "sg63"
                where
                  "sg63"."id" = "sg56"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg65"."body",
                    'id',
                    encode(convert_to('Article:' || "sg65"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg65"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg65"."slug",
                    'sourceName',
                    "sg65"."source_name",
                    'summary',
                    "sg65"."summary",
                    'title',
                    "sg65"."title",
                    'url',
                    "sg65"."url",
                    'version',
                    "sg65"."version"
                  )
                from
                  "articles" as "sg65"
                where
                  "sg65"."id" = "sg56"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg56"."id", 'UTF8'), 'base64'),
              'quote',
              "sg56"."quote",
              'recordedBy',
              "sg56"."recorded_by",
              'stance',
              "sg56"."stance",
              'statedAt',
              to_char("sg56"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg56"."stated_at" is not null then 'STATED'
                when "sg56"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg56"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg66"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg66"."id", 'UTF8'), 'base64'),
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
                          "sg67"."topic_id" = "sg66"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg66"."name",
                    'slug',
                    "sg66"."slug"
                  )
                from
                  "topics" as "sg66"
                where
                  "sg66"."id" = "sg56"."topic_id"
                limit
                  1
              ),
              'version',
              "sg56"."version"
            ) as "j1"
          from
            (
              select
                "sg56".*,
                row_number() over (
                  order by
                    "sg56"."id" asc
                ) as n
              from
                "positions" as "sg56"
                join "topic_closure" as "sg57" on "sg56"."topic_id" = "sg57"."descendant_id"
              where
                "sg57"."ancestor_id" = "sg0"."id"
                and "sg56"."stance" = $33
              order by
                "sg56"."id" asc
              limit
                4
            ) as "sg56"
        ) s
    ),
    'slug',
    "sg0"."slug"
  )::text as j
from
  "topics" as "sg0"
where
  "sg0"."slug" = $34
limit
  1;
