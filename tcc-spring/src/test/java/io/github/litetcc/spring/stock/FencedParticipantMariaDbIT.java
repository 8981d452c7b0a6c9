package io.github.litetcc.spring.stock;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = StockApplication.class, properties = {
        "spring.datasource.url=${TCC_TEST_MYSQL_URL:jdbc:mariadb://127.0.0.1:3306/test}",
        "spring.datasource.username=${TCC_TEST_MYSQL_USER:root}", "spring.datasource.password=${TCC_TEST_MYSQL_PASSWORD:}",
        "tcc.repository.type=jdbc", "tcc.jdbc.create-schema=true", "tcc.jdbc.table-prefix=tccspring_"})
class FencedParticipantMariaDbIT extends FencedParticipantContract {
}
