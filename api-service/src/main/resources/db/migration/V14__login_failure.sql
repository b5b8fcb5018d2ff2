-- Consecutive failed sign-ins per user name (lower case, whether or not the account exists) and client address:
-- the sign-in backoff of vn.ocop.api.security.LoginThrottle. Kept in the database so that every replica applies
-- the same delay. A row is deleted on a successful sign-in; rows quiet for a day are purged.
create table login_failure (
    username         varchar(120) not null,
    client           varchar(64)  not null,
    failures         integer      not null,
    blocked_until    timestamp with time zone,
    last_failure_at  timestamp with time zone not null,
    constraint login_failure_pk primary key (username, client)
);
create index login_failure_last_ix on login_failure (last_failure_at);
