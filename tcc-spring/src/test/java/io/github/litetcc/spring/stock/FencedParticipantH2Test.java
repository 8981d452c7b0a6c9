package io.github.litetcc.spring.stock;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = StockApplication.class, properties = {"spring.datasource.url=jdbc:h2:mem:stock;DB_CLOSE_DELAY=-1",
        "tcc.repository.type=jdbc", "tcc.jdbc.create-schema=true", "tcc.jdbc.table-prefix=tccspring_"})
class FencedParticipantH2Test extends FencedParticipantContract {
}
