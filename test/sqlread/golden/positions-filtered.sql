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
                  ) as "j0",
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
          'positionSuggestions',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'confidence',
                    "sg13"."confidence",
                    'createdAt',
                    to_char("sg13"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'extractor',
                    "sg13"."extractor",
                    'extractorVersion',
                    "sg13"."extractor_version",
                    'id',
                    encode(convert_to('PositionSuggestion:' || "sg13"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg13"."quote",
                    'quoteEnd',
                    "sg13"."quote_end",
                    'quoteField',
                    (
                      case "sg13"."quote_field"::text
                        when 'body' then 'BODY'
                        when 'summary' then 'SUMMARY'
                        when 'title' then 'TITLE'
                      end
                    ),
                    'quoteStart',
                    "sg13"."quote_start",
                    'reason',
                    "sg13"."reason",
                    'reviewedAt',
                    to_char("sg13"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'reviewedBy',
                    "sg13"."reviewed_by",
                    'stance',
                    "sg13"."stance",
                    'statement',
                    "sg13"."statement",
                    'status',
                    "sg13"."status",
                    'version',
                    "sg13"."version"
                  )
                  order by
                    "sg13"."id" asc
                )
              from
                "position_suggestions" as "sg13"
              where
                "sg13"."article_id" = "sg9"."id"
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
                  order by
                    "sg14"."id" asc
                )
              from
                "positions" as "sg14"
              where
                "sg14"."article_id" = "sg9"."id"
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
                    "sg15"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg15"."id", 'UTF8'), 'base64'),
                    'keywords',
                    coalesce(
                      (
                        select
                          json_agg(
                            "sg17"."keyword"
                            order by
                              "sg17"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg17"
                        where
                          "sg17"."topic_id" = "sg15"."id"
                      ),
                      '[]'::json
                    ),
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
                "topics" as "sg15"
                join "article_topics" as "sg16" on "sg15"."id" = "sg16"."topic_id"
              where
                "sg16"."article_id" = "sg9"."id"
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
    'recordedBy',
    "sg0"."recorded_by",
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
                    "articles" as "sg19"
                    join "article_topics" as "sg20" on "sg19"."id" = "sg20"."article_id"
                  where
                    "sg20"."topic_id" = "sg18"."id"
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
                  "sg19".n,
                  json_build_object(
                    'body',
                    "sg19"."body",
                    'id',
                    encode(convert_to('Article:' || "sg19"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg19"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg19"."slug",
                    'sourceName',
                    "sg19"."source_name",
                    'summary',
                    "sg19"."summary",
                    'title',
                    "sg19"."title",
                    'url',
                    "sg19"."url",
                    'version',
                    "sg19"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg19"."body",
                    'id',
                    encode(convert_to('Article:' || "sg19"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg19"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg19"."slug",
                    'sourceName',
                    "sg19"."source_name",
                    'summary',
                    "sg19"."summary",
                    'title',
                    "sg19"."title",
                    'url',
                    "sg19"."url",
                    'version',
                    "sg19"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg19".*,
                      row_number() over (
                        order by
                          "sg19"."id" asc
                      ) as n
                    from
                      "articles" as "sg19"
                      join "article_topics" as "sg20" on "sg19"."id" = "sg20"."article_id"
                    where
                      "sg20"."topic_id" = "sg18"."id"
                    order by
                      "sg19"."id" asc
                    limit
                      4
                  ) as "sg19"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
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
                  order by
                    "sg21"."name" asc,
                    "sg21"."id" asc
                )
              from
                "topics" as "sg21"
              where
                "sg21"."parent_id" = "sg18"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg18"."description",
          'id',
          encode(convert_to('Topic:' || "sg18"."id", 'UTF8'), 'base64'),
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
                "sg23"."topic_id" = "sg18"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg18"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg24"."description",
                'id',
                encode(convert_to('Topic:' || "sg24"."id", 'UTF8'), 'base64'),
                'keywords',
                coalesce(
                  (
                    select
                      json_agg(
                        "sg25"."keyword"
                        order by
                          "sg25"."keyword" asc
                      )
                    from
                      "topic_keywords" as "sg25"
                    where
                      "sg25"."topic_id" = "sg24"."id"
                  ),
                  '[]'::json
                ),
                'name',
                "sg24"."name",
                'slug',
                "sg24"."slug"
              )
            from
              "topics" as "sg24"
            where
              "sg24"."id" = "sg18"."parent_id"
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
                    "positions" as "sg26"
                    join "topic_closure" as "sg27" on "sg26"."topic_id" = "sg27"."descendant_id"
                  where
                    "sg27"."ancestor_id" = "sg18"."id"
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
                  "sg26".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg26"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg26"."quote",
                    'recordedBy',
                    "sg26"."recorded_by",
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
                    'version',
                    "sg26"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg26"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg26"."quote",
                    'recordedBy',
                    "sg26"."recorded_by",
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
                      join "topic_closure" as "sg27" on "sg26"."topic_id" = "sg27"."descendant_id"
                    where
                      "sg27"."ancestor_id" = "sg18"."id"
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
                    "positions" as "sg28"
                    join "topic_closure" as "sg29" on "sg28"."topic_id" = "sg29"."descendant_id"
                  where
                    "sg29"."ancestor_id" = "sg18"."id"
                    and "sg28"."stance" = $20
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
                  "sg28".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg28"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg28"."quote",
                    'recordedBy',
                    "sg28"."recorded_by",
                    'stance',
                    "sg28"."stance",
                    'statedAt',
                    to_char("sg28"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg28"."stated_at" is not null then 'STATED'
                      when "sg28"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg28"."statement",
                    'version',
                    "sg28"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg28"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg28"."quote",
                    'recordedBy',
                    "sg28"."recorded_by",
                    'stance',
                    "sg28"."stance",
                    'statedAt',
                    to_char("sg28"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg28"."stated_at" is not null then 'STATED'
                      when "sg28"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg28"."statement",
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
                      "positions" as "sg28"
                      join "topic_closure" as "sg29" on "sg28"."topic_id" = "sg29"."descendant_id"
                    where
                      "sg29"."ancestor_id" = "sg18"."id"
                      and "sg28"."stance" = $24
                    order by
                      "sg28"."id" asc
                    limit
                      4
                  ) as "sg28"
              ) s
          ),
          'slug',
          "sg18"."slug"
        )
      from
        "topics" as "sg18"
      where
        "sg18"."id" = "sg0"."topic_id"
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
                  json_build_object('endedOn', "sg31"."ended_on", 'role', "sg31"."role", 'startedOn', "sg31"."started_on")
                  order by
                    "sg31"."id" asc
                )
              from
                "affiliations" as "sg31"
              where
                "sg31"."actor_id" = "sg30"."id"
            ),
            '[]'::json
          ),
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
                "sg32"."actor_id" = "sg30"."id"
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
                    "articles" as "sg33"
                    join "mentions" as "sg34" on "sg33"."id" = "sg34"."article_id"
                  where
                    "sg34"."actor_id" = "sg30"."id"
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
                      join "mentions" as "sg34" on "sg33"."id" = "sg34"."article_id"
                    where
                      "sg34"."actor_id" = "sg30"."id"
                    order by
                      "sg33"."id" asc
                    limit
                      4
                  ) as "sg33"
              ) s
          ),
          'countryCode',
          "sg30"."country_code",
          'description',
          "sg30"."description",
          'id',
          encode(convert_to('Actor:' || "sg30"."id", 'UTF8'), 'base64'),
          'kind',
          "sg30"."kind",
          'members',
          coalesce(
            (
              select
                json_agg(
                  json_build_object('endedOn', "sg35"."ended_on", 'role', "sg35"."role", 'startedOn', "sg35"."started_on")
                  order by
                    "sg35"."id" asc
                )
              from
                "affiliations" as "sg35"
              where
                "sg35"."organization_id" = "sg30"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg30"."name",
          'positions',
          (
            select
              json_build_object(
                'totalCount',
                (
                  select
                    count(*)
                  from
                    "positions" as "sg36"
                  where
                    "sg36"."actor_id" = "sg30"."id"
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
                  "sg36".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg36"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg36"."quote",
                    'recordedBy',
                    "sg36"."recorded_by",
                    'stance',
                    "sg36"."stance",
                    'statedAt',
                    to_char("sg36"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg36"."stated_at" is not null then 'STATED'
                      when "sg36"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg36"."statement",
                    'version',
                    "sg36"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg36"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg36"."quote",
                    'recordedBy',
                    "sg36"."recorded_by",
                    'stance',
                    "sg36"."stance",
                    'statedAt',
                    to_char("sg36"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg36"."stated_at" is not null then 'STATED'
                      when "sg36"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg36"."statement",
                    'version',
                    "sg36"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg36".*,
                      row_number() over (
                        order by
                          "sg36"."id" asc
                      ) as n
                    from
                      "positions" as "sg36"
                    where
                      "sg36"."actor_id" = "sg30"."id"
                    order by
                      "sg36"."id" asc
                    limit
                      4
                  ) as "sg36"
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
                    "positions" as "sg37"
                  where
                    "sg37"."actor_id" = "sg30"."id"
                    and "sg37"."topic_id" in (
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
                    and "sg37"."stance" = $32
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
                  "sg37".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg37"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg37"."quote",
                    'recordedBy',
                    "sg37"."recorded_by",
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
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg37"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg37"."quote",
                    'recordedBy',
                    "sg37"."recorded_by",
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
                  ) as "j1"
                from
                  (
                    select
                      "sg37".*,
                      row_number() over (
                        order by
                          "sg37"."id" asc
                      ) as n
                    from
                      "positions" as "sg37"
                    where
                      "sg37"."actor_id" = "sg30"."id"
                      and "sg37"."topic_id" in (
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
                      and "sg37"."stance" = $37
                    order by
                      "sg37"."id" asc
                    limit
                      4
                  ) as "sg37"
              ) s
          ),
          'slug',
          "sg30"."slug"
        )
      from
        "actors" as "sg30"
      where
        "sg30"."id" = "sg0"."actor_id"
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
                            "sg41"."alias"
                            order by
                              "sg41"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg41"
                        where
                          "sg41"."actor_id" = "sg39"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg39"."country_code",
                    'description',
                    "sg39"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg39"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg39"."kind",
                    'name',
                    "sg39"."name",
                    'slug',
                    "sg39"."slug"
                  )
                  order by
                    "sg39"."name" asc,
                    "sg39"."id" asc
                )
              from
                "actors" as "sg39"
                join "mentions" as "sg40" on "sg39"."id" = "sg40"."actor_id"
              where
                "sg40"."article_id" = "sg38"."id"
            ),
            '[]'::json
          ),
          'body',
          "sg38"."body",
          'id',
          encode(convert_to('Article:' || "sg38"."id", 'UTF8'), 'base64'),
          'positionSuggestions',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'confidence',
                    "sg42"."confidence",
                    'createdAt',
                    to_char("sg42"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'extractor',
                    "sg42"."extractor",
                    'extractorVersion',
                    "sg42"."extractor_version",
                    'id',
                    encode(convert_to('PositionSuggestion:' || "sg42"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg42"."quote",
                    'quoteEnd',
                    "sg42"."quote_end",
                    'quoteField',
                    (
                      case "sg42"."quote_field"::text
                        when 'body' then 'BODY'
                        when 'summary' then 'SUMMARY'
                        when 'title' then 'TITLE'
                      end
                    ),
                    'quoteStart',
                    "sg42"."quote_start",
                    'reason',
                    "sg42"."reason",
                    'reviewedAt',
                    to_char("sg42"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'reviewedBy',
                    "sg42"."reviewed_by",
                    'stance',
                    "sg42"."stance",
                    'statement',
                    "sg42"."statement",
                    'status',
                    "sg42"."status",
                    'version',
                    "sg42"."version"
                  )
                  order by
                    "sg42"."id" asc
                )
              from
                "position_suggestions" as "sg42"
              where
                "sg42"."article_id" = "sg38"."id"
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
                  )
                  order by
                    "sg43"."id" asc
                )
              from
                "positions" as "sg43"
              where
                "sg43"."article_id" = "sg38"."id"
            ),
            '[]'::json
          ),
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
          'topics',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg44"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg44"."id", 'UTF8'), 'base64'),
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
                          "sg46"."topic_id" = "sg44"."id"
                      ),
                      '[]'::json
                    ),
                    'name',
                    "sg44"."name",
                    'slug',
                    "sg44"."slug"
                  )
                  order by
                    "sg44"."name" asc,
                    "sg44"."id" asc
                )
              from
                "topics" as "sg44"
                join "article_topics" as "sg45" on "sg44"."id" = "sg45"."topic_id"
              where
                "sg45"."article_id" = "sg38"."id"
            ),
            '[]'::json
          ),
          'url',
          "sg38"."url",
          'version',
          "sg38"."version"
        )
      from
        "articles" as "sg38"
      where
        "sg38"."id" = "sg0"."article_id"
      limit
        1
    ),
    'id',
    encode(convert_to('Position:' || "sg0"."id", 'UTF8'), 'base64'),
    'quote',
    "sg0"."quote",
    'recordedBy',
    "sg0"."recorded_by",
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
                    "articles" as "sg48"
                    join "article_topics" as "sg49" on "sg48"."id" = "sg49"."article_id"
                  where
                    "sg49"."topic_id" = "sg47"."id"
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
                  "sg48".n,
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
                  ) as "j0",
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
                  ) as "j1"
                from
                  (
                    select
                      "sg48".*,
                      row_number() over (
                        order by
                          "sg48"."id" asc
                      ) as n
                    from
                      "articles" as "sg48"
                      join "article_topics" as "sg49" on "sg48"."id" = "sg49"."article_id"
                    where
                      "sg49"."topic_id" = "sg47"."id"
                    order by
                      "sg48"."id" asc
                    limit
                      4
                  ) as "sg48"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
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
                  order by
                    "sg50"."name" asc,
                    "sg50"."id" asc
                )
              from
                "topics" as "sg50"
              where
                "sg50"."parent_id" = "sg47"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg47"."description",
          'id',
          encode(convert_to('Topic:' || "sg47"."id", 'UTF8'), 'base64'),
          'keywords',
          coalesce(
            (
              select
                json_agg(
                  "sg52"."keyword"
                  order by
                    "sg52"."keyword" asc
                )
              from
                "topic_keywords" as "sg52"
              where
                "sg52"."topic_id" = "sg47"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg47"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg53"."description",
                'id',
                encode(convert_to('Topic:' || "sg53"."id", 'UTF8'), 'base64'),
                'keywords',
                coalesce(
                  (
                    select
                      json_agg(
                        "sg54"."keyword"
                        order by
                          "sg54"."keyword" asc
                      )
                    from
                      "topic_keywords" as "sg54"
                    where
                      "sg54"."topic_id" = "sg53"."id"
                  ),
                  '[]'::json
                ),
                'name',
                "sg53"."name",
                'slug',
                "sg53"."slug"
              )
            from
              "topics" as "sg53"
            where
              "sg53"."id" = "sg47"."parent_id"
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
                    "positions" as "sg55"
                    join "topic_closure" as "sg56" on "sg55"."topic_id" = "sg56"."descendant_id"
                  where
                    "sg56"."ancestor_id" = "sg47"."id"
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
                  "sg55".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg55"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg55"."quote",
                    'recordedBy',
                    "sg55"."recorded_by",
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
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg55"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg55"."quote",
                    'recordedBy',
                    "sg55"."recorded_by",
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
                  ) as "j1"
                from
                  (
                    select
                      "sg55".*,
                      row_number() over (
                        order by
                          "sg55"."id" asc
                      ) as n
                    from
                      "positions" as "sg55"
                      join "topic_closure" as "sg56" on "sg55"."topic_id" = "sg56"."descendant_id"
                    where
                      "sg56"."ancestor_id" = "sg47"."id"
                    order by
                      "sg55"."id" asc
                    limit
                      4
                  ) as "sg55"
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
                    "positions" as "sg57"
                    join "topic_closure" as "sg58" on "sg57"."topic_id" = "sg58"."descendant_id"
                  where
                    "sg58"."ancestor_id" = "sg47"."id"
                    and "sg57"."stance" = $44
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
                  "sg57".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg57"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg57"."quote",
                    'recordedBy',
                    "sg57"."recorded_by",
                    'stance',
                    "sg57"."stance",
                    'statedAt',
                    to_char("sg57"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg57"."stated_at" is not null then 'STATED'
                      when "sg57"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg57"."statement",
                    'version',
                    "sg57"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg57"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg57"."quote",
                    'recordedBy',
                    "sg57"."recorded_by",
                    'stance',
                    "sg57"."stance",
                    'statedAt',
                    to_char("sg57"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg57"."stated_at" is not null then 'STATED'
                      when "sg57"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg57"."statement",
                    'version',
                    "sg57"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg57".*,
                      row_number() over (
                        order by
                          "sg57"."id" asc
                      ) as n
                    from
                      "positions" as "sg57"
                      join "topic_closure" as "sg58" on "sg57"."topic_id" = "sg58"."descendant_id"
                    where
                      "sg58"."ancestor_id" = "sg47"."id"
                      and "sg57"."stance" = $48
                    order by
                      "sg57"."id" asc
                    limit
                      4
                  ) as "sg57"
              ) s
          ),
          'slug',
          "sg47"."slug"
        )
      from
        "topics" as "sg47"
      where
        "sg47"."id" = "sg0"."topic_id"
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
