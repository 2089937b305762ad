-- Every number that belongs to a claim, with who it comes from.
--
-- A number is a claim when it counts something other than a span of time (its subject is
-- not day/week/month/year/hour/minute/time), or when it sits inside a statement.
-- Attribution, first found:
--   relayed   - the statement's relaying outlet ("نقلت رويترز عن مسؤول ...": Reuters vouches);
--   speaker   - the statement's speaker when the speaker is a named source (an official body);
--   actor     - the statement's named speaker (a person), as dim_actors;
--   cited     - a source cited in the number's sentence ("بحسب سانا", "وفق مصادر أمنية"),
--               the nearest one before the number, else after it;
--   publisher - nobody: the article's own account.
-- Anonymous sources vouch for nothing across stories (every "مصدر مطلع" is one dim_sources
-- row), so an anonymous origin is independent only as its story (duplicate group).

with

numbers as (

    select * from {{ ref('stg_raw__number_mentions') }}

),

statements as (

    select * from {{ ref('int_statements_joined_to_sources') }}

),

source_mentions as (

    select * from {{ ref('int_source_mentions_canonical') }}

),

duplicate_groups as (

    select * from {{ ref('stg_raw__duplicate_groups') }}

),

claims as (

    select *
    from numbers
    where (subject is not null and subject not in ('day', 'week', 'month', 'year', 'hour', 'minute', 'time'))
        or statement_id is not null

),

speaker_sources as (

    select
        statements.statement_id,
        source_mentions.source_id

    from statements
    inner join source_mentions
        on source_mentions.article_id = statements.article_id
        and source_mentions.role = 'cited'
        and source_mentions.char_start >= statements.speaker_start
        and source_mentions.char_end <= statements.speaker_end
    qualify row_number() over (
        partition by statements.statement_id order by source_mentions.char_start, source_mentions.source_id
    ) = 1

),

sentence_sources as (

    select
        claims.number_mention_id,
        source_mentions.source_id

    from claims
    inner join source_mentions
        on source_mentions.article_id = claims.article_id
        and source_mentions.sentence_index = claims.sentence_index
        and source_mentions.role = 'cited'
    qualify row_number() over (
        partition by claims.number_mention_id
        order by
            source_mentions.char_start > claims.char_start,
            abs(source_mentions.char_start - claims.char_start),
            source_mentions.source_id
    ) = 1

),

publishers as (

    select * from {{ ref('int_article_publishers') }}

),

attributed as (

    select
        claims.*,
        statements.speaker_text,
        statements.speaker_canonical,
        statements.speaker_kind,
        statements.actor_id,
        statements.via_source_id,
        speaker_sources.source_id as speaker_source_id,
        sentence_sources.source_id as sentence_source_id,
        publishers.responsible_source_id as publisher_source_id,
        coalesce(duplicate_groups.duplicate_group_id, claims.article_id) as duplicate_group_id,
        case
            when statements.via_source_id is not null then 'relayed'
            when speaker_sources.source_id is not null then 'speaker'
            when statements.actor_id is not null then 'actor'
            when sentence_sources.source_id is not null then 'cited'
            else 'publisher'
        end as attribution

    from claims
    left join statements using (statement_id)
    left join speaker_sources using (statement_id)
    left join sentence_sources using (number_mention_id)
    left join publishers on publishers.article_id = claims.article_id
    left join duplicate_groups on duplicate_groups.article_id = claims.article_id

),

with_origin as (

    select
        attributed.*,
        case attribution
            when 'relayed' then via_source_id
            when 'speaker' then speaker_source_id
            when 'cited' then sentence_source_id
        end as origin_source_id

    from attributed

),

final as (

    select
        with_origin.*,
        -- who vouches for the claim, for counting independent sources
        case
            when attribution = 'actor' then 'actor:' || actor_id
            when origin_source_id is not null and origin_source_id not in ('anonymous_sources', 'anonymous_official')
                then 'source:' || origin_source_id
            else 'story:' || duplicate_group_id
        end as independence_key

    from with_origin

)

select * from final
