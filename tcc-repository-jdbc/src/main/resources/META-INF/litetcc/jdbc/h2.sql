-- LiteTCC transaction log, H2 2.x. Table and index names start with the default prefix tcc_:
-- replace it if you configured another one. Instants are BIGINT epoch milliseconds on the database's clock.
CREATE TABLE IF NOT EXISTS tcc_transaction (
    tx_key          VARCHAR(200)  NOT NULL,
    xid             CHAR(32)      NOT NULL,
    owner_branch    VARCHAR(160)  NOT NULL,
    status          SMALLINT      NOT NULL,
    created_at      BIGINT        NOT NULL,
    deadline        BIGINT        NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at BIGINT,
    owner           VARCHAR(255),
    last_error      VARCHAR(1000),
    version         BIGINT        NOT NULL,
    format_version  SMALLINT      NOT NULL,
    CONSTRAINT tcc_transaction_pk PRIMARY KEY (tx_key)
);
-- Due records: only unfinished, unparked records have a next attempt, so the range scan sees only those.
CREATE INDEX IF NOT EXISTS tcc_transaction_due ON tcc_transaction (next_attempt_at);
CREATE TABLE IF NOT EXISTS tcc_branch (
    tx_key          VARCHAR(200)  NOT NULL,
    branch_id       VARCHAR(160)  NOT NULL,
    kind            SMALLINT      NOT NULL,
    resource        VARCHAR(512)  NOT NULL,
    method          VARCHAR(512)  NOT NULL,
    parameter_types VARCHAR(4000) NOT NULL,
    service_group   VARCHAR(255),
    service_version VARCHAR(255),
    arguments       VARBINARY     NOT NULL,
    try_context     VARBINARY,
    status          SMALLINT      NOT NULL,
    CONSTRAINT tcc_branch_pk PRIMARY KEY (tx_key, branch_id)
);
