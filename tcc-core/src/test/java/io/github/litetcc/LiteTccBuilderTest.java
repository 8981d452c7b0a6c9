package io.github.litetcc;

import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiteTccBuilderTest {

    @Test
    void buildingWithoutASerializerSaysWhatToPass() {
        LiteTcc.Builder builder = LiteTcc.builder().repository(new InMemoryTransactionRepository());

        assertThatThrownBy(builder::build).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("serializer(...)").hasMessageContaining("KryoSerializer").hasMessageContaining("no default");
    }

    @Test
    void buildingWithoutARepositorySaysWhatToPass() {
        LiteTcc.Builder builder = LiteTcc.builder().serializer(new KryoSerializer(SerializationConfig.DEFAULT));

        assertThatThrownBy(builder::build).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("repository(...)").hasMessageContaining("InMemoryTransactionRepository");
    }

    @Test
    void aNullPartIsRefusedNamingIt() {
        assertThatThrownBy(() -> LiteTcc.builder().clock(null)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("clock(...)");
        assertThatThrownBy(() -> LiteTcc.builder().listener(null)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("listener(...)");
    }

    @Test
    void aRepositoryAndASerializerAreEnough() {
        try (LiteTcc tcc = LiteTcc.builder().repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT)).build()) {
            assertThat(tcc.config()).isEqualTo(io.github.litetcc.config.TccConfig.DEFAULT);
        }
    }
}
