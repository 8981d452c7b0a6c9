package io.github.litetcc.spring.fence;

import io.github.litetcc.annotation.Tcc;

/** Names the data source that holds its fence. */
public class NamedDataSourceParticipant {

    @Tcc(confirm = "confirmBook", cancel = "cancelBook", dataSource = "inventoryDb")
    public void book(String room) {
    }

    public void confirmBook(String room) {
    }

    public void cancelBook(String room) {
    }
}
