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
                                        "articles" as "sg15"
                                        join "article_topics" as "sg16" on "sg15"."id" = "sg16"."article_id"
                                      where
                                        "sg16"."topic_id" = "sg8"."id"
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
                                      "sg15".n,
                                      json_build_object(
                                        'body',
                                        "sg15"."body",
                                        'id',
                                        encode(convert_to('Article:' || "sg15"."id", 'UTF8'), 'base64'),
                                        'publishedAt',
                                        to_char("sg15"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'slug',
                                        "sg15"."slug",
                                        'sourceName',
                                        "sg15"."source_name",
                                        'summary',
                                        "sg15"."summary",
                                        'title',
                                        "sg15"."title",
                                        'url',
                                        "sg15"."url",
                                        'version',
                                        "sg15"."version"
                                      ) as "j0",
                                      json_build_object(
                                        'body',
                                        "sg15"."body",
                                        'id',
                                        encode(convert_to('Article:' || "sg15"."id", 'UTF8'), 'base64'),
                                        'publishedAt',
                                        to_char("sg15"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'slug',
                                        "sg15"."slug",
                                        'sourceName',
                                        "sg15"."source_name",
                                        'summary',
                                        "sg15"."summary",
                                        'title',
                                        "sg15"."title",
                                        'url',
                                        "sg15"."url",
                                        'version',
                                        "sg15"."version"
                                      ) as "j1"
                                    from
                                      (
                                        select
                                          "sg15".*,
                                          row_number() over (
                                            order by
                                              "sg15"."id" asc
                                          ) as n
                                        from
                                          "articles" as "sg15"
                                          join "article_topics" as "sg16" on "sg15"."id" = "sg16"."article_id"
                                        where
                                          "sg16"."topic_id" = "sg8"."id"
                                        order by
                                          "sg15"."id" asc
                                        limit
                                          4
                                      ) as "sg15"
                                  ) s
                              ),
                              'children',
                              coalesce(
                                (
                                  select
                                    json_agg(
                                      json_build_object(
                                        'description',
                                        "sg17"."description",
                                        'id',
                                        encode(convert_to('Topic:' || "sg17"."id", 'UTF8'), 'base64'),
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
                                    "topics" as "sg17"
                                  where
                                    "sg17"."parent_id" = "sg8"."id"
                                ),
                                '[]'::json
                              ),
                              'description',
                              "sg8"."description",
                              'id',
                              encode(convert_to('Topic:' || "sg8"."id", 'UTF8'), 'base64'),
                              'name',
                              "sg8"."name",
                              'parent',
                              (
                                select
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
                                from
                                  "topics" as "sg18"
                                where
                                  "sg18"."id" = "sg8"."parent_id"
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
                                        "positions" as "sg19"
                                        join "topic_closure" as "sg20" on "sg19"."topic_id" = "sg20"."descendant_id"
                                      where
                                        "sg20"."ancestor_id" = "sg8"."id"
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
                                      "sg19".n,
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg19"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg19"."quote",
                                        'stance',
                                        "sg19"."stance",
                                        'statedAt',
                                        to_char("sg19"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'statedAtSource',
                                        case
                                          when "sg19"."stated_at" is not null then 'STATED'
                                          when "sg19"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                        end,
                                        'statement',
                                        "sg19"."statement",
                                        'version',
                                        "sg19"."version"
                                      ) as "j0",
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg19"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg19"."quote",
                                        'stance',
                                        "sg19"."stance",
                                        'statedAt',
                                        to_char("sg19"."dated_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                        'statedAtSource',
                                        case
                                          when "sg19"."stated_at" is not null then 'STATED'
                                          when "sg19"."dated_at" is not null then 'ARTICLE_PUBLISHED'
                                        end,
                                        'statement',
                                        "sg19"."statement",
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
                                          "positions" as "sg19"
                                          join "topic_closure" as "sg20" on "sg19"."topic_id" = "sg20"."descendant_id"
                                        where
                                          "sg20"."ancestor_id" = "sg8"."id"
                                        order by
                                          "sg19"."id" asc
                                        limit
                                          4
                                      ) as "sg19"
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
                                        "positions" as "sg21"
                                        join "topic_closure" as "sg22" on "sg21"."topic_id" = "sg22"."descendant_id"
                                      where
                                        "sg22"."ancestor_id" = "sg8"."id"
                                        and "sg21"."stance" = $36
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
                                      "sg21".n,
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg21"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg21"."quote",
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
                                      ) as "j0",
                                      json_build_object(
                                        'id',
                                        encode(convert_to('Position:' || "sg21"."id", 'UTF8'), 'base64'),
                                        'quote',
                                        "sg21"."quote",
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
                                      ) as "j1"
                                    from
                                      (
                                        select
                                          "sg21".*,
                                          row_number() over (
                                            order by
                                              "sg21"."id" asc
                                          ) as n
                                        from
                                          "positions" as "sg21"
                                          join "topic_closure" as "sg22" on "sg21"."topic_id" = "sg22"."descendant_id"
                                        where
                                          "sg22"."ancestor_id" = "sg8"."id"
                                          and "sg21"."stance" = $40
                                        order by
                                          "sg21"."id" asc
                                        limit
                                          4
                                      ) as "sg21"
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
                            "articles" as "sg24"
                            join "article_topics" as "sg25" on "sg24"."id" = "sg25"."article_id"
                          where
                            "sg25"."topic_id" = "sg23"."id"
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
                          "sg24".n,
                          json_build_object(
                            'body',
                            "sg24"."body",
                            'id',
                            encode(convert_to('Article:' || "sg24"."id", 'UTF8'), 'base64'),
                            'publishedAt',
                            to_char("sg24"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'slug',
                            "sg24"."slug",
                            'sourceName',
                            "sg24"."source_name",
                            'summary',
                            "sg24"."summary",
                            'title',
                            "sg24"."title",
                            'url',
                            "sg24"."url",
                            'version',
                            "sg24"."version"
                          ) as "j0",
                          json_build_object(
                            'body',
                            "sg24"."body",
                            'id',
                            encode(convert_to('Article:' || "sg24"."id", 'UTF8'), 'base64'),
                            'publishedAt',
                            to_char("sg24"."published_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'slug',
                            "sg24"."slug",
                            'sourceName',
                            "sg24"."source_name",
                            'summary',
                            "sg24"."summary",
                            'title',
                            "sg24"."title",
                            'url',
                            "sg24"."url",
                            'version',
                            "sg24"."version"
                          ) as "j1"
                        from
                          (
                            select
                              "sg24".*,
                              row_number() over (
                                order by
                                  "sg24"."id" asc
                              ) as n
                            from
                              "articles" as "sg24"
                              join "article_topics" as "sg25" on "sg24"."id" = "sg25"."article_id"
                            where
                              "sg25"."topic_id" = "sg23"."id"
                            order by
                              "sg24"."id" asc
                            limit
                              4
                          ) as "sg24"
                      ) s
                  ),
                  'children',
                  coalesce(
                    (
                      select
                        json_agg(
                          json_build_object(
                            'description',
                            "sg26"."description",
                            'id',
                            encode(convert_to('Topic:' || "sg26"."id", 'UTF8'), 'base64'),
                            'name',
                            "sg26"."name",
                            'slug',
                            "sg26"."slug"
                          )
                          order by
                            "sg26"."name" asc,
                            "sg26"."id" asc
                        )
                      from
                        "topics" as "sg26"
                      where
                        "sg26"."parent_id" = "sg23"."id"
                    ),
                    '[]'::json
                  ),
                  'description',
                  "sg23"."description",
                  'id',
                  encode(convert_to('Topic:' || "sg23"."id", 'UTF8'), 'base64'),
                  'name',
                  "sg23"."name",
                  'parent',
                  (
                    select
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
                    from
                      "topics" as "sg27"
                    where
                      "sg27"."id" = "sg23"."parent_id"
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
                            "positions" as "sg28"
                            join "topic_closure" as "sg29" on "sg28"."topic_id" = "sg29"."descendant_id"
                          where
                            "sg29"."ancestor_id" = "sg23"."id"
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
                          "sg28".n,
                          json_build_object(
                            'id',
                            encode(convert_to('Position:' || "sg28"."id", 'UTF8'), 'base64'),
                            'quote',
                            "sg28"."quote",
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
                              "sg29"."ancestor_id" = "sg23"."id"
                            order by
                              "sg28"."id" asc
                            limit
                              4
                          ) as "sg28"
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
                            "positions" as "sg30"
                            join "topic_closure" as "sg31" on "sg30"."topic_id" = "sg31"."descendant_id"
                          where
                            "sg31"."ancestor_id" = "sg23"."id"
                            and "sg30"."stance" = $47
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
                          "sg30".n,
                          json_build_object(
                            'id',
                            encode(convert_to('Position:' || "sg30"."id", 'UTF8'), 'base64'),
                            'quote',
                            "sg30"."quote",
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
                            'version',
                            "sg30"."version"
                          ) as "j0",
                          json_build_object(
                            'id',
                            encode(convert_to('Position:' || "sg30"."id", 'UTF8'), 'base64'),
                            'quote',
                            "sg30"."quote",
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
                              join "topic_closure" as "sg31" on "sg30"."topic_id" = "sg31"."descendant_id"
                            where
                              "sg31"."ancestor_id" = "sg23"."id"
                              and "sg30"."stance" = $51
                            order by
                              "sg30"."id" asc
                            limit
                              4
                          ) as "sg30"
                      ) s
                  ),
                  'slug',
                  "sg23"."slug"
                )
                order by
                  t.ord
              )
            from
              t
              join "topics" as "sg23" on "sg23"."id" = t.id
          ),
          '[]'::json
        )
      )::text as j
  ) as custom;
