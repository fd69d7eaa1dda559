package org.twir.archive.web;

import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.search.SearchService;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way controllers reach the index: the call runs on a pool of its own (Lucene blocks; the Netty event
 * loop must not) and fails with {@link IndexNotReadyException} while the index is being built.
 *
 * <p>The pool has two threads per core, not Reactor's shared ten: index work is CPU-bound, so more threads only
 * add context switches, and under load a thread descheduled while holding any lock makes the others convoy
 * behind it (profiling 64 concurrent uncached searches on two cores showed 20 workers waiting up to 95 ms on one
 * monitor). Two per core still lets a slow request (a 10 KB query, the first duplicate check) run beside the
 * others. Beyond {@link #MAX_QUEUED} waiting calls, a call is refused (503 with Retry-After) rather than queued
 * without bound.
 */
@Component
class ArchiveAccess implements DisposableBean {

    static final int MAX_QUEUED = 10_000;

    private final ArchiveIndexService index;
    private final ArchiveView view;
    private final Scheduler workers = Schedulers.newBoundedElastic(
            2 * Runtime.getRuntime().availableProcessors(), MAX_QUEUED, "index-reader", 60, true);

    ArchiveAccess(ArchiveIndexService index, SearchService search) {
        this.index = index;
        this.view = new ArchiveView(index, search);
    }

    <T> Mono<T> call(Function<ArchiveView, T> work) {
        return Mono.fromCallable(() -> {
                    if (!index.isReady()) {
                        throw new IndexNotReadyException();
                    }
                    return work.apply(view);
                })
                .subscribeOn(workers);
    }

    boolean isReady() {
        return index.isReady();
    }

    long generation() {
        return index.snapshot().generation();
    }

    @Override
    public void destroy() {
        workers.dispose();
    }
}
