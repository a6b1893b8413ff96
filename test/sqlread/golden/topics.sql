-- parameters: [3,3,3,3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS"]
select
  json_build_array("sg0"."id")::text as position,
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
  )::text as "j0",
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
              "articles" as "sg68"
              join "article_topics" as "sg69" on "sg68"."id" = "sg69"."article_id"
            where
              "sg69"."topic_id" = "sg0"."id"
          ),
          'pageInfo',
          json_build_object('hasNextPage', count(*) > $34, 'hasPreviousPage', false),
          'edges',
          coalesce(
            json_agg(
              json_build_object('node', s."j0")
              order by
                s.n
            ) filter (
              where
                s.n <= $35
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
                s.n <= $36
            ),
            '[]'::json
          )
        )
      from
        (
          select
            "sg68".n,
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
                                "sg72"."alias"
                                order by
                                  "sg72"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg72"
                            where
                              "sg72"."actor_id" = "sg70"."id"
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
                      order by
                        "sg70"."name" asc,
                        "sg70"."id" asc
                    )
                  from
                    "actors" as "sg70"
                    join "mentions" as "sg71" on "sg70"."id" = "sg71"."actor_id"
                  where
                    "sg71"."article_id" = "sg68"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg68"."body",
              'id',
              encode(convert_to('Article:' || "sg68"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg73"."confidence",
                        'createdAt',
                        to_char("sg73"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg73"."extractor",
                        'extractorVersion',
                        "sg73"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg73"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg73"."quote",
                        'quoteEnd',
                        "sg73"."quote_end",
                        'quoteField',
                        (
                          case "sg73"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg73"."quote_start",
                        'reason',
                        "sg73"."reason",
                        'reviewedAt',
                        to_char("sg73"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg73"."reviewed_by",
                        'stance',
                        "sg73"."stance",
                        'statement',
                        "sg73"."statement",
                        'status',
                        "sg73"."status",
                        'version',
                        "sg73"."version"
                      )
                      order by
                        "sg73"."id" asc
                    )
                  from
                    "position_suggestions" as "sg73"
                  where
                    "sg73"."article_id" = "sg68"."id"
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
                        encode(convert_to('Position:' || "sg74"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg74"."quote",
                        'recordedBy',
                        "sg74"."recorded_by",
                        'stance',
                        "sg74"."stance",
                        'statedAt',
                        to_char("sg74"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg74"."stated_at" is not null then 'STATED'
                          when "sg74"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg74"."statement",
                        'version',
                        "sg74"."version"
                      )
                      order by
                        "sg74"."id" asc
                    )
                  from
                    "positions" as "sg74"
                  where
                    "sg74"."article_id" = "sg68"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg68"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg68"."slug",
              'sourceName',
              "sg68"."source_name",
              'summary',
              "sg68"."summary",
              'title',
              "sg68"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg75"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg75"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg77"."keyword"
                                order by
                                  "sg77"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg77"
                            where
                              "sg77"."topic_id" = "sg75"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg75"."name",
                        'slug',
                        "sg75"."slug"
                      )
                      order by
                        "sg75"."name" asc,
                        "sg75"."id" asc
                    )
                  from
                    "topics" as "sg75"
                    join "article_topics" as "sg76" on "sg75"."id" = "sg76"."topic_id"
                  where
                    "sg76"."article_id" = "sg68"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg68"."url",
              'version',
              "sg68"."version"
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
                                "sg80"."alias"
                                order by
                                  "sg80"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg80"
                            where
                              "sg80"."actor_id" = "sg78"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg78"."country_code",
                        'description',
                        "sg78"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg78"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg78"."kind",
                        'name',
                        "sg78"."name",
                        'slug',
                        "sg78"."slug"
                      )
                      order by
                        "sg78"."name" asc,
                        "sg78"."id" asc
                    )
                  from
                    "actors" as "sg78"
                    join "mentions" as "sg79" on "sg78"."id" = "sg79"."actor_id"
                  where
                    "sg79"."article_id" = "sg68"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg68"."body",
              'id',
              encode(convert_to('Article:' || "sg68"."id", 'UTF8'), 'base64'),
              'positionSuggestions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'confidence',
                        "sg81"."confidence",
                        'createdAt',
                        to_char("sg81"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'extractor',
                        "sg81"."extractor",
                        'extractorVersion',
                        "sg81"."extractor_version",
                        'id',
                        encode(convert_to('PositionSuggestion:' || "sg81"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg81"."quote",
                        'quoteEnd',
                        "sg81"."quote_end",
                        'quoteField',
                        (
                          case "sg81"."quote_field"::text
                            when 'body' then 'BODY'
                            when 'summary' then 'SUMMARY'
                            when 'title' then 'TITLE'
                          end
                        ),
                        'quoteStart',
                        "sg81"."quote_start",
                        'reason',
                        "sg81"."reason",
                        'reviewedAt',
                        to_char("sg81"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'reviewedBy',
                        "sg81"."reviewed_by",
                        'stance',
                        "sg81"."stance",
                        'statement',
                        "sg81"."statement",
                        'status',
                        "sg81"."status",
                        'version',
                        "sg81"."version"
                      )
                      order by
                        "sg81"."id" asc
                    )
                  from
                    "position_suggestions" as "sg81"
                  where
                    "sg81"."article_id" = "sg68"."id"
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
                        encode(convert_to('Position:' || "sg82"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg82"."quote",
                        'recordedBy',
                        "sg82"."recorded_by",
                        'stance',
                        "sg82"."stance",
                        'statedAt',
                        to_char("sg82"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg82"."stated_at" is not null then 'STATED'
                          when "sg82"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg82"."statement",
                        'version',
                        "sg82"."version"
                      )
                      order by
                        "sg82"."id" asc
                    )
                  from
                    "positions" as "sg82"
                  where
                    "sg82"."article_id" = "sg68"."id"
                ),
                '[]'::json
              ),
              'publishedAt',
              to_char("sg68"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'slug',
              "sg68"."slug",
              'sourceName',
              "sg68"."source_name",
              'summary',
              "sg68"."summary",
              'title',
              "sg68"."title",
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg83"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg83"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg85"."keyword"
                                order by
                                  "sg85"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg85"
                            where
                              "sg85"."topic_id" = "sg83"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg83"."name",
                        'slug',
                        "sg83"."slug"
                      )
                      order by
                        "sg83"."name" asc,
                        "sg83"."id" asc
                    )
                  from
                    "topics" as "sg83"
                    join "article_topics" as "sg84" on "sg83"."id" = "sg84"."topic_id"
                  where
                    "sg84"."article_id" = "sg68"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg68"."url",
              'version',
              "sg68"."version"
            ) as "j1"
          from
            (
              select
                "sg68".*,
                row_number() over (
                  order by
                    "sg68"."id" asc
                ) as n
              from
                "articles" as "sg68"
                join "article_topics" as "sg69" on "sg68"."id" = "sg69"."article_id"
              where
                "sg69"."topic_id" = "sg0"."id"
              order by
                "sg68"."id" asc
              limit
                4
            ) as "sg68"
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
                        "articles" as "sg87"
                        join "article_topics" as "sg88" on "sg87"."id" = "sg88"."article_id"
                      where
                        "sg88"."topic_id" = "sg86"."id"
                    ),
                    'pageInfo',
                    json_build_object('hasNextPage', count(*) > $37, 'hasPreviousPage', false),
                    'edges',
                    coalesce(
                      json_agg(
                        json_build_object('node', s."j0")
                        order by
                          s.n
                      ) filter (
                        where
                          s.n <= $38
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
                          s.n <= $39
                      ),
                      '[]'::json
                    )
                  )
                from
                  (
                    select
                      "sg87".n,
                      json_build_object(
                        'body',
                        "sg87"."body",
                        'id',
                        encode(convert_to('Article:' || "sg87"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg87"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg87"."slug",
                        'sourceName',
                        "sg87"."source_name",
                        'summary',
                        "sg87"."summary",
                        'title',
                        "sg87"."title",
                        'url',
                        "sg87"."url",
                        'version',
                        "sg87"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg87"."body",
                        'id',
                        encode(convert_to('Article:' || "sg87"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg87"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg87"."slug",
                        'sourceName',
                        "sg87"."source_name",
                        'summary',
                        "sg87"."summary",
                        'title',
                        "sg87"."title",
                        'url',
                        "sg87"."url",
                        'version',
                        "sg87"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg87".*,
                          row_number() over (
                            order by
                              "sg87"."id" asc
                          ) as n
                        from
                          "articles" as "sg87"
                          join "article_topics" as "sg88" on "sg87"."id" = "sg88"."article_id"
                        where
                          "sg88"."topic_id" = "sg86"."id"
                        order by
                          "sg87"."id" asc
                        limit
                          4
                      ) as "sg87"
                  ) s
              ),
              'children',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg89"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg89"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg90"."keyword"
                                order by
                                  "sg90"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg90"
                            where
                              "sg90"."topic_id" = "sg89"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg89"."name",
                        'slug',
                        "sg89"."slug"
                      )
                      order by
                        "sg89"."name" asc,
                        "sg89"."id" asc
                    )
                  from
                    "topics" as "sg89"
                  where
                    "sg89"."parent_id" = "sg86"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg86"."description",
              'id',
              encode(convert_to('Topic:' || "sg86"."id", 'UTF8'), 'base64'),
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
                    "sg91"."topic_id" = "sg86"."id"
                ),
                '[]'::json
              ),
              'name',
              "sg86"."name",
              'parent',
              (
                select
                  json_build_object(
                    'description',
                    "sg92"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg92"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg93"."keyword"
                            order by
                              "sg93"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg93"
                        where
                          "sg93"."topic_id" = "sg92"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg92"."name",
                    'slug',
                    "sg92"."slug"
                  )
                from
                  "topics" as "sg92"
                where
                  "sg92"."id" = "sg86"."parent_id"
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
                        "positions" as "sg94"
                        join "topic_closure" as "sg95" on "sg94"."topic_id" = "sg95"."descendant_id"
                      where
                        "sg95"."ancestor_id" = "sg86"."id"
                    ),
                    'pageInfo',
                    json_build_object('hasNextPage', count(*) > $40, 'hasPreviousPage', false),
                    'edges',
                    coalesce(
                      json_agg(
                        json_build_object('node', s."j0")
                        order by
                          s.n
                      ) filter (
                        where
                          s.n <= $41
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
                          s.n <= $42
                      ),
                      '[]'::json
                    )
                  )
                from
                  (
                    select
                      "sg94".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg94"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg94"."quote",
                        'recordedBy',
                        "sg94"."recorded_by",
                        'stance',
                        "sg94"."stance",
                        'statedAt',
                        to_char("sg94"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg94"."stated_at" is not null then 'STATED'
                          when "sg94"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg94"."statement",
                        'version',
                        "sg94"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg94"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg94"."quote",
                        'recordedBy',
                        "sg94"."recorded_by",
                        'stance',
                        "sg94"."stance",
                        'statedAt',
                        to_char("sg94"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg94"."stated_at" is not null then 'STATED'
                          when "sg94"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg94"."statement",
                        'version',
                        "sg94"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg94".*,
                          row_number() over (
                            order by
                              "sg94"."id" asc
                          ) as n
                        from
                          "positions" as "sg94"
                          join "topic_closure" as "sg95" on "sg94"."topic_id" = "sg95"."descendant_id"
                        where
                          "sg95"."ancestor_id" = "sg86"."id"
                        order by
                          "sg94"."id" asc
                        limit
                          4
                      ) as "sg94"
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
                        "positions" as "sg96"
                        join "topic_closure" as "sg97" on "sg96"."topic_id" = "sg97"."descendant_id"
                      where
                        "sg97"."ancestor_id" = "sg86"."id"
                        and "sg96"."stance" = $43
                    ),
                    'pageInfo',
                    json_build_object('hasNextPage', count(*) > $44, 'hasPreviousPage', false),
                    'edges',
                    coalesce(
                      json_agg(
                        json_build_object('node', s."j0")
                        order by
                          s.n
                      ) filter (
                        where
                          s.n <= $45
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
                          s.n <= $46
                      ),
                      '[]'::json
                    )
                  )
                from
                  (
                    select
                      "sg96".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg96"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg96"."quote",
                        'recordedBy',
                        "sg96"."recorded_by",
                        'stance',
                        "sg96"."stance",
                        'statedAt',
                        to_char("sg96"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg96"."stated_at" is not null then 'STATED'
                          when "sg96"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg96"."statement",
                        'version',
                        "sg96"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg96"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg96"."quote",
                        'recordedBy',
                        "sg96"."recorded_by",
                        'stance',
                        "sg96"."stance",
                        'statedAt',
                        to_char("sg96"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg96"."stated_at" is not null then 'STATED'
                          when "sg96"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg96"."statement",
                        'version',
                        "sg96"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg96".*,
                          row_number() over (
                            order by
                              "sg96"."id" asc
                          ) as n
                        from
                          "positions" as "sg96"
                          join "topic_closure" as "sg97" on "sg96"."topic_id" = "sg97"."descendant_id"
                        where
                          "sg97"."ancestor_id" = "sg86"."id"
                          and "sg96"."stance" = $47
                        order by
                          "sg96"."id" asc
                        limit
                          4
                      ) as "sg96"
                  ) s
              ),
              'slug',
              "sg86"."slug"
            )
            order by
              "sg86"."name" asc,
              "sg86"."id" asc
          )
        from
          "topics" as "sg86"
        where
          "sg86"."parent_id" = "sg0"."id"
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
            "sg98"."keyword"
            order by
              "sg98"."keyword" asc
          )
        from
          "topic_keywords" as "sg98"
        where
          "sg98"."topic_id" = "sg0"."id"
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
                    "articles" as "sg100"
                    join "article_topics" as "sg101" on "sg100"."id" = "sg101"."article_id"
                  where
                    "sg101"."topic_id" = "sg99"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $48, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $49
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
                      s.n <= $50
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg100".n,
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
                  ) as "j0",
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
                  ) as "j1"
                from
                  (
                    select
                      "sg100".*,
                      row_number() over (
                        order by
                          "sg100"."id" asc
                      ) as n
                    from
                      "articles" as "sg100"
                      join "article_topics" as "sg101" on "sg100"."id" = "sg101"."article_id"
                    where
                      "sg101"."topic_id" = "sg99"."id"
                    order by
                      "sg100"."id" asc
                    limit
                      4
                  ) as "sg100"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg102"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg102"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg103"."keyword"
                            order by
                              "sg103"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg103"
                        where
                          "sg103"."topic_id" = "sg102"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg102"."name",
                    'slug',
                    "sg102"."slug"
                  )
                  order by
                    "sg102"."name" asc,
                    "sg102"."id" asc
                )
              from
                "topics" as "sg102"
              where
                "sg102"."parent_id" = "sg99"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg99"."description",
          'id',
          encode(convert_to('Topic:' || "sg99"."id", 'UTF8'), 'base64'),
          'keywords',
          coalesce(
            (
              select
                json_agg(
                  "sg104"."keyword"
                  order by
                    "sg104"."keyword" asc
                )
              from
                "topic_keywords" as "sg104"
              where
                "sg104"."topic_id" = "sg99"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg99"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg105"."description",
                'id',
                encode(convert_to('Topic:' || "sg105"."id", 'UTF8'), 'base64'),
                'keywords',
                coalesce(
                  (
                    select
                      json_agg(
                        "sg106"."keyword"
                        order by
                          "sg106"."keyword" asc
                      )
                    from
                      "topic_keywords" as "sg106"
                    where
                      "sg106"."topic_id" = "sg105"."id"
                  ),
                  '[]'::json
                ),
                'name',
                "sg105"."name",
                'slug',
                "sg105"."slug"
              )
            from
              "topics" as "sg105"
            where
              "sg105"."id" = "sg99"."parent_id"
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
                    "positions" as "sg107"
                    join "topic_closure" as "sg108" on "sg107"."topic_id" = "sg108"."descendant_id"
                  where
                    "sg108"."ancestor_id" = "sg99"."id"
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $51, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $52
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
                      s.n <= $53
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg107".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg107"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg107"."quote",
                    'recordedBy',
                    "sg107"."recorded_by",
                    'stance',
                    "sg107"."stance",
                    'statedAt',
                    to_char("sg107"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg107"."stated_at" is not null then 'STATED'
                      when "sg107"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg107"."statement",
                    'version',
                    "sg107"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg107"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg107"."quote",
                    'recordedBy',
                    "sg107"."recorded_by",
                    'stance',
                    "sg107"."stance",
                    'statedAt',
                    to_char("sg107"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg107"."stated_at" is not null then 'STATED'
                      when "sg107"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg107"."statement",
                    'version',
                    "sg107"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg107".*,
                      row_number() over (
                        order by
                          "sg107"."id" asc
                      ) as n
                    from
                      "positions" as "sg107"
                      join "topic_closure" as "sg108" on "sg107"."topic_id" = "sg108"."descendant_id"
                    where
                      "sg108"."ancestor_id" = "sg99"."id"
                    order by
                      "sg107"."id" asc
                    limit
                      4
                  ) as "sg107"
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
                    "positions" as "sg109"
                    join "topic_closure" as "sg110" on "sg109"."topic_id" = "sg110"."descendant_id"
                  where
                    "sg110"."ancestor_id" = "sg99"."id"
                    and "sg109"."stance" = $54
                ),
                'pageInfo',
                json_build_object('hasNextPage', count(*) > $55, 'hasPreviousPage', false),
                'edges',
                coalesce(
                  json_agg(
                    json_build_object('node', s."j0")
                    order by
                      s.n
                  ) filter (
                    where
                      s.n <= $56
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
                      s.n <= $57
                  ),
                  '[]'::json
                )
              )
            from
              (
                select
                  "sg109".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg109"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg109"."quote",
                    'recordedBy',
                    "sg109"."recorded_by",
                    'stance',
                    "sg109"."stance",
                    'statedAt',
                    to_char("sg109"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg109"."stated_at" is not null then 'STATED'
                      when "sg109"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg109"."statement",
                    'version',
                    "sg109"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg109"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg109"."quote",
                    'recordedBy',
                    "sg109"."recorded_by",
                    'stance',
                    "sg109"."stance",
                    'statedAt',
                    to_char("sg109"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg109"."stated_at" is not null then 'STATED'
                      when "sg109"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg109"."statement",
                    'version',
                    "sg109"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg109".*,
                      row_number() over (
                        order by
                          "sg109"."id" asc
                      ) as n
                    from
                      "positions" as "sg109"
                      join "topic_closure" as "sg110" on "sg109"."topic_id" = "sg110"."descendant_id"
                    where
                      "sg110"."ancestor_id" = "sg99"."id"
                      and "sg109"."stance" = $58
                    order by
                      "sg109"."id" asc
                    limit
                      4
                  ) as "sg109"
              ) s
          ),
          'slug',
          "sg99"."slug"
        )
      from
        "topics" as "sg99"
      where
        "sg99"."id" = "sg0"."parent_id"
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
              "positions" as "sg111"
              join "topic_closure" as "sg112" on "sg111"."topic_id" = "sg112"."descendant_id"
            where
              "sg112"."ancestor_id" = "sg0"."id"
          ),
          'pageInfo',
          json_build_object('hasNextPage', count(*) > $59, 'hasPreviousPage', false),
          'edges',
          coalesce(
            json_agg(
              json_build_object('node', s."j0")
              order by
                s.n
            ) filter (
              where
                s.n <= $60
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
                s.n <= $61
            ),
            '[]'::json
          )
        )
      from
        (
          select
            "sg111".n,
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
                            "sg114"."alias"
                            order by
                              "sg114"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg114"
                        where
                          "sg114"."actor_id" = "sg113"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg113"."country_code",
                    'description',
                    "sg113"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg113"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg113"."kind",
                    'name',
                    "sg113"."name",
                    'slug',
                    "sg113"."slug"
                  )
                from
                  "actors" as "sg113"
                where
                  "sg113"."id" = "sg111"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg115"."body",
                    'id',
                    encode(convert_to('Article:' || "sg115"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg115"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg115"."slug",
                    'sourceName',
                    "sg115"."source_name",
                    'summary',
                    "sg115"."summary",
                    'title',
                    "sg115"."title",
                    'url',
                    "sg115"."url",
                    'version',
                    "sg115"."version"
                  )
                from
                  "articles" as "sg115"
                where
                  "sg115"."id" = "sg111"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg111"."id", 'UTF8'), 'base64'),
              'quote',
              "sg111"."quote",
              'recordedBy',
              "sg111"."recorded_by",
              'stance',
              "sg111"."stance",
              'statedAt',
              to_char("sg111"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg111"."stated_at" is not null then 'STATED'
                when "sg111"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg111"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg116"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg116"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg117"."keyword"
                            order by
                              "sg117"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg117"
                        where
                          "sg117"."topic_id" = "sg116"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg116"."name",
                    'slug',
                    "sg116"."slug"
                  )
                from
                  "topics" as "sg116"
                where
                  "sg116"."id" = "sg111"."topic_id"
                limit
                  1
              ),
              'version',
              "sg111"."version"
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
                            "sg119"."alias"
                            order by
                              "sg119"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg119"
                        where
                          "sg119"."actor_id" = "sg118"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg118"."country_code",
                    'description',
                    "sg118"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg118"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg118"."kind",
                    'name',
                    "sg118"."name",
                    'slug',
                    "sg118"."slug"
                  )
                from
                  "actors" as "sg118"
                where
                  "sg118"."id" = "sg111"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg120"."body",
                    'id',
                    encode(convert_to('Article:' || "sg120"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg120"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg120"."slug",
                    'sourceName',
                    "sg120"."source_name",
                    'summary',
                    "sg120"."summary",
                    'title',
                    "sg120"."title",
                    'url',
                    "sg120"."url",
                    'version',
                    "sg120"."version"
                  )
                from
                  "articles" as "sg120"
                where
                  "sg120"."id" = "sg111"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg111"."id", 'UTF8'), 'base64'),
              'quote',
              "sg111"."quote",
              'recordedBy',
              "sg111"."recorded_by",
              'stance',
              "sg111"."stance",
              'statedAt',
              to_char("sg111"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg111"."stated_at" is not null then 'STATED'
                when "sg111"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg111"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg121"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg121"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg122"."keyword"
                            order by
                              "sg122"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg122"
                        where
                          "sg122"."topic_id" = "sg121"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg121"."name",
                    'slug',
                    "sg121"."slug"
                  )
                from
                  "topics" as "sg121"
                where
                  "sg121"."id" = "sg111"."topic_id"
                limit
                  1
              ),
              'version',
              "sg111"."version"
            ) as "j1"
          from
            (
              select
                "sg111".*,
                row_number() over (
                  order by
                    "sg111"."id" asc
                ) as n
              from
                "positions" as "sg111"
                join "topic_closure" as "sg112" on "sg111"."topic_id" = "sg112"."descendant_id"
              where
                "sg112"."ancestor_id" = "sg0"."id"
              order by
                "sg111"."id" asc
              limit
                4
            ) as "sg111"
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
              "positions" as "sg123"
              join "topic_closure" as "sg124" on "sg123"."topic_id" = "sg124"."descendant_id"
            where
              "sg124"."ancestor_id" = "sg0"."id"
              and "sg123"."stance" = $62
          ),
          'pageInfo',
          json_build_object('hasNextPage', count(*) > $63, 'hasPreviousPage', false),
          'edges',
          coalesce(
            json_agg(
              json_build_object('node', s."j0")
              order by
                s.n
            ) filter (
              where
                s.n <= $64
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
                s.n <= $65
            ),
            '[]'::json
          )
        )
      from
        (
          select
            "sg123".n,
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
                            "sg126"."alias"
                            order by
                              "sg126"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg126"
                        where
                          "sg126"."actor_id" = "sg125"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg125"."country_code",
                    'description',
                    "sg125"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg125"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg125"."kind",
                    'name',
                    "sg125"."name",
                    'slug',
                    "sg125"."slug"
                  )
                from
                  "actors" as "sg125"
                where
                  "sg125"."id" = "sg123"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg127"."body",
                    'id',
                    encode(convert_to('Article:' || "sg127"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg127"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg127"."slug",
                    'sourceName',
                    "sg127"."source_name",
                    'summary',
                    "sg127"."summary",
                    'title',
                    "sg127"."title",
                    'url',
                    "sg127"."url",
                    'version',
                    "sg127"."version"
                  )
                from
                  "articles" as "sg127"
                where
                  "sg127"."id" = "sg123"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg123"."id", 'UTF8'), 'base64'),
              'quote',
              "sg123"."quote",
              'recordedBy',
              "sg123"."recorded_by",
              'stance',
              "sg123"."stance",
              'statedAt',
              to_char("sg123"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg123"."stated_at" is not null then 'STATED'
                when "sg123"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg123"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg128"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg128"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg129"."keyword"
                            order by
                              "sg129"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg129"
                        where
                          "sg129"."topic_id" = "sg128"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg128"."name",
                    'slug',
                    "sg128"."slug"
                  )
                from
                  "topics" as "sg128"
                where
                  "sg128"."id" = "sg123"."topic_id"
                limit
                  1
              ),
              'version',
              "sg123"."version"
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
                            "sg131"."alias"
                            order by
                              "sg131"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg131"
                        where
                          "sg131"."actor_id" = "sg130"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg130"."country_code",
                    'description',
                    "sg130"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg130"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg130"."kind",
                    'name',
                    "sg130"."name",
                    'slug',
                    "sg130"."slug"
                  )
                from
                  "actors" as "sg130"
                where
                  "sg130"."id" = "sg123"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg132"."body",
                    'id',
                    encode(convert_to('Article:' || "sg132"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg132"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg132"."slug",
                    'sourceName',
                    "sg132"."source_name",
                    'summary',
                    "sg132"."summary",
                    'title',
                    "sg132"."title",
                    'url',
                    "sg132"."url",
                    'version',
                    "sg132"."version"
                  )
                from
                  "articles" as "sg132"
                where
                  "sg132"."id" = "sg123"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg123"."id", 'UTF8'), 'base64'),
              'quote',
              "sg123"."quote",
              'recordedBy',
              "sg123"."recorded_by",
              'stance',
              "sg123"."stance",
              'statedAt',
              to_char("sg123"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg123"."stated_at" is not null then 'STATED'
                when "sg123"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg123"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg133"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg133"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg134"."keyword"
                            order by
                              "sg134"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg134"
                        where
                          "sg134"."topic_id" = "sg133"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg133"."name",
                    'slug',
                    "sg133"."slug"
                  )
                from
                  "topics" as "sg133"
                where
                  "sg133"."id" = "sg123"."topic_id"
                limit
                  1
              ),
              'version',
              "sg123"."version"
            ) as "j1"
          from
            (
              select
                "sg123".*,
                row_number() over (
                  order by
                    "sg123"."id" asc
                ) as n
              from
                "positions" as "sg123"
                join "topic_closure" as "sg124" on "sg123"."topic_id" = "sg124"."descendant_id"
              where
                "sg124"."ancestor_id" = "sg0"."id"
                and "sg123"."stance" = $66
              order by
                "sg123"."id" asc
              limit
                4
            ) as "sg123"
        ) s
    ),
    'slug',
    "sg0"."slug"
  )::text as "j1"
from
  (
    select
      *
    from
      "topics" as "sg0"
    order by
      "sg0"."id" asc
    limit
      4
  ) as "sg0"
order by
  "sg0"."id" asc;

-- parameters: []
select
  count(*)::int as n
from
  "topics" as "sg0";
