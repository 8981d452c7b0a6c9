-- LiteTCC fence, MySQL 8 / MariaDB 10.5+ (InnoDB), in the participant's business database. Table and index
-- names start with the default prefix tcc_: replace it if you configured another one. Instants are BIGINT
-- epoch milliseconds.
CREATE TABLE IF NOT EXISTS tcc_fence (
    xid        CHAR(32)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    branch_id  VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    action     SMALLINT     NOT NULL,
    status     SMALLINT     NOT NULL,
    deadline   BIGINT       NOT NULL,
    try_result MEDIUMBLOB   NULL,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (xid, branch_id),
    -- Clean-up (terminal rows past the horizon) and orphans (TRIED rows past their deadline).
    INDEX tcc_fence_status_deadline (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
