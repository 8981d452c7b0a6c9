-- LiteTCC transaction log, MySQL 8 / MariaDB 10.5+ (InnoDB). Table and index names start with the default
-- prefix tcc_: replace it if you configured another one. Instants are BIGINT epoch milliseconds on the
-- database's clock. Keys are ASCII with a binary collation: small indexes, byte order.
CREATE TABLE IF NOT EXISTS tcc_transaction (
    tx_key          VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    xid             CHAR(32)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    owner_branch    VARCHAR(160)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status          SMALLINT      NOT NULL,
    created_at      BIGINT        NOT NULL,
    deadline        BIGINT        NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at BIGINT        NULL,
    owner           VARCHAR(255)  NULL,
    last_error      VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL,
    format_version  SMALLINT      NOT NULL,
    PRIMARY KEY (tx_key),
    -- Due records: only unfinished, unparked records have a next attempt, so the range scan sees only those.
    INDEX tcc_transaction_due (next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE TABLE IF NOT EXISTS tcc_branch (
    tx_key          VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    branch_id       VARCHAR(160)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind            SMALLINT      NOT NULL,
    resource        VARCHAR(512)  NOT NULL,
    method          VARCHAR(512)  NOT NULL,
    parameter_types VARCHAR(4000) NOT NULL,
    service_group   VARCHAR(255)  NULL,
    service_version VARCHAR(255)  NULL,
    arguments       MEDIUMBLOB    NOT NULL,
    try_context     MEDIUMBLOB    NULL,
    status          SMALLINT      NOT NULL,
    PRIMARY KEY (tx_key, branch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
