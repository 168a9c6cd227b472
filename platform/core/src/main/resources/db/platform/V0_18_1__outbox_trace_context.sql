-- The W3C trace context of the request that wrote the event, so that the relay can send it on as
-- the CloudEvents distributed-tracing extension and the consumers continue that trace.
-- Null for events written outside a trace (a scheduled job) and for events from before this column.
alter table outbox_event add column traceparent varchar(100);
alter table outbox_event add column tracestate varchar(512);
