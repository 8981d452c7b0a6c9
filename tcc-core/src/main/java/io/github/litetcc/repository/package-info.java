/** Helpers shared by repository implementations: the versioned binary record codec. The in-memory repository lives in {@code repository.memory}. */
package io.github.litetcc.repository;
