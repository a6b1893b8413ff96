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
  )::text as j
from
  "topics" as "sg0"
where
  "sg0"."slug" = $34
limit
  1;
