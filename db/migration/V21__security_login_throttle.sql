-- Failed logins, counted in the database so that every application node sees the same counts. One row per
-- (username typed, client address) and one per client address alone (username ''), each a window of failures;
-- reaching the limit sets locked_until. Rows whose window and lock have passed are deleted as new failures arrive,
-- so the table holds at most the failures of one window. Not audited: it records attempts, not changes.
create table login_failure (
    scope        varchar(10)  not null,
    address      varchar(64)  not null,
    username     varchar(100) not null,
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz,
    constraint login_failure_scope check (scope in ('ACCOUNT', 'ADDRESS')),
    primary key (scope, address, username)
);
create index login_failure_window on login_failure (window_start);
create index login_failure_username on login_failure (username) where scope = 'ACCOUNT';
