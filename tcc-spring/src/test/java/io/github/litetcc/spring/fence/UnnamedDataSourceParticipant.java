package io.github.litetcc.spring.fence;

import io.github.litetcc.annotation.Tcc;

/** Names no data source: fine with one, ambiguous with several. */
public class UnnamedDataSourceParticipant {

    @Tcc(confirm = "confirmHold", cancel = "cancelHold")
    public void hold(String seat) {
    }

    public void confirmHold(String seat) {
    }

    public void cancelHold(String seat) {
    }
}
