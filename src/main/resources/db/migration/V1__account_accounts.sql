-- People who can sign in, the roles they hold in organization units, and single-use tokens.
create table account (
    id                uuid         not null primary key,
    email             varchar(320) not null,
    display_name      varchar(100) not null,
    password_hash     varchar(200),
    email_verified_at timestamp with time zone,
    language          varchar(10)  not null,
    languages         varchar(100),
    created_at        timestamp with time zone not null,
    constraint account_email_unique unique (email)
);

create table role_grant (
    id         uuid        not null primary key,
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(20) not null,
    unit_id    uuid,
    granted_at timestamp with time zone not null
);
create index role_grant_account on role_grant (account_id);

-- Email verification, password reset and invitation links. Only a SHA-256 of each token is kept.
create table account_token (
    id         uuid         not null primary key,
    purpose    varchar(20)  not null,
    token_hash varchar(64)  not null,
    email      varchar(320) not null,
    account_id uuid references account (id) on delete cascade,
    role       varchar(20),
    unit_id    uuid,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint account_token_hash_unique unique (token_hash)
);

-- Spring Security one-time sign-in links (JdbcOneTimeTokenService); emails are longer than its default 50.
create table one_time_tokens (
    token_value varchar(36)  not null primary key,
    username    varchar(320) not null,
    expires_at  timestamp    not null
);

-- Spring Security passkeys (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository).
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(320)  not null,
    display_name varchar(200)
);

create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
