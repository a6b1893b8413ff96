-- parameters: [3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS","security-guarantees","security-guarantees"]
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
    'confidence',
    "sg0"."confidence",
    'createdAt',
    to_char("sg0"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'extractor',
    "sg0"."extractor",
    'extractorVersion',
    "sg0"."extractor_version",
    'id',
    encode(convert_to('PositionSuggestion:' || "sg0"."id", 'UTF8'), 'base64'),
    'position',
    (
      select
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
                        "sg20"."alias"
                        order by
                          "sg20"."alias" asc
                      )
                    from
                      "actor_aliases" as "sg20"
                    where
                      "sg20"."actor_id" = "sg19"."id"
                  ),
                  '[]'::json
                ),
                'countryCode',
                "sg19"."country_code",
                'description',
                "sg19"."description",
                'id',
                encode(convert_to('Actor:' || "sg19"."id", 'UTF8'), 'base64'),
                'kind',
                "sg19"."kind",
                'name',
                "sg19"."name",
                'slug',
                "sg19"."slug"
              )
            from
              "actors" as "sg19"
            where
              "sg19"."id" = "sg18"."actor_id"
            limit
              1
          ),
          'article',
          (
            select
              json_build_object(
                'body',
                "sg21"."body",
                'id',
                encode(convert_to('Article:' || "sg21"."id", 'UTF8'), 'base64'),
                'publishedAt',
                to_char("sg21"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'slug',
                "sg21"."slug",
                'sourceName',
                "sg21"."source_name",
                'summary',
                "sg21"."summary",
                'title',
                "sg21"."title",
                'url',
                "sg21"."url",
                'version',
                "sg21"."version"
              )
            from
              "articles" as "sg21"
            where
              "sg21"."id" = "sg18"."article_id"
            limit
              1
          ),
          'id',
          encode(convert_to('Position:' || "sg18"."id", 'UTF8'), 'base64'),
          'quote',
          "sg18"."quote",
          'recordedBy',
          "sg18"."recorded_by",
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
          'topic',
          (
            select
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
            from
              "topics" as "sg22"
            where
              "sg22"."id" = "sg18"."topic_id"
            limit
              1
          ),
          'version',
          "sg18"."version"
        )
      from
        "positions" as "sg18"
      where
        "sg18"."id" = "sg0"."position_id"
      limit
        1
    ),
    'quote',
    "sg0"."quote",
    'quoteEnd',
    "sg0"."quote_end",
    'quoteField',
    (
      case "sg0"."quote_field"::text
        when 'body' then 'BODY'
        when 'summary' then 'SUMMARY'
        when 'title' then 'TITLE'
      end
    ),
    'quoteStart',
    "sg0"."quote_start",
    'reason',
    "sg0"."reason",
    'reviewedAt',
    to_char("sg0"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'reviewedBy',
    "sg0"."reviewed_by",
    'stance',
    "sg0"."stance",
    'statement',
    "sg0"."statement",
    'status',
    "sg0"."status",
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
                    "articles" as "sg25"
                    join "article_topics" as "sg26" on "sg25"."id" = "sg26"."article_id"
                  where
                    "sg26"."topic_id" = "sg24"."id"
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
                      "sg26"."topic_id" = "sg24"."id"
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
                "sg27"."parent_id" = "sg24"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg24"."description",
          'id',
          encode(convert_to('Topic:' || "sg24"."id", 'UTF8'), 'base64'),
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
                "sg29"."topic_id" = "sg24"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg24"."name",
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
              "sg30"."id" = "sg24"."parent_id"
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
                    "sg33"."ancestor_id" = "sg24"."id"
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
                      "sg33"."ancestor_id" = "sg24"."id"
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
                    "sg35"."ancestor_id" = "sg24"."id"
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
                      "sg35"."ancestor_id" = "sg24"."id"
                      and "sg34"."stance" = $24
                    order by
                      "sg34"."id" asc
                    limit
                      4
                  ) as "sg34"
              ) s
          ),
          'slug',
          "sg24"."slug"
        )
      from
        "topics" as "sg24"
      where
        "sg24"."id" = "sg0"."topic_id"
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
                  json_build_object('endedOn', "sg37"."ended_on", 'role', "sg37"."role", 'startedOn', "sg37"."started_on")
                  order by
                    "sg37"."id" asc
                )
              from
                "affiliations" as "sg37"
              where
                "sg37"."actor_id" = "sg36"."id"
            ),
            '[]'::json
          ),
          'aliases',
          coalesce(
            (
              select
                json_agg(
                  "sg38"."alias"
                  order by
                    "sg38"."alias" asc
                )
              from
                "actor_aliases" as "sg38"
              where
                "sg38"."actor_id" = "sg36"."id"
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
                    "articles" as "sg39"
                    join "mentions" as "sg40" on "sg39"."id" = "sg40"."article_id"
                  where
                    "sg40"."actor_id" = "sg36"."id"
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
                  "sg39".n,
                  json_build_object(
                    'body',
                    "sg39"."body",
                    'id',
                    encode(convert_to('Article:' || "sg39"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg39"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg39"."slug",
                    'sourceName',
                    "sg39"."source_name",
                    'summary',
                    "sg39"."summary",
                    'title',
                    "sg39"."title",
                    'url',
                    "sg39"."url",
                    'version',
                    "sg39"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg39"."body",
                    'id',
                    encode(convert_to('Article:' || "sg39"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg39"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg39"."slug",
                    'sourceName',
                    "sg39"."source_name",
                    'summary',
                    "sg39"."summary",
                    'title',
                    "sg39"."title",
                    'url',
                    "sg39"."url",
                    'version',
                    "sg39"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg39".*,
                      row_number() over (
                        order by
                          "sg39"."id" asc
                      ) as n
                    from
                      "articles" as "sg39"
                      join "mentions" as "sg40" on "sg39"."id" = "sg40"."article_id"
                    where
                      "sg40"."actor_id" = "sg36"."id"
                    order by
                      "sg39"."id" asc
                    limit
                      4
                  ) as "sg39"
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
                  json_build_object('endedOn', "sg41"."ended_on", 'role', "sg41"."role", 'startedOn', "sg41"."started_on")
                  order by
                    "sg41"."id" asc
                )
              from
                "affiliations" as "sg41"
              where
                "sg41"."organization_id" = "sg36"."id"
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
                    "positions" as "sg42"
                  where
                    "sg42"."actor_id" = "sg36"."id"
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
                    where
                      "sg42"."actor_id" = "sg36"."id"
                    order by
                      "sg42"."id" asc
                    limit
                      4
                  ) as "sg42"
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
                    "positions" as "sg43"
                  where
                    "sg43"."actor_id" = "sg36"."id"
                    and "sg43"."topic_id" in (
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
                    and "sg43"."stance" = $32
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
                      and "sg43"."topic_id" in (
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
                      and "sg43"."stance" = $37
                    order by
                      "sg43"."id" asc
                    limit
                      4
                  ) as "sg43"
              ) s
          ),
          'slug',
          "sg36"."slug"
        )
      from
        "actors" as "sg36"
      where
        "sg36"."id" = "sg0"."actor_id"
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
                            "sg47"."alias"
                            order by
                              "sg47"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg47"
                        where
                          "sg47"."actor_id" = "sg45"."id"
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
                  order by
                    "sg45"."name" asc,
                    "sg45"."id" asc
                )
              from
                "actors" as "sg45"
                join "mentions" as "sg46" on "sg45"."id" = "sg46"."actor_id"
              where
                "sg46"."article_id" = "sg44"."id"
            ),
            '[]'::json
          ),
          'body',
          "sg44"."body",
          'id',
          encode(convert_to('Article:' || "sg44"."id", 'UTF8'), 'base64'),
          'positionSuggestions',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'confidence',
                    "sg48"."confidence",
                    'createdAt',
                    to_char("sg48"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'extractor',
                    "sg48"."extractor",
                    'extractorVersion',
                    "sg48"."extractor_version",
                    'id',
                    encode(convert_to('PositionSuggestion:' || "sg48"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg48"."quote",
                    'quoteEnd',
                    "sg48"."quote_end",
                    'quoteField',
                    (
                      case "sg48"."quote_field"::text
                        when 'body' then 'BODY'
                        when 'summary' then 'SUMMARY'
                        when 'title' then 'TITLE'
                      end
                    ),
                    'quoteStart',
                    "sg48"."quote_start",
                    'reason',
                    "sg48"."reason",
                    'reviewedAt',
                    to_char("sg48"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'reviewedBy',
                    "sg48"."reviewed_by",
                    'stance',
                    "sg48"."stance",
                    'statement',
                    "sg48"."statement",
                    'status',
                    "sg48"."status",
                    'version',
                    "sg48"."version"
                  )
                  order by
                    "sg48"."id" asc
                )
              from
                "position_suggestions" as "sg48"
              where
                "sg48"."article_id" = "sg44"."id"
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
                  order by
                    "sg49"."id" asc
                )
              from
                "positions" as "sg49"
              where
                "sg49"."article_id" = "sg44"."id"
            ),
            '[]'::json
          ),
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
          'topics',
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
                            "sg52"."keyword"
                            order by
                              "sg52"."keyword" asc
                          )
                        from
                          "topic_keywords" as "sg52"
                        where
                          "sg52"."topic_id" = "sg50"."id"
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
                join "article_topics" as "sg51" on "sg50"."id" = "sg51"."topic_id"
              where
                "sg51"."article_id" = "sg44"."id"
            ),
            '[]'::json
          ),
          'url',
          "sg44"."url",
          'version',
          "sg44"."version"
        )
      from
        "articles" as "sg44"
      where
        "sg44"."id" = "sg0"."article_id"
      limit
        1
    ),
    'confidence',
    "sg0"."confidence",
    'createdAt',
    to_char("sg0"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'extractor',
    "sg0"."extractor",
    'extractorVersion',
    "sg0"."extractor_version",
    'id',
    encode(convert_to('PositionSuggestion:' || "sg0"."id", 'UTF8'), 'base64'),
    'position',
    (
      select
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
                        "sg55"."alias"
                        order by
                          "sg55"."alias" asc
                      )
                    from
                      "actor_aliases" as "sg55"
                    where
                      "sg55"."actor_id" = "sg54"."id"
                  ),
                  '[]'::json
                ),
                'countryCode',
                "sg54"."country_code",
                'description',
                "sg54"."description",
                'id',
                encode(convert_to('Actor:' || "sg54"."id", 'UTF8'), 'base64'),
                'kind',
                "sg54"."kind",
                'name',
                "sg54"."name",
                'slug',
                "sg54"."slug"
              )
            from
              "actors" as "sg54"
            where
              "sg54"."id" = "sg53"."actor_id"
            limit
              1
          ),
          'article',
          (
            select
              json_build_object(
                'body',
                "sg56"."body",
                'id',
                encode(convert_to('Article:' || "sg56"."id", 'UTF8'), 'base64'),
                'publishedAt',
                to_char("sg56"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'slug',
                "sg56"."slug",
                'sourceName',
                "sg56"."source_name",
                'summary',
                "sg56"."summary",
                'title',
                "sg56"."title",
                'url',
                "sg56"."url",
                'version',
                "sg56"."version"
              )
            from
              "articles" as "sg56"
            where
              "sg56"."id" = "sg53"."article_id"
            limit
              1
          ),
          'id',
          encode(convert_to('Position:' || "sg53"."id", 'UTF8'), 'base64'),
          'quote',
          "sg53"."quote",
          'recordedBy',
          "sg53"."recorded_by",
          'stance',
          "sg53"."stance",
          'statedAt',
          to_char("sg53"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'statedAtSource',
          case
            when "sg53"."stated_at" is not null then 'STATED'
            when "sg53"."dated_at" is not null then 'ARTICLE_PUBLISHED'
          end,
          'statement',
          "sg53"."statement",
          'topic',
          (
            select
              json_build_object(
                'description',
                "sg57"."description",
                'id',
                encode(convert_to('Topic:' || "sg57"."id", 'UTF8'), 'base64'),
                'keywords',
                coalesce(
                  (
                    select
                      json_agg(
                        "sg58"."keyword"
                        order by
                          "sg58"."keyword" asc
                      )
                    from
                      "topic_keywords" as "sg58"
                    where
                      "sg58"."topic_id" = "sg57"."id"
                  ),
                  '[]'::json
                ),
                'name',
                "sg57"."name",
                'slug',
                "sg57"."slug"
              )
            from
              "topics" as "sg57"
            where
              "sg57"."id" = "sg53"."topic_id"
            limit
              1
          ),
          'version',
          "sg53"."version"
        )
      from
        "positions" as "sg53"
      where
        "sg53"."id" = "sg0"."position_id"
      limit
        1
    ),
    'quote',
    "sg0"."quote",
    'quoteEnd',
    "sg0"."quote_end",
    'quoteField',
    (
      case "sg0"."quote_field"::text
        when 'body' then 'BODY'
        when 'summary' then 'SUMMARY'
        when 'title' then 'TITLE'
      end
    ),
    'quoteStart',
    "sg0"."quote_start",
    'reason',
    "sg0"."reason",
    'reviewedAt',
    to_char("sg0"."reviewed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'reviewedBy',
    "sg0"."reviewed_by",
    'stance',
    "sg0"."stance",
    'statement',
    "sg0"."statement",
    'status',
    "sg0"."status",
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
                    "articles" as "sg60"
                    join "article_topics" as "sg61" on "sg60"."id" = "sg61"."article_id"
                  where
                    "sg61"."topic_id" = "sg59"."id"
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
                      "sg61"."topic_id" = "sg59"."id"
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
                "sg62"."parent_id" = "sg59"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg59"."description",
          'id',
          encode(convert_to('Topic:' || "sg59"."id", 'UTF8'), 'base64'),
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
                "sg64"."topic_id" = "sg59"."id"
            ),
            '[]'::json
          ),
          'name',
          "sg59"."name",
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
              "sg65"."id" = "sg59"."parent_id"
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
                    "sg68"."ancestor_id" = "sg59"."id"
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
                      "sg68"."ancestor_id" = "sg59"."id"
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
                    "sg70"."ancestor_id" = "sg59"."id"
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
                      "sg70"."ancestor_id" = "sg59"."id"
                      and "sg69"."stance" = $48
                    order by
                      "sg69"."id" asc
                    limit
                      4
                  ) as "sg69"
              ) s
          ),
          'slug',
          "sg59"."slug"
        )
      from
        "topics" as "sg59"
      where
        "sg59"."id" = "sg0"."topic_id"
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
    ) then 1
    else 0
  end as found
from
  (
    select
      *
    from
      "position_suggestions" as "sg0"
    order by
      "sg0"."id" desc
    limit
      4
  ) as "sg0"
order by
  "sg0"."id" desc;

-- parameters: []
select
  count(*)::int as n
from
  "position_suggestions" as "sg0";
