-- LiteTCC transaction log, MariaDB 10.5+ only, after mysql.sql: lets each enlist be one statement,
-- INSERT ... RETURNING enlist_version, in autocommit. Names start with the default prefix tcc_: replace it if you
-- configured another one. Run with the mariadb client (it understands DELIMITER).
-- A branch inserted with enlist_version = 0 bumps its record's version while the record is TRYING (status 1) and
-- keeps the new version; if no TRYING record has its key, the insert fails with SQLSTATE 45000 and nothing is
-- written. Any other insert leaves enlist_version NULL and the trigger does nothing.
ALTER TABLE tcc_branch ADD COLUMN IF NOT EXISTS enlist_version BIGINT NULL;
DELIMITER //
CREATE TRIGGER IF NOT EXISTS tcc_branch_enlist BEFORE INSERT ON tcc_branch FOR EACH ROW
BEGIN
    IF NEW.enlist_version = 0 THEN
        UPDATE tcc_transaction SET version = LAST_INSERT_ID(version + 1) WHERE tx_key = NEW.tx_key AND status = 1;
        IF ROW_COUNT() = 0 THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LiteTCC: no TRYING record has this key';
        END IF;
        SET NEW.enlist_version = LAST_INSERT_ID();
    END IF;
END//
DELIMITER ;
