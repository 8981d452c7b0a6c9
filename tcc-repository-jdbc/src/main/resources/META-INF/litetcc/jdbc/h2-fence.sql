-- LiteTCC fence, H2 2.x, in the participant's business database. Table and index names start with the
-- default prefix tcc_: replace it if you configured another one. Instants are BIGINT epoch milliseconds.
CREATE TABLE IF NOT EXISTS tcc_fence (
    xid        CHAR(32)     NOT NULL,
    branch_id  VARCHAR(160) NOT NULL,
    action     SMALLINT     NOT NULL,
    status     SMALLINT     NOT NULL,
    deadline   BIGINT       NOT NULL,
    try_result VARBINARY,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    CONSTRAINT tcc_fence_pk PRIMARY KEY (xid, branch_id)
);
-- Clean-up (terminal rows past the horizon) and orphans (TRIED rows past their deadline).
CREATE INDEX IF NOT EXISTS tcc_fence_status_deadline ON tcc_fence (status, deadline);
