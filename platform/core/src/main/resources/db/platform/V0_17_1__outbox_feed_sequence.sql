-- The HTTP event feed's sequence (docs/adr/0018): the relay numbers each row as it marks it
-- published, in publication order, inside its transaction and under its advisory lock. A row gets
-- its number only in the transaction that commits it as published, so a reader never sees a number
-- while a lower one is still uncommitted. seq (handed out at insert) cannot serve: a transaction
-- that inserted later may commit first.
alter table outbox_event add column feed_sequence bigint;

-- Rows published before this column: numbered in the order they were most likely sent.
update outbox_event
   set feed_sequence = numbered.n
  from (select seq, row_number() over (order by published_at, seq) as n
          from outbox_event where published_at is not null) as numbered
 where outbox_event.seq = numbered.seq;

create unique index outbox_event_feed_sequence on outbox_event (feed_sequence);

-- The last number handed out. It outlives the rows that housekeeping removes, so that numbers are
-- never handed out twice, and it tells a reader whose pointer is ahead of every event.
create table outbox_feed_head (
    singleton      boolean primary key default true check (singleton),
    last_sequence  bigint  not null
);
insert into outbox_feed_head (last_sequence)
    select coalesce(max(feed_sequence), 0) from outbox_event;
