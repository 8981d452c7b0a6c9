package io.github.litetcc.spi;

import io.github.litetcc.InvalidInputException;

import java.util.List;

/** The input check every {@link TransactionRepository#finishAll} starts with. */
public final class FinishRequests {
    private FinishRequests() {
    }

    /**
     * {@code requests}, if it is a list without null elements.
     *
     * @throws InvalidInputException naming what was wrong
     */
    public static List<FinishRequest> checked(List<FinishRequest> requests) {
        if (requests == null) {
            throw new InvalidInputException("finishAll needs a list of requests, was null");
        }
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                throw new InvalidInputException("finishAll request " + i + " of " + requests.size() + " is null");
            }
        }
        return requests;
    }
}
