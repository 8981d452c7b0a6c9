-- LiteTCC transaction log, MariaDB 10.5+ only, after mysql.sql: lets each enlist, and begin (the first enlist), be
-- one statement in autocommit. Names start with the default prefix tcc_: replace it if you configured another one.
-- Run with the mariadb client (it understands DELIMITER); running it again replaces the trigger in one step.
-- A branch inserted with enlist_version = 0 (an enlist) bumps its record's version while the record is TRYING
-- (status 1) and keeps the new version, which INSERT ... RETURNING enlist_version hands back; if no TRYING record has
-- its key, the insert fails with SQLSTATE 45000 and nothing is written.
-- A branch inserted with enlist_version = -1 (begin) first inserts its record's header from the begin_* values it
-- carries (times from the database's clock, as mysql.sql's columns expect); those values are then stored as NULL.
-- A taken key fails the insert and nothing is written. Any other insert leaves every one of these columns NULL and
-- the trigger does nothing.
ALTER TABLE tcc_branch ADD COLUMN IF NOT EXISTS enlist_version BIGINT NULL;
ALTER TABLE tcc_branch
    ADD COLUMN IF NOT EXISTS begin_xid          CHAR(32)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN IF NOT EXISTS begin_owner_branch VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN IF NOT EXISTS begin_timeout      BIGINT       NULL,
    ADD COLUMN IF NOT EXISTS begin_due_in       BIGINT       NULL,
    ADD COLUMN IF NOT EXISTS begin_owner        VARCHAR(255) NULL,
    ADD COLUMN IF NOT EXISTS begin_format       SMALLINT     NULL;
DELIMITER //
CREATE OR REPLACE TRIGGER tcc_branch_enlist BEFORE INSERT ON tcc_branch FOR EACH ROW
BEGIN
    DECLARE now_millis BIGINT;
    IF NEW.enlist_version = 0 THEN
        UPDATE tcc_transaction SET version = LAST_INSERT_ID(version + 1) WHERE tx_key = NEW.tx_key AND status = 1;
        IF ROW_COUNT() = 0 THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LiteTCC: no TRYING record has this key';
        END IF;
        SET NEW.enlist_version = LAST_INSERT_ID();
    ELSEIF NEW.enlist_version = -1 THEN
        SET now_millis = TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', UTC_TIMESTAMP(6)) DIV 1000;
        INSERT INTO tcc_transaction (tx_key, xid, owner_branch, status, created_at, deadline, attempts, next_attempt_at,
                                     owner, last_error, version, format_version)
        VALUES (NEW.tx_key, NEW.begin_xid, NEW.begin_owner_branch, 1, now_millis, now_millis + NEW.begin_timeout, 0,
                now_millis + NEW.begin_due_in, NEW.begin_owner, NULL, 1, NEW.begin_format);
        SET NEW.enlist_version = NULL, NEW.begin_xid = NULL, NEW.begin_owner_branch = NULL, NEW.begin_timeout = NULL,
            NEW.begin_due_in = NULL, NEW.begin_owner = NULL, NEW.begin_format = NULL;
    END IF;
END//
DELIMITER ;
