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
                        'recordedBy',
                        "sg8"."recorded_by",
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
                        'recordedBy',
                        "sg8"."recorded_by",
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
                        'recordedBy',
                        "sg9"."recorded_by",
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
                        'recordedBy',
                        "sg9"."recorded_by",
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
    'positionSuggestions',
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
              'confidence',
              "sg10"."confidence",
              'createdAt',
              to_char("sg10"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'extractor',
              "sg10"."extractor",
              'extractorVersion',
              "sg10"."extractor_version",
              'id',
              encode(convert_to('PositionSuggestion:' || "sg10"."id", 'UTF8'), 'base64'),
              'position',
              (
                select
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg14"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg14"."quote",
                    'recordedBy',
                    "sg14"."recorded_by",
                    'stance',
                    "sg14"."stance",
                    'statedAt',
                    to_char("sg14"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg14"."stated_at" is not null then 'STATED'
                      when "sg14"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg14"."statement",
                    'version',
                    "sg14"."version"
                  )
                from
                  "positions" as "sg14"
                where
                  "sg14"."id" = "sg10"."position_id"
                limit
                  1
              ),
              'quote',
              "sg10"."quote",
              'quoteEnd',
              "sg10"."quote_end",
              'quoteField',
              (
                case "sg10"."quote_field"::text
                  when 'body' then 'BODY'
                  when 'summary' then 'SUMMARY'
                  when 'title' then 'TITLE'
                end
              ),
              'quoteStart',
              "sg10"."quote_start",
              'reason',
              "sg10"."reason",
              'reviewedAt',
              to_char("sg10"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'reviewedBy',
              "sg10"."reviewed_by",
              'stance',
              "sg10"."stance",
              'statement',
              "sg10"."statement",
              'status',
              "sg10"."status",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg15"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg15"."id", 'UTF8'), 'base64'),
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
                          "sg16"."topic_id" = "sg15"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg15"."name",
                    'slug',
                    "sg15"."slug"
                  )
                from
                  "topics" as "sg15"
                where
                  "sg15"."id" = "sg10"."topic_id"
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
          "position_suggestions" as "sg10"
        where
          "sg10"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
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
                            "sg19"."alias"
                            order by
                              "sg19"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg19"
                        where
                          "sg19"."actor_id" = "sg18"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg18"."country_code",
                    'description',
                    "sg18"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg18"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg18"."kind",
                    'name',
                    "sg18"."name",
                    'slug',
                    "sg18"."slug"
                  )
                from
                  "actors" as "sg18"
                where
                  "sg18"."id" = "sg17"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
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
                  )
                from
                  "articles" as "sg20"
                where
                  "sg20"."id" = "sg17"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg17"."id", 'UTF8'), 'base64'),
              'quote',
              "sg17"."quote",
              'recordedBy',
              "sg17"."recorded_by",
              'stance',
              "sg17"."stance",
              'statedAt',
              to_char("sg17"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg17"."stated_at" is not null then 'STATED'
                when "sg17"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg17"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg21"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg21"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg22"."keyword"
                            order by
                              "sg22"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg22"
                        where
                          "sg22"."topic_id" = "sg21"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg21"."name",
                    'slug',
                    "sg21"."slug"
                  )
                from
                  "topics" as "sg21"
                where
                  "sg21"."id" = "sg17"."topic_id"
                limit
                  1
              ),
              'version',
              "sg17"."version"
            )
            order by
              "sg17"."id" asc
          )
        from
          "positions" as "sg17"
        where
          "sg17"."article_id" = "sg0"."id"
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
                        "articles" as "sg25"
                        join "article_topics" as "sg26" on "sg25"."id" = "sg26"."article_id"
                      where
                        "sg26"."topic_id" = "sg23"."id"
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
                      "sg25".n,
                      json_build_object(
                        'body',
                        "sg25"."body",
                        'id',
                        encode(convert_to('Article:' || "sg25"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg25"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg25"."slug",
                        'sourceName',
                        "sg25"."source_name",
                        'summary',
                        "sg25"."summary",
                        'title',
                        "sg25"."title",
                        'url',
                        "sg25"."url",
                        'version',
                        "sg25"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg25"."body",
                        'id',
                        encode(convert_to('Article:' || "sg25"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg25"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg25"."slug",
                        'sourceName',
                        "sg25"."source_name",
                        'summary',
                        "sg25"."summary",
                        'title',
                        "sg25"."title",
                        'url',
                        "sg25"."url",
                        'version',
                        "sg25"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg25".*,
                          row_number() over (
                            order by
                              "sg25"."id" asc
                          ) as n
                        from
                          "articles" as "sg25"
                          join "article_topics" as "sg26" on "sg25"."id" = "sg26"."article_id"
                        where
                          "sg26"."topic_id" = "sg23"."id"
                        order by
                          "sg25"."id" asc
                        limit
                          4
                      ) as "sg25"
                  ) s
              ),
              'children',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg27"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg27"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg28"."keyword"
                                order by
                                  "sg28"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg28"
                            where
                              "sg28"."topic_id" = "sg27"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg27"."name",
                        'slug',
                        "sg27"."slug"
                      )
                      order by
                        "sg27"."name" asc,
                        "sg27"."id" asc
                    )
                  from
                    "topics" as "sg27"
                  where
                    "sg27"."parent_id" = "sg23"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg23"."description",
              'id',
              encode(convert_to('Topic:' || "sg23"."id", 'UTF8'), 'base64'),
              'keywords',
              coalesce(
                (
                  select
                    json_agg(
                      "sg29"."keyword"
                      order by
                        "sg29"."keyword" asc
                    )
                  from
                    "topic_keywords" as "sg29"
                  where
                    "sg29"."topic_id" = "sg23"."id"
                ),
                '[]'::json
              ),
              'name',
              "sg23"."name",
              'parent',
              (
                select
                  json_build_object(
                    'description',
                    "sg30"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg30"."id", 'UTF8'), 'base64'),
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
                          "sg31"."topic_id" = "sg30"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg30"."name",
                    'slug',
                    "sg30"."slug"
                  )
                from
                  "topics" as "sg30"
                where
                  "sg30"."id" = "sg23"."parent_id"
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
                        "positions" as "sg32"
                        join "topic_closure" as "sg33" on "sg32"."topic_id" = "sg33"."descendant_id"
                      where
                        "sg33"."ancestor_id" = "sg23"."id"
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
                      "sg32".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg32"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg32"."quote",
                        'recordedBy',
                        "sg32"."recorded_by",
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
                        'recordedBy',
                        "sg32"."recorded_by",
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
                          join "topic_closure" as "sg33" on "sg32"."topic_id" = "sg33"."descendant_id"
                        where
                          "sg33"."ancestor_id" = "sg23"."id"
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
                        "positions" as "sg34"
                        join "topic_closure" as "sg35" on "sg34"."topic_id" = "sg35"."descendant_id"
                      where
                        "sg35"."ancestor_id" = "sg23"."id"
                        and "sg34"."stance" = $20
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
                      "sg34".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg34"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg34"."quote",
                        'recordedBy',
                        "sg34"."recorded_by",
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
                        'version',
                        "sg34"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg34"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg34"."quote",
                        'recordedBy',
                        "sg34"."recorded_by",
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
                        'version',
                        "sg34"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg34".*,
                          row_number() over (
                            order by
                              "sg34"."id" asc
                          ) as n
                        from
                          "positions" as "sg34"
                          join "topic_closure" as "sg35" on "sg34"."topic_id" = "sg35"."descendant_id"
                        where
                          "sg35"."ancestor_id" = "sg23"."id"
                          and "sg34"."stance" = $24
                        order by
                          "sg34"."id" asc
                        limit
                          4
                      ) as "sg34"
                  ) s
              ),
              'slug',
              "sg23"."slug"
            )
            order by
              "sg23"."name" asc,
              "sg23"."id" asc
          )
        from
          "topics" as "sg23"
          join "article_topics" as "sg24" on "sg23"."id" = "sg24"."topic_id"
        where
          "sg24"."article_id" = "sg0"."id"
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
                      json_build_object('endedOn', "sg38"."ended_on", 'role', "sg38"."role", 'startedOn', "sg38"."started_on")
                      order by
                        "sg38"."id" asc
                    )
                  from
                    "affiliations" as "sg38"
                  where
                    "sg38"."actor_id" = "sg36"."id"
                ),
                '[]'::json
              ),
              'aliases',
              coalesce(
                (
                  select
                    json_agg(
                      "sg39"."alias"
                      order by
                        "sg39"."alias" asc
                    )
                  from
                    "actor_aliases" as "sg39"
                  where
                    "sg39"."actor_id" = "sg36"."id"
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
                        "articles" as "sg40"
                        join "mentions" as "sg41" on "sg40"."id" = "sg41"."article_id"
                      where
                        "sg41"."actor_id" = "sg36"."id"
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
                      "sg40".n,
                      json_build_object(
                        'body',
                        "sg40"."body",
                        'id',
                        encode(convert_to('Article:' || "sg40"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg40"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg40"."slug",
                        'sourceName',
                        "sg40"."source_name",
                        'summary',
                        "sg40"."summary",
                        'title',
                        "sg40"."title",
                        'url',
                        "sg40"."url",
                        'version',
                        "sg40"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg40"."body",
                        'id',
                        encode(convert_to('Article:' || "sg40"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg40"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg40"."slug",
                        'sourceName',
                        "sg40"."source_name",
                        'summary',
                        "sg40"."summary",
                        'title',
                        "sg40"."title",
                        'url',
                        "sg40"."url",
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
                          "articles" as "sg40"
                          join "mentions" as "sg41" on "sg40"."id" = "sg41"."article_id"
                        where
                          "sg41"."actor_id" = "sg36"."id"
                        order by
                          "sg40"."id" asc
                        limit
                          4
                      ) as "sg40"
                  ) s
              ),
              'countryCode',
              "sg36"."country_code",
              'description',
              "sg36"."description",
              'id',
              encode(convert_to('Actor:' || "sg36"."id", 'UTF8'), 'base64'),
              'kind',
              "sg36"."kind",
              'members',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object('endedOn', "sg42"."ended_on", 'role', "sg42"."role", 'startedOn', "sg42"."started_on")
                      order by
                        "sg42"."id" asc
                    )
                  from
                    "affiliations" as "sg42"
                  where
                    "sg42"."organization_id" = "sg36"."id"
                ),
                '[]'::json
              ),
              'name',
              "sg36"."name",
              'positions',
              (
                select
                  json_build_object(
                    'totalCount',
                    (
                      select
                        count(*)
                      from
                        "positions" as "sg43"
                      where
                        "sg43"."actor_id" = "sg36"."id"
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
                      "sg43".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg43"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg43"."quote",
                        'recordedBy',
                        "sg43"."recorded_by",
                        'stance',
                        "sg43"."stance",
                        'statedAt',
                        to_char("sg43"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg43"."stated_at" is not null then 'STATED'
                          when "sg43"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg43"."statement",
                        'version',
                        "sg43"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg43"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg43"."quote",
                        'recordedBy',
                        "sg43"."recorded_by",
                        'stance',
                        "sg43"."stance",
                        'statedAt',
                        to_char("sg43"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg43"."stated_at" is not null then 'STATED'
                          when "sg43"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg43"."statement",
                        'version',
                        "sg43"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg43".*,
                          row_number() over (
                            order by
                              "sg43"."id" asc
                          ) as n
                        from
                          "positions" as "sg43"
                        where
                          "sg43"."actor_id" = "sg36"."id"
                        order by
                          "sg43"."id" asc
                        limit
                          4
                      ) as "sg43"
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
                        "positions" as "sg44"
                      where
                        "sg44"."actor_id" = "sg36"."id"
                        and "sg44"."topic_id" in (
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
                        and "sg44"."stance" = $32
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
                      "sg44".n,
                      json_build_object(
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
                        'version',
                        "sg44"."version"
                      ) as "j0",
                      json_build_object(
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
                        where
                          "sg44"."actor_id" = "sg36"."id"
                          and "sg44"."topic_id" in (
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
                          and "sg44"."stance" = $37
                        order by
                          "sg44"."id" asc
                        limit
                          4
                      ) as "sg44"
                  ) s
              ),
              'slug',
              "sg36"."slug"
            )
            order by
              "sg36"."name" asc,
              "sg36"."id" asc
          )
        from
          "actors" as "sg36"
          join "mentions" as "sg37" on "sg36"."id" = "sg37"."actor_id"
        where
          "sg37"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'body',
    "sg0"."body",
    'id',
    encode(convert_to('Article:' || "sg0"."id", 'UTF8'), 'base64'),
    'positionSuggestions',
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
                  "sg46"."id" = "sg45"."actor_id"
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
                  "sg48"."id" = "sg45"."article_id"
                limit
                  1
              ),
              'confidence',
              "sg45"."confidence",
              'createdAt',
              to_char("sg45"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'extractor',
              "sg45"."extractor",
              'extractorVersion',
              "sg45"."extractor_version",
              'id',
              encode(convert_to('PositionSuggestion:' || "sg45"."id", 'UTF8'), 'base64'),
              'position',
              (
                select
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg49"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg49"."quote",
                    'recordedBy',
                    "sg49"."recorded_by",
                    'stance',
                    "sg49"."stance",
                    'statedAt',
                    to_char("sg49"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg49"."stated_at" is not null then 'STATED'
                      when "sg49"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg49"."statement",
                    'version',
                    "sg49"."version"
                  )
                from
                  "positions" as "sg49"
                where
                  "sg49"."id" = "sg45"."position_id"
                limit
                  1
              ),
              'quote',
              "sg45"."quote",
              'quoteEnd',
              "sg45"."quote_end",
              'quoteField',
              (
                case "sg45"."quote_field"::text
                  when 'body' then 'BODY'
                  when 'summary' then 'SUMMARY'
                  when 'title' then 'TITLE'
                end
              ),
              'quoteStart',
              "sg45"."quote_start",
              'reason',
              "sg45"."reason",
              'reviewedAt',
              to_char("sg45"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'reviewedBy',
              "sg45"."reviewed_by",
              'stance',
              "sg45"."stance",
              'statement',
              "sg45"."statement",
              'status',
              "sg45"."status",
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
                  "sg50"."id" = "sg45"."topic_id"
                limit
                  1
              ),
              'version',
              "sg45"."version"
            )
            order by
              "sg45"."id" asc
          )
        from
          "position_suggestions" as "sg45"
        where
          "sg45"."article_id" = "sg0"."id"
      ),
      '[]'::json
    ),
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
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg55"."body",
                    'id',
                    encode(convert_to('Article:' || "sg55"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg55"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg55"."slug",
                    'sourceName',
                    "sg55"."source_name",
                    'summary',
                    "sg55"."summary",
                    'title',
                    "sg55"."title",
                    'url',
                    "sg55"."url",
                    'version',
                    "sg55"."version"
                  )
                from
                  "articles" as "sg55"
                where
                  "sg55"."id" = "sg52"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg52"."id", 'UTF8'), 'base64'),
              'quote',
              "sg52"."quote",
              'recordedBy',
              "sg52"."recorded_by",
              'stance',
              "sg52"."stance",
              'statedAt',
              to_char("sg52"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg52"."stated_at" is not null then 'STATED'
                when "sg52"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg52"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg56"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg56"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg57"."keyword"
                            order by
                              "sg57"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg57"
                        where
                          "sg57"."topic_id" = "sg56"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg56"."name",
                    'slug',
                    "sg56"."slug"
                  )
                from
                  "topics" as "sg56"
                where
                  "sg56"."id" = "sg52"."topic_id"
                limit
                  1
              ),
              'version',
              "sg52"."version"
            )
            order by
              "sg52"."id" asc
          )
        from
          "positions" as "sg52"
        where
          "sg52"."article_id" = "sg0"."id"
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
                        "articles" as "sg60"
                        join "article_topics" as "sg61" on "sg60"."id" = "sg61"."article_id"
                      where
                        "sg61"."topic_id" = "sg58"."id"
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
                      "sg60".n,
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
                      ) as "j0",
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
                      ) as "j1"
                    from
                      (
                        select
                          "sg60".*,
                          row_number() over (
                            order by
                              "sg60"."id" asc
                          ) as n
                        from
                          "articles" as "sg60"
                          join "article_topics" as "sg61" on "sg60"."id" = "sg61"."article_id"
                        where
                          "sg61"."topic_id" = "sg58"."id"
                        order by
                          "sg60"."id" asc
                        limit
                          4
                      ) as "sg60"
                  ) s
              ),
              'children',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg62"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg62"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg63"."keyword"
                                order by
                                  "sg63"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg63"
                            where
                              "sg63"."topic_id" = "sg62"."id"
                          ),
                          '[]'::json
                        ),
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
                  where
                    "sg62"."parent_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg58"."description",
              'id',
              encode(convert_to('Topic:' || "sg58"."id", 'UTF8'), 'base64'),
              'keywords',
              coalesce(
                (
                  select
                    json_agg(
                      "sg64"."keyword"
                      order by
                        "sg64"."keyword" asc
                    )
                  from
                    "topic_keywords" as "sg64"
                  where
                    "sg64"."topic_id" = "sg58"."id"
                ),
                '[]'::json
              ),
              'name',
              "sg58"."name",
              'parent',
              (
                select
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
                            "sg66"."keyword"
                            order by
                              "sg66"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg66"
                        where
                          "sg66"."topic_id" = "sg65"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg65"."name",
                    'slug',
                    "sg65"."slug"
                  )
                from
                  "topics" as "sg65"
                where
                  "sg65"."id" = "sg58"."parent_id"
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
                        "positions" as "sg67"
                        join "topic_closure" as "sg68" on "sg67"."topic_id" = "sg68"."descendant_id"
                      where
                        "sg68"."ancestor_id" = "sg58"."id"
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
                      "sg67".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg67"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg67"."quote",
                        'recordedBy',
                        "sg67"."recorded_by",
                        'stance',
                        "sg67"."stance",
                        'statedAt',
                        to_char("sg67"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg67"."stated_at" is not null then 'STATED'
                          when "sg67"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg67"."statement",
                        'version',
                        "sg67"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg67"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg67"."quote",
                        'recordedBy',
                        "sg67"."recorded_by",
                        'stance',
                        "sg67"."stance",
                        'statedAt',
                        to_char("sg67"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg67"."stated_at" is not null then 'STATED'
                          when "sg67"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg67"."statement",
                        'version',
                        "sg67"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg67".*,
                          row_number() over (
                            order by
                              "sg67"."id" asc
                          ) as n
                        from
                          "positions" as "sg67"
                          join "topic_closure" as "sg68" on "sg67"."topic_id" = "sg68"."descendant_id"
                        where
                          "sg68"."ancestor_id" = "sg58"."id"
                        order by
                          "sg67"."id" asc
                        limit
                          4
                      ) as "sg67"
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
                        "positions" as "sg69"
                        join "topic_closure" as "sg70" on "sg69"."topic_id" = "sg70"."descendant_id"
                      where
                        "sg70"."ancestor_id" = "sg58"."id"
                        and "sg69"."stance" = $44
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
                      "sg69".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg69"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg69"."quote",
                        'recordedBy',
                        "sg69"."recorded_by",
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
                        'version',
                        "sg69"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg69"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg69"."quote",
                        'recordedBy',
                        "sg69"."recorded_by",
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
                          join "topic_closure" as "sg70" on "sg69"."topic_id" = "sg70"."descendant_id"
                        where
                          "sg70"."ancestor_id" = "sg58"."id"
                          and "sg69"."stance" = $48
                        order by
                          "sg69"."id" asc
                        limit
                          4
                      ) as "sg69"
                  ) s
              ),
              'slug',
              "sg58"."slug"
            )
            order by
              "sg58"."name" asc,
              "sg58"."id" asc
          )
        from
          "topics" as "sg58"
          join "article_topics" as "sg59" on "sg58"."id" = "sg59"."topic_id"
        where
          "sg59"."article_id" = "sg0"."id"
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
