-- parameters: [3,3,3,3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,"SUPPORTS","security-guarantees","security-guarantees"]
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
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg6"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg6"."quote",
                        'stance',
                        "sg6"."stance",
                        'statedAt',
                        to_char("sg6"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg6"."stated_at" is not null then 'STATED'
                          when "sg6"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg6"."statement",
                        'version',
                        "sg6"."version"
                      )
                      order by
                        "sg6"."id" asc
                    )
                  from
                    "positions" as "sg6"
                  where
                    "sg6"."article_id" = "sg1"."id"
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
                        "sg7"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg7"."id", 'UTF8'), 'base64'),
                        'name',
                        "sg7"."name",
                        'slug',
                        "sg7"."slug"
                      )
                      order by
                        "sg7"."name" asc,
                        "sg7"."id" asc
                    )
                  from
                    "topics" as "sg7"
                    join "article_topics" as "sg8" on "sg7"."id" = "sg8"."topic_id"
                  where
                    "sg8"."article_id" = "sg1"."id"
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
                    "sg10"."article_id" = "sg1"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg1"."body",
              'id',
              encode(convert_to('Article:' || "sg1"."id", 'UTF8'), 'base64'),
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
                    "sg12"."article_id" = "sg1"."id"
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
                    "sg14"."article_id" = "sg1"."id"
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
                        "articles" as "sg16"
                        join "article_topics" as "sg17" on "sg16"."id" = "sg17"."article_id"
                      where
                        "sg17"."topic_id" = "sg15"."id"
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
                      "sg16".n,
                      json_build_object(
                        'body',
                        "sg16"."body",
                        'id',
                        encode(convert_to('Article:' || "sg16"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg16"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg16"."slug",
                        'sourceName',
                        "sg16"."source_name",
                        'summary',
                        "sg16"."summary",
                        'title',
                        "sg16"."title",
                        'url',
                        "sg16"."url",
                        'version',
                        "sg16"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg16"."body",
                        'id',
                        encode(convert_to('Article:' || "sg16"."id", 'UTF8'), 'base64'),
                        'publishedAt',
                        to_char("sg16"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'slug',
                        "sg16"."slug",
                        'sourceName',
                        "sg16"."source_name",
                        'summary',
                        "sg16"."summary",
                        'title',
                        "sg16"."title",
                        'url',
                        "sg16"."url",
                        'version',
                        "sg16"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg16".*,
                          row_number() over (
                            order by
                              "sg16"."id" asc
                          ) as n
                        from
                          "articles" as "sg16"
                          join "article_topics" as "sg17" on "sg16"."id" = "sg17"."article_id"
                        where
                          "sg17"."topic_id" = "sg15"."id"
                        order by
                          "sg16"."id" asc
                        limit
                          4
                      ) as "sg16"
                  ) s
              ),
              'children',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg18"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg18"."id", 'UTF8'), 'base64'),
                        'name',
                        "sg18"."name",
                        'slug',
                        "sg18"."slug"
                      )
                      order by
                        "sg18"."name" asc,
                        "sg18"."id" asc
                    )
                  from
                    "topics" as "sg18"
                  where
                    "sg18"."parent_id" = "sg15"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg15"."description",
              'id',
              encode(convert_to('Topic:' || "sg15"."id", 'UTF8'), 'base64'),
              'name',
              "sg15"."name",
              'parent',
              (
                select
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
                from
                  "topics" as "sg19"
                where
                  "sg19"."id" = "sg15"."parent_id"
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
                        "positions" as "sg20"
                        join "topic_closure" as "sg21" on "sg20"."topic_id" = "sg21"."descendant_id"
                      where
                        "sg21"."ancestor_id" = "sg15"."id"
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
                      "sg20".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg20"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg20"."quote",
                        'stance',
                        "sg20"."stance",
                        'statedAt',
                        to_char("sg20"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg20"."stated_at" is not null then 'STATED'
                          when "sg20"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg20"."statement",
                        'version',
                        "sg20"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg20"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg20"."quote",
                        'stance',
                        "sg20"."stance",
                        'statedAt',
                        to_char("sg20"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg20"."stated_at" is not null then 'STATED'
                          when "sg20"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg20"."statement",
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
                          "positions" as "sg20"
                          join "topic_closure" as "sg21" on "sg20"."topic_id" = "sg21"."descendant_id"
                        where
                          "sg21"."ancestor_id" = "sg15"."id"
                        order by
                          "sg20"."id" asc
                        limit
                          4
                      ) as "sg20"
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
                        "positions" as "sg22"
                        join "topic_closure" as "sg23" on "sg22"."topic_id" = "sg23"."descendant_id"
                      where
                        "sg23"."ancestor_id" = "sg15"."id"
                        and "sg22"."stance" = $10
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
                      "sg22".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg22"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg22"."quote",
                        'stance',
                        "sg22"."stance",
                        'statedAt',
                        to_char("sg22"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg22"."stated_at" is not null then 'STATED'
                          when "sg22"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg22"."statement",
                        'version',
                        "sg22"."version"
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg22"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg22"."quote",
                        'stance',
                        "sg22"."stance",
                        'statedAt',
                        to_char("sg22"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg22"."stated_at" is not null then 'STATED'
                          when "sg22"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg22"."statement",
                        'version',
                        "sg22"."version"
                      ) as "j1"
                    from
                      (
                        select
                          "sg22".*,
                          row_number() over (
                            order by
                              "sg22"."id" asc
                          ) as n
                        from
                          "positions" as "sg22"
                          join "topic_closure" as "sg23" on "sg22"."topic_id" = "sg23"."descendant_id"
                        where
                          "sg23"."ancestor_id" = "sg15"."id"
                          and "sg22"."stance" = $14
                        order by
                          "sg22"."id" asc
                        limit
                          4
                      ) as "sg22"
                  ) s
              ),
              'slug',
              "sg15"."slug"
            )
            order by
              "sg15"."name" asc,
              "sg15"."id" asc
          )
        from
          "topics" as "sg15"
        where
          "sg15"."parent_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'description',
    "sg0"."description",
    'id',
    encode(convert_to('Topic:' || "sg0"."id", 'UTF8'), 'base64'),
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
                    "articles" as "sg25"
                    join "article_topics" as "sg26" on "sg25"."id" = "sg26"."article_id"
                  where
                    "sg26"."topic_id" = "sg24"."id"
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
          'name',
          "sg24"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg28"."description",
                'id',
                encode(convert_to('Topic:' || "sg28"."id", 'UTF8'), 'base64'),
                'name',
                "sg28"."name",
                'slug',
                "sg28"."slug"
              )
            from
              "topics" as "sg28"
            where
              "sg28"."id" = "sg24"."parent_id"
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
                    "positions" as "sg29"
                    join "topic_closure" as "sg30" on "sg29"."topic_id" = "sg30"."descendant_id"
                  where
                    "sg30"."ancestor_id" = "sg24"."id"
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
                  "sg29".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg29"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg29"."quote",
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
                      "sg30"."ancestor_id" = "sg24"."id"
                    order by
                      "sg29"."id" asc
                    limit
                      4
                  ) as "sg29"
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
                    "positions" as "sg31"
                    join "topic_closure" as "sg32" on "sg31"."topic_id" = "sg32"."descendant_id"
                  where
                    "sg32"."ancestor_id" = "sg24"."id"
                    and "sg31"."stance" = $21
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
                  "sg31".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg31"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg31"."quote",
                    'stance',
                    "sg31"."stance",
                    'statedAt',
                    to_char("sg31"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg31"."stated_at" is not null then 'STATED'
                      when "sg31"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg31"."statement",
                    'version',
                    "sg31"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg31"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg31"."quote",
                    'stance',
                    "sg31"."stance",
                    'statedAt',
                    to_char("sg31"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg31"."stated_at" is not null then 'STATED'
                      when "sg31"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg31"."statement",
                    'version',
                    "sg31"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg31".*,
                      row_number() over (
                        order by
                          "sg31"."id" asc
                      ) as n
                    from
                      "positions" as "sg31"
                      join "topic_closure" as "sg32" on "sg31"."topic_id" = "sg32"."descendant_id"
                    where
                      "sg32"."ancestor_id" = "sg24"."id"
                      and "sg31"."stance" = $25
                    order by
                      "sg31"."id" asc
                    limit
                      4
                  ) as "sg31"
              ) s
          ),
          'slug',
          "sg24"."slug"
        )
      from
        "topics" as "sg24"
      where
        "sg24"."id" = "sg0"."parent_id"
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
              "positions" as "sg33"
              join "topic_closure" as "sg34" on "sg33"."topic_id" = "sg34"."descendant_id"
            where
              "sg34"."ancestor_id" = "sg0"."id"
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
            "sg33".n,
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
                            "sg36"."alias"
                            order by
                              "sg36"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg36"
                        where
                          "sg36"."actor_id" = "sg35"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg35"."country_code",
                    'description',
                    "sg35"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg35"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg35"."kind",
                    'name',
                    "sg35"."name",
                    'slug',
                    "sg35"."slug"
                  )
                from
                  "actors" as "sg35"
                where
                  "sg35"."id" = "sg33"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg37"."body",
                    'id',
                    encode(convert_to('Article:' || "sg37"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg37"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg37"."slug",
                    'sourceName',
                    "sg37"."source_name",
                    'summary',
                    "sg37"."summary",
                    'title',
                    "sg37"."title",
                    'url',
                    "sg37"."url",
                    'version',
                    "sg37"."version"
                  )
                from
                  "articles" as "sg37"
                where
                  "sg37"."id" = "sg33"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg33"."id", 'UTF8'), 'base64'),
              'quote',
              "sg33"."quote",
              'stance',
              "sg33"."stance",
              'statedAt',
              to_char("sg33"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg33"."stated_at" is not null then 'STATED'
                when "sg33"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg33"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg38"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg38"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg38"."name",
                    'slug',
                    "sg38"."slug"
                  )
                from
                  "topics" as "sg38"
                where
                  "sg38"."id" = "sg33"."topic_id"
                limit
                  1
              ),
              'version',
              "sg33"."version"
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
                            "sg40"."alias"
                            order by
                              "sg40"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg40"
                        where
                          "sg40"."actor_id" = "sg39"."id"
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
                from
                  "actors" as "sg39"
                where
                  "sg39"."id" = "sg33"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg41"."body",
                    'id',
                    encode(convert_to('Article:' || "sg41"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg41"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg41"."slug",
                    'sourceName',
                    "sg41"."source_name",
                    'summary',
                    "sg41"."summary",
                    'title',
                    "sg41"."title",
                    'url',
                    "sg41"."url",
                    'version',
                    "sg41"."version"
                  )
                from
                  "articles" as "sg41"
                where
                  "sg41"."id" = "sg33"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg33"."id", 'UTF8'), 'base64'),
              'quote',
              "sg33"."quote",
              'stance',
              "sg33"."stance",
              'statedAt',
              to_char("sg33"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg33"."stated_at" is not null then 'STATED'
                when "sg33"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg33"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg42"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg42"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg42"."name",
                    'slug',
                    "sg42"."slug"
                  )
                from
                  "topics" as "sg42"
                where
                  "sg42"."id" = "sg33"."topic_id"
                limit
                  1
              ),
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
                "positions" as "sg33"
                join "topic_closure" as "sg34" on "sg33"."topic_id" = "sg34"."descendant_id"
              where
                "sg34"."ancestor_id" = "sg0"."id"
              order by
                "sg33"."id" asc
              limit
                4
            ) as "sg33"
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
              join "topic_closure" as "sg44" on "sg43"."topic_id" = "sg44"."descendant_id"
            where
              "sg44"."ancestor_id" = "sg0"."id"
              and "sg43"."stance" = $29
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
            "sg43".n,
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
                  "sg45"."id" = "sg43"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg47"."body",
                    'id',
                    encode(convert_to('Article:' || "sg47"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg47"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg47"."slug",
                    'sourceName',
                    "sg47"."source_name",
                    'summary',
                    "sg47"."summary",
                    'title',
                    "sg47"."title",
                    'url',
                    "sg47"."url",
                    'version',
                    "sg47"."version"
                  )
                from
                  "articles" as "sg47"
                where
                  "sg47"."id" = "sg43"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg43"."id", 'UTF8'), 'base64'),
              'quote',
              "sg43"."quote",
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
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg48"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg48"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg48"."name",
                    'slug',
                    "sg48"."slug"
                  )
                from
                  "topics" as "sg48"
                where
                  "sg48"."id" = "sg43"."topic_id"
                limit
                  1
              ),
              'version',
              "sg43"."version"
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
                            "sg50"."alias"
                            order by
                              "sg50"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg50"
                        where
                          "sg50"."actor_id" = "sg49"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg49"."country_code",
                    'description',
                    "sg49"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg49"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg49"."kind",
                    'name',
                    "sg49"."name",
                    'slug',
                    "sg49"."slug"
                  )
                from
                  "actors" as "sg49"
                where
                  "sg49"."id" = "sg43"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg51"."body",
                    'id',
                    encode(convert_to('Article:' || "sg51"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg51"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg51"."slug",
                    'sourceName',
                    "sg51"."source_name",
                    'summary',
                    "sg51"."summary",
                    'title',
                    "sg51"."title",
                    'url',
                    "sg51"."url",
                    'version',
                    "sg51"."version"
                  )
                from
                  "articles" as "sg51"
                where
                  "sg51"."id" = "sg43"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg43"."id", 'UTF8'), 'base64'),
              'quote',
              "sg43"."quote",
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
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg52"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg52"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg52"."name",
                    'slug',
                    "sg52"."slug"
                  )
                from
                  "topics" as "sg52"
                where
                  "sg52"."id" = "sg43"."topic_id"
                limit
                  1
              ),
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
                join "topic_closure" as "sg44" on "sg43"."topic_id" = "sg44"."descendant_id"
              where
                "sg44"."ancestor_id" = "sg0"."id"
                and "sg43"."stance" = $33
              order by
                "sg43"."id" asc
              limit
                4
            ) as "sg43"
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
              "articles" as "sg53"
              join "article_topics" as "sg54" on "sg53"."id" = "sg54"."article_id"
            where
              "sg54"."topic_id" = "sg0"."id"
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
            "sg53".n,
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
                                "sg57"."alias"
                                order by
                                  "sg57"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg57"
                            where
                              "sg57"."actor_id" = "sg55"."id"
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
                      order by
                        "sg55"."name" asc,
                        "sg55"."id" asc
                    )
                  from
                    "actors" as "sg55"
                    join "mentions" as "sg56" on "sg55"."id" = "sg56"."actor_id"
                  where
                    "sg56"."article_id" = "sg53"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg53"."body",
              'id',
              encode(convert_to('Article:' || "sg53"."id", 'UTF8'), 'base64'),
              'positions',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg58"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg58"."quote",
                        'stance',
                        "sg58"."stance",
                        'statedAt',
                        to_char("sg58"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'statedAtSource',
                        case
                          when "sg58"."stated_at" is not null then 'STATED'
                          when "sg58"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                        end,
                        'statement',
                        "sg58"."statement",
                        'version',
                        "sg58"."version"
                      )
                      order by
                        "sg58"."id" asc
                    )
                  from
                    "positions" as "sg58"
                  where
                    "sg58"."article_id" = "sg53"."id"
                ),
                '[]'::json
              ),
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
              'topics',
              coalesce(
                (
                  select
                    json_agg(
                      json_build_object(
                        'description',
                        "sg59"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg59"."id", 'UTF8'), 'base64'),
                        'name',
                        "sg59"."name",
                        'slug',
                        "sg59"."slug"
                      )
                      order by
                        "sg59"."name" asc,
                        "sg59"."id" asc
                    )
                  from
                    "topics" as "sg59"
                    join "article_topics" as "sg60" on "sg59"."id" = "sg60"."topic_id"
                  where
                    "sg60"."article_id" = "sg53"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg53"."url",
              'version',
              "sg53"."version"
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
                                "sg63"."alias"
                                order by
                                  "sg63"."alias" asc
                              )
                            from
                              "actor_aliases" as "sg63"
                            where
                              "sg63"."actor_id" = "sg61"."id"
                          ),
                          '[]'::json
                        ),
                        'countryCode',
                        "sg61"."country_code",
                        'description',
                        "sg61"."description",
                        'id',
                        encode(convert_to('Actor:' || "sg61"."id", 'UTF8'), 'base64'),
                        'kind',
                        "sg61"."kind",
                        'name',
                        "sg61"."name",
                        'slug',
                        "sg61"."slug"
                      )
                      order by
                        "sg61"."name" asc,
                        "sg61"."id" asc
                    )
                  from
                    "actors" as "sg61"
                    join "mentions" as "sg62" on "sg61"."id" = "sg62"."actor_id"
                  where
                    "sg62"."article_id" = "sg53"."id"
                ),
                '[]'::json
              ),
              'body',
              "sg53"."body",
              'id',
              encode(convert_to('Article:' || "sg53"."id", 'UTF8'), 'base64'),
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
                    "sg64"."article_id" = "sg53"."id"
                ),
                '[]'::json
              ),
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
                    "sg66"."article_id" = "sg53"."id"
                ),
                '[]'::json
              ),
              'url',
              "sg53"."url",
              'version',
              "sg53"."version"
            ) as "j1"
          from
            (
              select
                "sg53".*,
                row_number() over (
                  order by
                    "sg53"."id" asc
                ) as n
              from
                "articles" as "sg53"
                join "article_topics" as "sg54" on "sg53"."id" = "sg54"."article_id"
              where
                "sg54"."topic_id" = "sg0"."id"
              order by
                "sg53"."id" asc
              limit
                4
            ) as "sg53"
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
                        "articles" as "sg68"
                        join "article_topics" as "sg69" on "sg68"."id" = "sg69"."article_id"
                      where
                        "sg69"."topic_id" = "sg67"."id"
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
                      "sg68".n,
                      json_build_object(
                        'body',
                        "sg68"."body",
                        'id',
                        encode(convert_to('Article:' || "sg68"."id", 'UTF8'), 'base64'),
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
                        'url',
                        "sg68"."url",
                        'version',
                        "sg68"."version"
                      ) as "j0",
                      json_build_object(
                        'body',
                        "sg68"."body",
                        'id',
                        encode(convert_to('Article:' || "sg68"."id", 'UTF8'), 'base64'),
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
                          "sg69"."topic_id" = "sg67"."id"
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
                        'description',
                        "sg70"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg70"."id", 'UTF8'), 'base64'),
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
                    "topics" as "sg70"
                  where
                    "sg70"."parent_id" = "sg67"."id"
                ),
                '[]'::json
              ),
              'description',
              "sg67"."description",
              'id',
              encode(convert_to('Topic:' || "sg67"."id", 'UTF8'), 'base64'),
              'name',
              "sg67"."name",
              'parent',
              (
                select
                  json_build_object(
                    'description',
                    "sg71"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg71"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg71"."name",
                    'slug',
                    "sg71"."slug"
                  )
                from
                  "topics" as "sg71"
                where
                  "sg71"."id" = "sg67"."parent_id"
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
                        "positions" as "sg72"
                        join "topic_closure" as "sg73" on "sg72"."topic_id" = "sg73"."descendant_id"
                      where
                        "sg73"."ancestor_id" = "sg67"."id"
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
                      "sg72".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg72"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg72"."quote",
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
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg72"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg72"."quote",
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
                      ) as "j1"
                    from
                      (
                        select
                          "sg72".*,
                          row_number() over (
                            order by
                              "sg72"."id" asc
                          ) as n
                        from
                          "positions" as "sg72"
                          join "topic_closure" as "sg73" on "sg72"."topic_id" = "sg73"."descendant_id"
                        where
                          "sg73"."ancestor_id" = "sg67"."id"
                        order by
                          "sg72"."id" asc
                        limit
                          4
                      ) as "sg72"
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
                        "positions" as "sg74"
                        join "topic_closure" as "sg75" on "sg74"."topic_id" = "sg75"."descendant_id"
                      where
                        "sg75"."ancestor_id" = "sg67"."id"
                        and "sg74"."stance" = $43
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
                      "sg74".n,
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg74"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg74"."quote",
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
                      ) as "j0",
                      json_build_object(
                        'id',
                        encode(convert_to('Position:' || "sg74"."id", 'UTF8'), 'base64'),
                        'quote',
                        "sg74"."quote",
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
                      ) as "j1"
                    from
                      (
                        select
                          "sg74".*,
                          row_number() over (
                            order by
                              "sg74"."id" asc
                          ) as n
                        from
                          "positions" as "sg74"
                          join "topic_closure" as "sg75" on "sg74"."topic_id" = "sg75"."descendant_id"
                        where
                          "sg75"."ancestor_id" = "sg67"."id"
                          and "sg74"."stance" = $47
                        order by
                          "sg74"."id" asc
                        limit
                          4
                      ) as "sg74"
                  ) s
              ),
              'slug',
              "sg67"."slug"
            )
            order by
              "sg67"."name" asc,
              "sg67"."id" asc
          )
        from
          "topics" as "sg67"
        where
          "sg67"."parent_id" = "sg0"."id"
      ),
      '[]'::json
    ),
    'description',
    "sg0"."description",
    'id',
    encode(convert_to('Topic:' || "sg0"."id", 'UTF8'), 'base64'),
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
                    "articles" as "sg77"
                    join "article_topics" as "sg78" on "sg77"."id" = "sg78"."article_id"
                  where
                    "sg78"."topic_id" = "sg76"."id"
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
                  "sg77".n,
                  json_build_object(
                    'body',
                    "sg77"."body",
                    'id',
                    encode(convert_to('Article:' || "sg77"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg77"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg77"."slug",
                    'sourceName',
                    "sg77"."source_name",
                    'summary',
                    "sg77"."summary",
                    'title',
                    "sg77"."title",
                    'url',
                    "sg77"."url",
                    'version',
                    "sg77"."version"
                  ) as "j0",
                  json_build_object(
                    'body',
                    "sg77"."body",
                    'id',
                    encode(convert_to('Article:' || "sg77"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg77"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg77"."slug",
                    'sourceName',
                    "sg77"."source_name",
                    'summary',
                    "sg77"."summary",
                    'title',
                    "sg77"."title",
                    'url',
                    "sg77"."url",
                    'version',
                    "sg77"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg77".*,
                      row_number() over (
                        order by
                          "sg77"."id" asc
                      ) as n
                    from
                      "articles" as "sg77"
                      join "article_topics" as "sg78" on "sg77"."id" = "sg78"."article_id"
                    where
                      "sg78"."topic_id" = "sg76"."id"
                    order by
                      "sg77"."id" asc
                    limit
                      4
                  ) as "sg77"
              ) s
          ),
          'children',
          coalesce(
            (
              select
                json_agg(
                  json_build_object(
                    'description',
                    "sg79"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg79"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg79"."name",
                    'slug',
                    "sg79"."slug"
                  )
                  order by
                    "sg79"."name" asc,
                    "sg79"."id" asc
                )
              from
                "topics" as "sg79"
              where
                "sg79"."parent_id" = "sg76"."id"
            ),
            '[]'::json
          ),
          'description',
          "sg76"."description",
          'id',
          encode(convert_to('Topic:' || "sg76"."id", 'UTF8'), 'base64'),
          'name',
          "sg76"."name",
          'parent',
          (
            select
              json_build_object(
                'description',
                "sg80"."description",
                'id',
                encode(convert_to('Topic:' || "sg80"."id", 'UTF8'), 'base64'),
                'name',
                "sg80"."name",
                'slug',
                "sg80"."slug"
              )
            from
              "topics" as "sg80"
            where
              "sg80"."id" = "sg76"."parent_id"
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
                    "positions" as "sg81"
                    join "topic_closure" as "sg82" on "sg81"."topic_id" = "sg82"."descendant_id"
                  where
                    "sg82"."ancestor_id" = "sg76"."id"
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
                  "sg81".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg81"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg81"."quote",
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
                    'version',
                    "sg81"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg81"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg81"."quote",
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
                      join "topic_closure" as "sg82" on "sg81"."topic_id" = "sg82"."descendant_id"
                    where
                      "sg82"."ancestor_id" = "sg76"."id"
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
                    "positions" as "sg83"
                    join "topic_closure" as "sg84" on "sg83"."topic_id" = "sg84"."descendant_id"
                  where
                    "sg84"."ancestor_id" = "sg76"."id"
                    and "sg83"."stance" = $54
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
                  "sg83".n,
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg83"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg83"."quote",
                    'stance',
                    "sg83"."stance",
                    'statedAt',
                    to_char("sg83"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg83"."stated_at" is not null then 'STATED'
                      when "sg83"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg83"."statement",
                    'version',
                    "sg83"."version"
                  ) as "j0",
                  json_build_object(
                    'id',
                    encode(convert_to('Position:' || "sg83"."id", 'UTF8'), 'base64'),
                    'quote',
                    "sg83"."quote",
                    'stance',
                    "sg83"."stance",
                    'statedAt',
                    to_char("sg83"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'statedAtSource',
                    case
                      when "sg83"."stated_at" is not null then 'STATED'
                      when "sg83"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                    end,
                    'statement',
                    "sg83"."statement",
                    'version',
                    "sg83"."version"
                  ) as "j1"
                from
                  (
                    select
                      "sg83".*,
                      row_number() over (
                        order by
                          "sg83"."id" asc
                      ) as n
                    from
                      "positions" as "sg83"
                      join "topic_closure" as "sg84" on "sg83"."topic_id" = "sg84"."descendant_id"
                    where
                      "sg84"."ancestor_id" = "sg76"."id"
                      and "sg83"."stance" = $58
                    order by
                      "sg83"."id" asc
                    limit
                      4
                  ) as "sg83"
              ) s
          ),
          'slug',
          "sg76"."slug"
        )
      from
        "topics" as "sg76"
      where
        "sg76"."id" = "sg0"."parent_id"
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
              "positions" as "sg85"
              join "topic_closure" as "sg86" on "sg85"."topic_id" = "sg86"."descendant_id"
            where
              "sg86"."ancestor_id" = "sg0"."id"
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
            "sg85".n,
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
                  "sg87"."id" = "sg85"."actor_id"
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
                  "sg89"."id" = "sg85"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg85"."id", 'UTF8'), 'base64'),
              'quote',
              "sg85"."quote",
              'stance',
              "sg85"."stance",
              'statedAt',
              to_char("sg85"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg85"."stated_at" is not null then 'STATED'
                when "sg85"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg85"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg90"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg90"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg90"."name",
                    'slug',
                    "sg90"."slug"
                  )
                from
                  "topics" as "sg90"
                where
                  "sg90"."id" = "sg85"."topic_id"
                limit
                  1
              ),
              'version',
              "sg85"."version"
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
                            "sg92"."alias"
                            order by
                              "sg92"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg92"
                        where
                          "sg92"."actor_id" = "sg91"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg91"."country_code",
                    'description',
                    "sg91"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg91"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg91"."kind",
                    'name',
                    "sg91"."name",
                    'slug',
                    "sg91"."slug"
                  )
                from
                  "actors" as "sg91"
                where
                  "sg91"."id" = "sg85"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg93"."body",
                    'id',
                    encode(convert_to('Article:' || "sg93"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg93"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg93"."slug",
                    'sourceName',
                    "sg93"."source_name",
                    'summary',
                    "sg93"."summary",
                    'title',
                    "sg93"."title",
                    'url',
                    "sg93"."url",
                    'version',
                    "sg93"."version"
                  )
                from
                  "articles" as "sg93"
                where
                  "sg93"."id" = "sg85"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg85"."id", 'UTF8'), 'base64'),
              'quote',
              "sg85"."quote",
              'stance',
              "sg85"."stance",
              'statedAt',
              to_char("sg85"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg85"."stated_at" is not null then 'STATED'
                when "sg85"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg85"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg94"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg94"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg94"."name",
                    'slug',
                    "sg94"."slug"
                  )
                from
                  "topics" as "sg94"
                where
                  "sg94"."id" = "sg85"."topic_id"
                limit
                  1
              ),
              'version',
              "sg85"."version"
            ) as "j1"
          from
            (
              select
                "sg85".*,
                row_number() over (
                  order by
                    "sg85"."id" asc
                ) as n
              from
                "positions" as "sg85"
                join "topic_closure" as "sg86" on "sg85"."topic_id" = "sg86"."descendant_id"
              where
                "sg86"."ancestor_id" = "sg0"."id"
              order by
                "sg85"."id" asc
              limit
                4
            ) as "sg85"
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
              "positions" as "sg95"
              join "topic_closure" as "sg96" on "sg95"."topic_id" = "sg96"."descendant_id"
            where
              "sg96"."ancestor_id" = "sg0"."id"
              and "sg95"."stance" = $62
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
            "sg95".n,
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
                            "sg98"."alias"
                            order by
                              "sg98"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg98"
                        where
                          "sg98"."actor_id" = "sg97"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg97"."country_code",
                    'description',
                    "sg97"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg97"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg97"."kind",
                    'name',
                    "sg97"."name",
                    'slug',
                    "sg97"."slug"
                  )
                from
                  "actors" as "sg97"
                where
                  "sg97"."id" = "sg95"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg99"."body",
                    'id',
                    encode(convert_to('Article:' || "sg99"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg99"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg99"."slug",
                    'sourceName',
                    "sg99"."source_name",
                    'summary',
                    "sg99"."summary",
                    'title',
                    "sg99"."title",
                    'url',
                    "sg99"."url",
                    'version',
                    "sg99"."version"
                  )
                from
                  "articles" as "sg99"
                where
                  "sg99"."id" = "sg95"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg95"."id", 'UTF8'), 'base64'),
              'quote',
              "sg95"."quote",
              'stance',
              "sg95"."stance",
              'statedAt',
              to_char("sg95"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg95"."stated_at" is not null then 'STATED'
                when "sg95"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg95"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg100"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg100"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg100"."name",
                    'slug',
                    "sg100"."slug"
                  )
                from
                  "topics" as "sg100"
                where
                  "sg100"."id" = "sg95"."topic_id"
                limit
                  1
              ),
              'version',
              "sg95"."version"
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
                            "sg102"."alias"
                            order by
                              "sg102"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg102"
                        where
                          "sg102"."actor_id" = "sg101"."id"
                      ),
                      '[]'::json
                    ),
                    'countryCode',
                    "sg101"."country_code",
                    'description',
                    "sg101"."description",
                    'id',
                    encode(convert_to('Actor:' || "sg101"."id", 'UTF8'), 'base64'),
                    'kind',
                    "sg101"."kind",
                    'name',
                    "sg101"."name",
                    'slug',
                    "sg101"."slug"
                  )
                from
                  "actors" as "sg101"
                where
                  "sg101"."id" = "sg95"."actor_id"
                limit
                  1
              ),
              'article',
              (
                select
                  json_build_object(
                    'body',
                    "sg103"."body",
                    'id',
                    encode(convert_to('Article:' || "sg103"."id", 'UTF8'), 'base64'),
                    'publishedAt',
                    to_char("sg103"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'slug',
                    "sg103"."slug",
                    'sourceName',
                    "sg103"."source_name",
                    'summary',
                    "sg103"."summary",
                    'title',
                    "sg103"."title",
                    'url',
                    "sg103"."url",
                    'version',
                    "sg103"."version"
                  )
                from
                  "articles" as "sg103"
                where
                  "sg103"."id" = "sg95"."article_id"
                limit
                  1
              ),
              'id',
              encode(convert_to('Position:' || "sg95"."id", 'UTF8'), 'base64'),
              'quote',
              "sg95"."quote",
              'stance',
              "sg95"."stance",
              'statedAt',
              to_char("sg95"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'statedAtSource',
              case
                when "sg95"."stated_at" is not null then 'STATED'
                when "sg95"."dated_at" is not null then 'ARTICLE_PUBLISHED'
              end,
              'statement',
              "sg95"."statement",
              'topic',
              (
                select
                  json_build_object(
                    'description',
                    "sg104"."description",
                    'id',
                    encode(convert_to('Topic:' || "sg104"."id", 'UTF8'), 'base64'),
                    'name',
                    "sg104"."name",
                    'slug',
                    "sg104"."slug"
                  )
                from
                  "topics" as "sg104"
                where
                  "sg104"."id" = "sg95"."topic_id"
                limit
                  1
              ),
              'version',
              "sg95"."version"
            ) as "j1"
          from
            (
              select
                "sg95".*,
                row_number() over (
                  order by
                    "sg95"."id" asc
                ) as n
              from
                "positions" as "sg95"
                join "topic_closure" as "sg96" on "sg95"."topic_id" = "sg96"."descendant_id"
              where
                "sg96"."ancestor_id" = "sg0"."id"
                and "sg95"."stance" = $66
              order by
                "sg95"."id" asc
              limit
                4
            ) as "sg95"
        ) s
    ),
    'slug',
    "sg0"."slug"
  )::text as "j1",
  case
    when (
      (
        select
          t.id
        from
          "topics" t
        where
          t.slug = $67
      ) is not null
    ) then 1
    else 0
  end as found
from
  (
    select
      *
    from
      "topics" as "sg0"
    where
      "sg0"."parent_id" in (
        (
          (
            select
              t.id
            from
              "topics" t
            where
              t.slug = $68
          )::int4
        )
      )
    order by
      "sg0"."id" asc
    limit
      4
  ) as "sg0"
order by
  "sg0"."id" asc;

-- parameters: ["security-guarantees"]
select
  count(*)::int as n
from
  "topics" as "sg0"
where
  "sg0"."parent_id" in (
    (
      (
        select
          t.id
        from
          "topics" t
        where
          t.slug = $1
      )::int4
    )
  );
