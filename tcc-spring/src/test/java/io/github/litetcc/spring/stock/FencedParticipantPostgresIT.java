package io.github.litetcc.spring.stock;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = StockApplication.class, properties = {
        "spring.datasource.url=${TCC_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "spring.datasource.username=${TCC_TEST_POSTGRES_USER:postgres}", "spring.datasource.password=${TCC_TEST_POSTGRES_PASSWORD:}",
        "tcc.repository.type=jdbc", "tcc.jdbc.create-schema=true", "tcc.jdbc.table-prefix=tccspring_"})
class FencedParticipantPostgresIT extends FencedParticipantContract {
}
