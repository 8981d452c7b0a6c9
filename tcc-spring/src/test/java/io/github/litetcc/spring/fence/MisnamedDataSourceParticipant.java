package io.github.litetcc.spring.fence;

import io.github.litetcc.annotation.Tcc;

/** Names a data source that does not exist. */
public class MisnamedDataSourceParticipant {

    @Tcc(confirm = "confirmPark", cancel = "cancelPark", dataSource = "parkingDb")
    public void park(String car) {
    }

    public void confirmPark(String car) {
    }

    public void cancelPark(String car) {
    }
}
