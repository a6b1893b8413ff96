-- parameters: ["security-guarantees","UK","France","Russia","Keir Starmer","uk","france","russia","keir starmer","UK","France","Russia","Keir Starmer","troop-deployment","ceasefire","security-guarantees",3,3,3,3,3,3,"security-guarantees","SUPPORTS",3,3,3,"security-guarantees","SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS",3,3,3,3,3,3,"SUPPORTS",3,3,3,"SUPPORTS"]
select
  custom.*,
  case
    when (
      exists (
        select
          c.descendant_id
        from
          "topic_closure" c
          join "topics" t on t.id = c.ancestor_id
        where
          t.slug = $1
      )
    ) then 1
    else 0
  end as found
from
  (
    with
      a as (
        select
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
                  a.slug = x.name
                union all
                select
                  al.actor_id,
                  1
                from
                  "actor_aliases" al
                where
                  (
                    not al.case_sensitive
                    and al.normalized = x.lower
                  )
                  or (
                    al.case_sensitive
                    and al.normalized = x.exact
                  )
              ) named
            order by
              preference,
              id
            limit
              1
          ) as id,
          x.ord
        from
          unnest(array[$2, $3, $4, $5]::text[], array[$6, $7, $8, $9]::text[], array[$10, $11, $12, $13]::text[]) with ordinality as x (name, lower, exact, ord)
      ),
      a_more as (
        select
          1
        where
          false
      ),
      t as (
        select
          (
            select
              id
            from
              "topics"
            where
              slug = x.slug
          ) as id,
          x.ord
        from
          unnest(array[$14, $15, $16]::text[]) with ordinality as x (slug, ord)
      ),
      t_more as (
        select
          1
        where
          false
      )
    select
      (
        select
          count(*)
        from
          a
        where
          id is null
      )::int + (
        select
          count(*)
        from
          t
        where
          id is null
      )::int as unknown,
      json_build_object(
        'rows',
        coalesce(
          (
            select
              json_agg(
                json_build_object(
                  'actor',
                  json_build_object(
                    'affiliations',
                    coalesce(
                      (
                        select
                          json_agg(
                            json_build_object('endedOn', "sg1"."ended_on", 'role', "sg1"."role", 'startedOn', "sg1"."started_on")
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
                            "sg2"."alias"
                            order by
                              "sg2"."alias" asc
                          )
                        from
                          "actor_aliases" as "sg2"
                        where
                          "sg2"."actor_id" = "sg0"."id"
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
                              "articles" as "sg3"
                              join "mentions" as "sg4" on "sg3"."id" = "sg4"."article_id"
                            where
                              "sg4"."actor_id" = "sg0"."id"
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
                            "sg3".n,
                            json_build_object(
                              'body',
                              "sg3"."body",
                              'id',
                              encode(convert_to('Article:' || "sg3"."id", 'UTF8'), 'base64'),
                              'publishedAt',
                              to_char("sg3"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                              'slug',
                              "sg3"."slug",
                              'sourceName',
                              "sg3"."source_name",
                              'summary',
                              "sg3"."summary",
                              'title',
                              "sg3"."title",
                              'url',
                              "sg3"."url",
                              'version',
                              "sg3"."version"
                            ) as "j0",
                            json_build_object(
                              'body',
                              "sg3"."body",
                              'id',
                              encode(convert_to('Article:' || "sg3"."id", 'UTF8'), 'base64'),
                              'publishedAt',
                              to_char("sg3"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                              'slug',
                              "sg3"."slug",
                              'sourceName',
                              "sg3"."source_name",
                              'summary',
                              "sg3"."summary",
                              'title',
                              "sg3"."title",
                              'url',
                              "sg3"."url",
                              'version',
                              "sg3"."version"
                            ) as "j1"
                          from
                            (
                              select
                                "sg3".*,
                                row_number() over (
                                  order by
                                    "sg3"."id" asc
                                ) as n
                              from
                                "articles" as "sg3"
                                join "mentions" as "sg4" on "sg3"."id" = "sg4"."article_id"
                              where
                                "sg4"."actor_id" = "sg0"."id"
                              order by
                                "sg3"."id" asc
                              limit
                                4
                            ) as "sg3"
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
                            json_build_object('endedOn', "sg5"."ended_on", 'role', "sg5"."role", 'startedOn', "sg5"."started_on")
                            order by
                              "sg5"."id" asc
                          )
                        from
                          "affiliations" as "sg5"
                        where
                          "sg5"."organization_id" = "sg0"."id"
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
                              "positions" as "sg6"
                            where
                              "sg6"."actor_id" = "sg0"."id"
                          ),
                          'pageInfo',
                          json_build_object('hasNextPage', count(*) > $20, 'hasPreviousPage', false),
                          'edges',
                          coalesce(
                            json_agg(
                              json_build_object('node', s."j0")
                              order by
                                s.n
                            ) filter (
                              where
                                s.n <= $21
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
                                s.n <= $22
                            ),
                            '[]'::json
                          )
                        )
                      from
                        (
                          select
                            "sg6".n,
                            json_build_object(
                              'id',
                              encode(convert_to('Position:' || "sg6"."id", 'UTF8'), 'base64'),
                              'quote',
                              "sg6"."quote",
                              'recordedBy',
                              "sg6"."recorded_by",
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
                            ) as "j0",
                            json_build_object(
                              'id',
                              encode(convert_to('Position:' || "sg6"."id", 'UTF8'), 'base64'),
                              'quote',
                              "sg6"."quote",
                              'recordedBy',
                              "sg6"."recorded_by",
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
                            ) as "j1"
                          from
                            (
                              select
                                "sg6".*,
                                row_number() over (
                                  order by
                                    "sg6"."id" asc
                                ) as n
                              from
                                "positions" as "sg6"
                              where
                                "sg6"."actor_id" = "sg0"."id"
                              order by
                                "sg6"."id" asc
                              limit
                                4
                            ) as "sg6"
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
                              "positions" as "sg7"
                            where
                              "sg7"."actor_id" = "sg0"."id"
                              and "sg7"."topic_id" in (
                                (
                                  select
                                    c.descendant_id
                                  from
                                    "topic_closure" c
                                    join "topics" t on t.id = c.ancestor_id
                                  where
                                    t.slug = $23
                                )
                              )
                              and "sg7"."stance" = $24
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
                                "sg7"."actor_id" = "sg0"."id"
                                and "sg7"."topic_id" in (
                                  (
                                    select
                                      c.descendant_id
                                    from
                                      "topic_closure" c
                                      join "topics" t on t.id = c.ancestor_id
                                    where
                                      t.slug = $28
                                  )
                                )
                                and "sg7"."stance" = $29
                              order by
                                "sg7"."id" asc
                              limit
                                4
                            ) as "sg7"
                        ) s
                    ),
                    'slug',
                    "sg0"."slug"
                  ),
                  'cells',
                  coalesce(
                    (
                      select
                        json_agg(
                          json_build_object(
                            'position',
                            case
                              when "sg10"."id" is null then null
                              else json_build_object(
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
                                'id',
                                encode(convert_to('Position:' || "sg10"."id", 'UTF8'), 'base64'),
                                'quote',
                                "sg10"."quote",
                                'recordedBy',
                                "sg10"."recorded_by",
                                'stance',
                                "sg10"."stance",
                                'statedAt',
                                to_char("sg10"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                'statedAtSource',
                                case
                                  when "sg10"."stated_at" is not null then 'STATED'
                                  when "sg10"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                end,
                                'statement',
                                "sg10"."statement",
                                'topic',
                                (
                                  select
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
                                              "sg15"."keyword"
                                              order by
                                                "sg15"."keyword" asc
                                            )
                                          from
                                            "topic_keywords" as "sg15"
                                          where
                                            "sg15"."topic_id" = "sg14"."id"
                                        ),
                                        '[]'::json
                                      ),
                                      'name',
                                      "sg14"."name",
                                      'slug',
                                      "sg14"."slug"
                                    )
                                  from
                                    "topics" as "sg14"
                                  where
                                    "sg14"."id" = "sg10"."topic_id"
                                  limit
                                    1
                                ),
                                'version',
                                "sg10"."version"
                              )
                            end,
                            'stance',
                            "sg10"."stance",
                            'topic',
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
                                        "sg17"."topic_id" = "sg8"."id"
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
                                          "sg17"."topic_id" = "sg8"."id"
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
                                        'keywords',
                                        coalesce(
                                          (
                                            select
                                              json_agg(
                                                "sg19"."keyword"
                                                order by
                                                  "sg19"."keyword" asc
                                              )
                                            from
                                              "topic_keywords" as "sg19"
                                            where
                                              "sg19"."topic_id" = "sg18"."id"
                                          ),
                                          '[]'::json
                                        ),
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
                                    "sg18"."parent_id" = "sg8"."id"
                                ),
                                '[]'::json
                              ),
                              'description',
                              "sg8"."description",
                              'id',
                              encode(convert_to('Topic:' || "sg8"."id", 'UTF8'), 'base64'),
                              'keywords',
                              coalesce(
                                (
                                  select
                                    json_agg(
                                      "sg20"."keyword"
                                      order by
                                        "sg20"."keyword" asc
                                    )
                                  from
                                    "topic_keywords" as "sg20"
                                  where
                                    "sg20"."topic_id" = "sg8"."id"
                                ),
                                '[]'::json
                              ),
                              'name',
                              "sg8"."name",
                              'parent',
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
                                  "sg21"."id" = "sg8"."parent_id"
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
                                        "positions" as "sg23"
                                        join "topic_closure" as "sg24" on "sg23"."topic_id" = "sg24"."descendant_id"
                                      where
                                        "sg24"."ancestor_id" = "sg8"."id"
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
                                      "sg23".n,
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg23"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg23"."quote",
                                        'recordedBy',
                                        "sg23"."recorded_by",
                                        'stance',
                                        "sg23"."stance",
                                        'statedAt',
                                        to_char("sg23"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'statedAtSource',
                                        case
                                          when "sg23"."stated_at" is not null then 'STATED'
                                          when "sg23"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                        end,
                                        'statement',
                                        "sg23"."statement",
                                        'version',
                                        "sg23"."version"
                                      ) as "j0",
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg23"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg23"."quote",
                                        'recordedBy',
                                        "sg23"."recorded_by",
                                        'stance',
                                        "sg23"."stance",
                                        'statedAt',
                                        to_char("sg23"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'statedAtSource',
                                        case
                                          when "sg23"."stated_at" is not null then 'STATED'
                                          when "sg23"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                        end,
                                        'statement',
                                        "sg23"."statement",
                                        'version',
                                        "sg23"."version"
                                      ) as "j1"
                                    from
                                      (
                                        select
                                          "sg23".*,
                                          row_number() over (
                                            order by
                                              "sg23"."id" asc
                                          ) as n
                                        from
                                          "positions" as "sg23"
                                          join "topic_closure" as "sg24" on "sg23"."topic_id" = "sg24"."descendant_id"
                                        where
                                          "sg24"."ancestor_id" = "sg8"."id"
                                        order by
                                          "sg23"."id" asc
                                        limit
                                          4
                                      ) as "sg23"
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
                                        "positions" as "sg25"
                                        join "topic_closure" as "sg26" on "sg25"."topic_id" = "sg26"."descendant_id"
                                      where
                                        "sg26"."ancestor_id" = "sg8"."id"
                                        and "sg25"."stance" = $36
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
                                      "sg25".n,
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg25"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg25"."quote",
                                        'recordedBy',
                                        "sg25"."recorded_by",
                                        'stance',
                                        "sg25"."stance",
                                        'statedAt',
                                        to_char("sg25"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'statedAtSource',
                                        case
                                          when "sg25"."stated_at" is not null then 'STATED'
                                          when "sg25"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                        end,
                                        'statement',
                                        "sg25"."statement",
                                        'version',
                                        "sg25"."version"
                                      ) as "j0",
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg25"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg25"."quote",
                                        'recordedBy',
                                        "sg25"."recorded_by",
                                        'stance',
                                        "sg25"."stance",
                                        'statedAt',
                                        to_char("sg25"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'statedAtSource',
                                        case
                                          when "sg25"."stated_at" is not null then 'STATED'
                                          when "sg25"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                        end,
                                        'statement',
                                        "sg25"."statement",
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
                                          "positions" as "sg25"
                                          join "topic_closure" as "sg26" on "sg25"."topic_id" = "sg26"."descendant_id"
                                        where
                                          "sg26"."ancestor_id" = "sg8"."id"
                                          and "sg25"."stance" = $40
                                        order by
                                          "sg25"."id" asc
                                        limit
                                          4
                                      ) as "sg25"
                                  ) s
                              ),
                              'slug',
                              "sg8"."slug"
                            )
                          )
                          order by
                            t.ord
                        )
                      from
                        t
                        join "topics" as "sg8" on "sg8"."id" = t.id
                        left join lateral (
                          select
                            "sg9".*
                          from
                            "positions" as "sg9"
                          where
                            "sg9"."actor_id" = "sg0"."id"
                            and "sg9"."topic_id" = t.id
                          order by
                            "sg9"."dated_at" desc nulls last,
                            "sg9"."id" desc
                          limit
                            1
                        ) as "sg10" on true
                    ),
                    '[]'::json
                  )
                )
                order by
                  a.ord
              )
            from
              a
              join "actors" as "sg0" on "sg0"."id" = a.id
          ),
          '[]'::json
        ),
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
                            "articles" as "sg28"
                            join "article_topics" as "sg29" on "sg28"."id" = "sg29"."article_id"
                          where
                            "sg29"."topic_id" = "sg27"."id"
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
                          "sg28".n,
                          json_build_object(
                            'body',
                            "sg28"."body",
                            'id',
                            encode(convert_to('Article:' || "sg28"."id", 'UTF8'), 'base64'),
                            'publishedAt',
                            to_char("sg28"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'slug',
                            "sg28"."slug",
                            'sourceName',
                            "sg28"."source_name",
                            'summary',
                            "sg28"."summary",
                            'title',
                            "sg28"."title",
                            'url',
                            "sg28"."url",
                            'version',
                            "sg28"."version"
                          ) as "j0",
                          json_build_object(
                            'body',
                            "sg28"."body",
                            'id',
                            encode(convert_to('Article:' || "sg28"."id", 'UTF8'), 'base64'),
                            'publishedAt',
                            to_char("sg28"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'slug',
                            "sg28"."slug",
                            'sourceName',
                            "sg28"."source_name",
                            'summary',
                            "sg28"."summary",
                            'title',
                            "sg28"."title",
                            'url',
                            "sg28"."url",
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
                              "articles" as "sg28"
                              join "article_topics" as "sg29" on "sg28"."id" = "sg29"."article_id"
                            where
                              "sg29"."topic_id" = "sg27"."id"
                            order by
                              "sg28"."id" asc
                            limit
                              4
                          ) as "sg28"
                      ) s
                  ),
                  'children',
                  coalesce(
                    (
                      select
                        json_agg(
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
                          order by
                            "sg30"."name" asc,
                            "sg30"."id" asc
                        )
                      from
                        "topics" as "sg30"
                      where
                        "sg30"."parent_id" = "sg27"."id"
                    ),
                    '[]'::json
                  ),
                  'description',
                  "sg27"."description",
                  'id',
                  encode(convert_to('Topic:' || "sg27"."id", 'UTF8'), 'base64'),
                  'keywords',
                  coalesce(
                    (
                      select
                        json_agg(
                          "sg32"."keyword"
                          order by
                            "sg32"."keyword" asc
                        )
                      from
                        "topic_keywords" as "sg32"
                      where
                        "sg32"."topic_id" = "sg27"."id"
                    ),
                    '[]'::json
                  ),
                  'name',
                  "sg27"."name",
                  'parent',
                  (
                    select
                      json_build_object(
                        'description',
                        "sg33"."description",
                        'id',
                        encode(convert_to('Topic:' || "sg33"."id", 'UTF8'), 'base64'),
                        'keywords',
                        coalesce(
                          (
                            select
                              json_agg(
                                "sg34"."keyword"
                                order by
                                  "sg34"."keyword" asc
                              )
                            from
                              "topic_keywords" as "sg34"
                            where
                              "sg34"."topic_id" = "sg33"."id"
                          ),
                          '[]'::json
                        ),
                        'name',
                        "sg33"."name",
                        'slug',
                        "sg33"."slug"
                      )
                    from
                      "topics" as "sg33"
                    where
                      "sg33"."id" = "sg27"."parent_id"
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
                            "positions" as "sg35"
                            join "topic_closure" as "sg36" on "sg35"."topic_id" = "sg36"."descendant_id"
                          where
                            "sg36"."ancestor_id" = "sg27"."id"
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
                          "sg35".n,
                          json_build_object(
                            'id',
                            encode(convert_to('Position:' || "sg35"."id", 'UTF8'), 'base64'),
                            'quote',
                            "sg35"."quote",
                            'recordedBy',
                            "sg35"."recorded_by",
                            'stance',
                            "sg35"."stance",
                            'statedAt',
                            to_char("sg35"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'statedAtSource',
                            case
                              when "sg35"."stated_at" is not null then 'STATED'
                              when "sg35"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                            end,
                            'statement',
                            "sg35"."statement",
                            'version',
                            "sg35"."version"
                          ) as "j0",
                          json_build_object(
                            'id',
                            encode(convert_to('Position:' || "sg35"."id", 'UTF8'), 'base64'),
                            'quote',
                            "sg35"."quote",
                            'recordedBy',
                            "sg35"."recorded_by",
                            'stance',
                            "sg35"."stance",
                            'statedAt',
                            to_char("sg35"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'statedAtSource',
                            case
                              when "sg35"."stated_at" is not null then 'STATED'
                              when "sg35"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                            end,
                            'statement',
                            "sg35"."statement",
                            'version',
                            "sg35"."version"
                          ) as "j1"
                        from
                          (
                            select
                              "sg35".*,
                              row_number() over (
                                order by
                                  "sg35"."id" asc
                              ) as n
                            from
                              "positions" as "sg35"
                              join "topic_closure" as "sg36" on "sg35"."topic_id" = "sg36"."descendant_id"
                            where
                              "sg36"."ancestor_id" = "sg27"."id"
                            order by
                              "sg35"."id" asc
                            limit
                              4
                          ) as "sg35"
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
                            join "topic_closure" as "sg38" on "sg37"."topic_id" = "sg38"."descendant_id"
                          where
                            "sg38"."ancestor_id" = "sg27"."id"
                            and "sg37"."stance" = $47
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
                              join "topic_closure" as "sg38" on "sg37"."topic_id" = "sg38"."descendant_id"
                            where
                              "sg38"."ancestor_id" = "sg27"."id"
                              and "sg37"."stance" = $51
                            order by
                              "sg37"."id" asc
                            limit
                              4
                          ) as "sg37"
                      ) s
                  ),
                  'slug',
                  "sg27"."slug"
                )
                order by
                  t.ord
              )
            from
              t
              join "topics" as "sg27" on "sg27"."id" = t.id
          ),
          '[]'::json
        ),
        'truncated',
        (
          exists (
            select
              1
            from
              a_more
          )
          or exists (
            select
              1
            from
              t_more
          )
        )
      )::text as j
  ) as custom;
