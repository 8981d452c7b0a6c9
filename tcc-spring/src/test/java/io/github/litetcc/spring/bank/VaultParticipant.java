package io.github.litetcc.spring.bank;

import io.github.litetcc.annotation.Tcc;
import org.springframework.transaction.annotation.Transactional;

/** A {@code @Transactional} confirm that no JDK proxy reaches: its advice cannot apply in phase 2. */
public class VaultParticipant implements Vault {

    @Override
    @Tcc(confirm = "seal", cancel = "unlock")
    public void lock(String box) {
    }

    @Transactional
    public void seal(String box) {
    }

    public void unlock(String box) {
    }
}
