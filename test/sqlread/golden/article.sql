-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS","security-guarantees","zelenskyy-rejects-china-as-security-guarantor-for-ukraine"]
select
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
          t.slug = $25
      )
    ) then 1
    else 0
  end as found
from
  "articles" as "sg0"
where
  "sg0"."slug" = $26
limit
  1;
