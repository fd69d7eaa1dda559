package org.twir.archive.web;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.twir.archive.index.ArchiveIndexService;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one way controllers reach the index: the call runs on the bounded elastic scheduler (Lucene blocks; the
 * Netty event loop must not) and fails with {@link IndexNotReadyException} while the index is being built.
 */
@Component
class ArchiveAccess {

    private final ArchiveIndexService index;

    ArchiveAccess(ArchiveIndexService index) {
        this.index = index;
    }

    <T> Mono<T> call(Function<ArchiveIndexService, T> work) {
        return Mono.fromCallable(() -> {
                    if (!index.isReady()) {
                        throw new IndexNotReadyException();
                    }
                    return work.apply(index);
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    boolean isReady() {
        return index.isReady();
    }

    long generation() {
        return index.snapshot().generation();
    }
}
